package dev.reconciler.store;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** Stored reports, found by their content-hash id. */
public final class ReportRepository {

  private final EntityManager em;

  public ReportRepository(EntityManager em) {
    this.em = em;
  }

  public Optional<ReportRecord> find(String id) {
    return Optional.ofNullable(em.find(ReportRecord.class, id));
  }

  public void store(ReportRecord report) {
    em.persist(report);
  }

  public List<ReportRecord> forIncident(long incidentId) {
    return em.createNamedQuery("ReportRecord.findByIncident", ReportRecord.class)
        .setParameter("incident", incidentId)
        .getResultList();
  }
}
