package dev.reconciler.store;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
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
   * Each report of each incident by id, with its publication date (null when it has none), in one
   * query; no texts.
   */
  public Map<Long, Map<String, LocalDate>> publicationDates(Collection<Long> incidentIds) {
    Map<Long, Map<String, LocalDate>> out = new HashMap<>();
    incidentIds.forEach(id -> out.put(id, new HashMap<>()));
    if (!incidentIds.isEmpty()) {
      em.createQuery(
              "select r.incidentId, r.id, r.publishedOn from ReportRecord r"
                  + " where r.incidentId in :ids",
              Object[].class)
          .setParameter("ids", List.copyOf(incidentIds))
          .getResultStream()
          .forEach(row -> out.get((Long) row[0]).put((String) row[1], (LocalDate) row[2]));
    }
    return out;
  }
}
