package dev.reconciler.store;

import jakarta.persistence.EntityManager;
import java.util.List;

/** Stored claims, by incident. */
public final class ClaimRepository {

  private final EntityManager em;

  public ClaimRepository(EntityManager em) {
    this.em = em;
  }

  public void storeAll(List<ClaimRecord> claims) {
    claims.forEach(em::persist);
  }

  public List<ClaimRecord> recordsOf(long incidentId) {
    return em.createNamedQuery("ClaimRecord.findByIncident", ClaimRecord.class)
        .setParameter("incident", incidentId)
        .getResultList();
  }

  /** The claims with these ids, in id order (those that no longer exist are missing). */
  public List<ClaimRecord> byIds(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("ClaimRecord.findByIds", ClaimRecord.class)
        .setParameter("ids", ids)
        .getResultList();
  }
}
