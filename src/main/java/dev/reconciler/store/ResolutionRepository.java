package dev.reconciler.store;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Resolutions of incidents; the newest of an incident is its current one, and all stay. */
public final class ResolutionRepository {

  private final EntityManager em;

  public ResolutionRepository(EntityManager em) {
    this.em = em;
  }

  public Optional<ResolutionRecord> current(long incidentId) {
    return em.createNamedQuery("ResolutionRecord.findByIncidentNewestFirst", ResolutionRecord.class)
        .setParameter("incident", incidentId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /**
   * The current resolution's time and JSON text only, for serving it as stored: the whole record
   * also carries its fired rules and input claims, which a reader of the incident does not need.
   */
  public Optional<StoredResult> currentResult(long incidentId) {
    return em.createQuery(
            "select r.createdAt, r.result from ResolutionRecord r where r.incidentId = :incident"
                + " order by r.id desc",
            Object[].class)
        .setParameter("incident", incidentId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(row -> new StoredResult((Instant) row[0], (String) row[1]));
  }

  /** Every resolution of the incident, newest first. */
  public List<ResolutionRecord> history(long incidentId) {
    return em.createNamedQuery("ResolutionRecord.findByIncidentNewestFirst", ResolutionRecord.class)
        .setParameter("incident", incidentId)
        .getResultList();
  }

  /** Stores a resolution with its per-attribute summary rows. */
  public ResolutionRecord store(ResolutionRecord resolution, List<AttributeSummary> attributes) {
    em.persist(resolution);
    em.flush();
    for (AttributeSummary a : attributes) {
      em.persist(
          new ResolutionAttributeRecord(resolution.id(), a.attribute(), a.status(), a.best()));
    }
    return resolution;
  }

  /** The per-attribute summary rows of a resolution. */
  public List<AttributeSummary> summaries(long resolutionId) {
    return em.createQuery(
            "select a from ResolutionAttributeRecord a where a.resolutionId = :id order by"
                + " a.attribute",
            ResolutionAttributeRecord.class)
        .setParameter("id", resolutionId)
        .getResultStream()
        .map(a -> new AttributeSummary(a.attribute(), a.status(), a.best()))
        .toList();
  }

  public Optional<ResolutionRecord> find(long id) {
    return Optional.ofNullable(em.find(ResolutionRecord.class, id));
  }

  /** When a resolution was made, and its JSON text as stored. */
  public record StoredResult(Instant createdAt, String json) {}

  /** One attribute's status and best value, as text. */
  public record AttributeSummary(String attribute, String status, String best) {}
}
