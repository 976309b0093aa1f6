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

  /** Each report of the incident by id, with its publication date (null when it has none); no texts. */
  public java.util.Map<String, java.time.LocalDate> publicationDates(long incidentId) {
    java.util.Map<String, java.time.LocalDate> dates = new java.util.HashMap<>();
    em.createQuery("select r.id, r.publishedOn from ReportRecord r where r.incidentId = :incident", Object[].class)
        .setParameter("incident", incidentId)
        .getResultStream()
        .forEach(row -> dates.put((String) row[0], (java.time.LocalDate) row[1]));
    return dates;
  }
}
