package dev.reconciler.store;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;

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

  /** Every resolution of the incident, newest first. */
  public List<ResolutionRecord> history(long incidentId) {
    return em.createNamedQuery("ResolutionRecord.findByIncidentNewestFirst", ResolutionRecord.class)
        .setParameter("incident", incidentId)
        .getResultList();
  }

  /**
   * A resolution to store: its JSON text as written (stored and served as it is), the hash of its
   * explanation, the claims it was made from, and one summary row per attribute.
   */
  public record NewResolution(
      long incidentId,
      long ruleSetId,
      Instant createdAt,
      String json,
      String explanationHash,
      List<Long> inputClaimIds,
      List<AttributeSummary> attributes) {}

  /**
   * Stores resolutions with their attribute rows in two batched inserts, whatever their number.
   *
   * @return their ids, in order
   */
  public List<Long> storeAll(List<NewResolution> resolutions) {
    if (resolutions.isEmpty()) {
      return List.of();
    }
    return Jdbc.work(
        em,
        c -> {
          List<Long> ids = Jdbc.nextIds(c, "resolution", resolutions.size());
          try (PreparedStatement insert =
                  c.prepareStatement(
                      "insert into resolution (id, incident_id, rule_set_id, created_at, result,"
                          + " explanation_hash, input_claims) overriding system value"
                          + " values (?, ?, ?, ?, ?::jsonb, ?, ?::jsonb)");
              PreparedStatement rows =
                  c.prepareStatement(
                      "insert into resolution_attribute (resolution_id, attribute, status, best)"
                          + " values (?, ?, ?, ?)")) {
            for (int i = 0; i < resolutions.size(); i++) {
              NewResolution r = resolutions.get(i);
              insert.setLong(1, ids.get(i));
              insert.setLong(2, r.incidentId());
              insert.setLong(3, r.ruleSetId());
              insert.setObject(4, OffsetDateTime.ofInstant(r.createdAt(), ZoneOffset.UTC));
              insert.setString(5, r.json());
              insert.setString(6, r.explanationHash());
              insert.setString(7, r.inputClaimIds().toString());
              insert.addBatch();
              for (AttributeSummary a : r.attributes()) {
                rows.setLong(1, ids.get(i));
                rows.setString(2, a.attribute());
                rows.setString(3, a.status());
                rows.setString(4, a.best());
                rows.addBatch();
              }
            }
            insert.executeBatch();
            rows.executeBatch();
          }
          return ids;
        });
  }

  /**
   * What a new resolution is compared with: the current one's id, the hash of its explanation (null
   * for one stored before hashes were kept) and its attribute rows.
   */
  public record Current(long id, String explanationHash, List<AttributeSummary> attributes) {}

  /** The current resolution of each of {@code incidentIds} that has one, in two queries. */
  public Map<Long, Current> currentOf(Collection<Long> incidentIds) {
    Map<Long, Current> out = new HashMap<>();
    if (incidentIds.isEmpty()) {
      return out;
    }
    List<?> rows =
        em.createNativeQuery(
                "select distinct on (incident_id) incident_id, id, explanation_hash from resolution"
                    + " where incident_id in (:ids) order by incident_id, id desc")
            .setParameter("ids", List.copyOf(incidentIds))
            .getResultList();
    Map<Long, Long> incidentOf = new HashMap<>();
    Map<Long, List<AttributeSummary>> attributes = new HashMap<>();
    Map<Long, String> hashes = new HashMap<>();
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      long resolution = ((Number) r[1]).longValue();
      incidentOf.put(resolution, ((Number) r[0]).longValue());
      hashes.put(resolution, (String) r[2]);
      attributes.put(resolution, new ArrayList<>());
    }
    if (!incidentOf.isEmpty()) {
      em.createQuery(
              "select a from ResolutionAttributeRecord a where a.resolutionId in :ids"
                  + " order by a.resolutionId, a.attribute",
              ResolutionAttributeRecord.class)
          .setParameter("ids", List.copyOf(incidentOf.keySet()))
          .setHint(HibernateHints.HINT_READ_ONLY, true)
          .getResultStream()
          .forEach(
              a ->
                  attributes
                      .get(a.resolutionId())
                      .add(new AttributeSummary(a.attribute(), a.status(), a.best())));
    }
    incidentOf.forEach(
        (resolution, incident) ->
            out.put(
                incident,
                new Current(
                    resolution, hashes.get(resolution), List.copyOf(attributes.get(resolution)))));
    return out;
  }

  /** The stored JSON text of each resolution, by id. */
  public Map<Long, String> texts(Collection<Long> resolutionIds) {
    Map<Long, String> out = new HashMap<>();
    if (!resolutionIds.isEmpty()) {
      em.createQuery(
              "select r.id, r.result from ResolutionRecord r where r.id in :ids", Object[].class)
          .setParameter("ids", List.copyOf(resolutionIds))
          .getResultStream()
          .forEach(row -> out.put((Long) row[0], (String) row[1]));
    }
    return out;
  }

  public Optional<ResolutionRecord> find(long id) {
    return Optional.ofNullable(em.find(ResolutionRecord.class, id));
  }

  /** One attribute's status and best value, as text. */
  public record AttributeSummary(String attribute, String status, String best) {}
}
