package dev.reconciler.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stored incidents. */
public final class IncidentRepository {

  private final EntityManager em;

  public IncidentRepository(EntityManager em) {
    this.em = em;
  }

  public Optional<IncidentRecord> find(long id) {
    return Optional.ofNullable(em.find(IncidentRecord.class, id));
  }

  /**
   * The incident, locked for the rest of the transaction: reconciliations of one incident run one
   * after the other, so concurrent reports for it lose nothing.
   */
  public Optional<IncidentRecord> findForUpdate(long id) {
    return Optional.ofNullable(em.find(IncidentRecord.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /**
   * Locks the rows of {@code ids} (in id order, so that two callers locking overlapping sets wait
   * rather than deadlock) and returns those that exist.
   */
  public List<Long> lockAll(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<?> rows =
        em.createNativeQuery("select id from incident where id in (:ids) order by id for update")
            .setParameter("ids", List.copyOf(ids))
            .getResultList();
    return rows.stream().map(r -> ((Number) r).longValue()).toList();
  }

  /**
   * Locks the incidents whose ids lie in {@code first}..{@code last} (in id order, as {@link
   * #lockAll}) and returns their ids.
   */
  public List<Long> lockRange(long first, long last) {
    List<?> rows =
        em.createNativeQuery(
                "select id from incident where id between :first and :last order by id for update")
            .setParameter("first", first)
            .setParameter("last", last)
            .getResultList();
    return rows.stream().map(r -> ((Number) r).longValue()).toList();
  }

  /** Incidents at {@code place} (case aside) dated within a day of {@code date}, oldest first. */
  public List<IncidentRecord> near(String place, LocalDate date) {
    return em.createNamedQuery("IncidentRecord.findByPlaceAndDates", IncidentRecord.class)
        .setParameter("place", place)
        .setParameter("from", date.minusDays(1))
        .setParameter("until", date.plusDays(1))
        .getResultList();
  }

  /** Incidents at {@code place} (case aside), newest first. */
  public List<IncidentRecord> atPlace(String place) {
    return em.createNamedQuery("IncidentRecord.findByPlace", IncidentRecord.class)
        .setParameter("place", place)
        .getResultList();
  }

  public List<IncidentRecord> all() {
    return em.createNamedQuery("IncidentRecord.findAll", IncidentRecord.class).getResultList();
  }

  public IncidentRecord store(IncidentRecord incident) {
    em.persist(incident);
    em.flush();
    return incident;
  }
}
