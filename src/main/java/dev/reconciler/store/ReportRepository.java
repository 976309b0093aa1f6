package dev.reconciler.store;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  /**
   * Each report of the incident by id, with its publication date (null when it has none); no texts.
   */
  public Map<String, LocalDate> publicationDates(long incidentId) {
    Map<String, LocalDate> dates = new HashMap<>();
    em.createQuery(
            "select r.id, r.publishedOn from ReportRecord r where r.incidentId = :incident",
            Object[].class)
        .setParameter("incident", incidentId)
        .getResultStream()
        .forEach(row -> dates.put((String) row[0], (LocalDate) row[1]));
    return dates;
  }
}
