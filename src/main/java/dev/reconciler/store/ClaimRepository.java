package dev.reconciler.store;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.jpa.HibernateHints;

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
        .setHint(HibernateHints.HINT_READ_ONLY, true)
        .getResultList();
  }

  /**
   * The claims of each of {@code incidentIds}, in id order, in one query; the map keeps the order
   * the incidents were given in.
   */
  public Map<Long, List<ClaimRecord>> recordsOf(Collection<Long> incidentIds) {
    Map<Long, List<ClaimRecord>> out = new LinkedHashMap<>();
    incidentIds.forEach(id -> out.put(id, new ArrayList<>()));
    if (!incidentIds.isEmpty()) {
      em.createQuery(
              "select c from ClaimRecord c where c.incidentId in :ids order by c.incidentId, c.id",
              ClaimRecord.class)
          .setParameter("ids", List.copyOf(incidentIds))
          // Claims are never changed: no snapshot to compare at flush, for thousands per batch.
          .setHint(HibernateHints.HINT_READ_ONLY, true)
          .getResultStream()
          .forEach(c -> out.get(c.incidentId()).add(c));
    }
    return out;
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
