package dev.reconciler.read;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reconciler.app.NoSuchIncidentException;
import dev.reconciler.audit.AuditChain;
import dev.reconciler.json.Json;
import dev.reconciler.store.AuditEventRecord;
import dev.reconciler.store.AuditTrail;
import dev.reconciler.store.ClaimRecord;
import dev.reconciler.store.ClaimRepository;
import dev.reconciler.store.IncidentRepository;
import dev.reconciler.store.ReportRecord;
import dev.reconciler.store.ReportRepository;
import dev.reconciler.store.ResolutionRecord;
import dev.reconciler.store.ResolutionRepository;
import dev.reconciler.store.RuleSetRecord;
import dev.reconciler.store.RuleSetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The documents the API serves about one incident, each read in one transaction: the incident with
 * its current resolution, its history, audit trail, claims and reports.
 */
@ApplicationScoped
@Transactional
public class IncidentReads {

  /** The list documents about an incident. */
  public enum Listing {
    HISTORY,
    AUDIT,
    CLAIMS,
    REPORTS
  }

  private final EntityManager em;
  private final ResolutionTexts texts;

  @Inject
  public IncidentReads(EntityManager em, ResolutionTexts texts) {
    this.em = em;
    this.texts = texts;
  }

  /** For the container's proxy. */
  protected IncidentReads() {
    this(null, null);
  }

  /**
   * The incident row's served fields and its current resolution's id and time, in one small query
   * that reads no resolution text: enough to answer a conditional request ({@link
   * IncidentState#tag}) and to build either view. Empty when there is no such incident.
   */
  public Optional<IncidentState> state(long id) {
    List<?> rows =
        em.createNativeQuery(
                "select i.title, i.place, i.incident_date, r.id, r.created_at from incident i"
                    + " left join resolution r on r.id = (select max(x.id) from resolution x"
                    + " where x.incident_id = i.id) where i.id = :id")
            .setParameter("id", id)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] r = (Object[]) rows.get(0);
    return Optional.of(
        new IncidentState(
            id,
            (String) r[0],
            (String) r[1],
            SqlValues.toDate(r[2]),
            SqlValues.toLong(r[3]),
            SqlValues.toInstant(r[4])));
  }

  /** {@link #incident(IncidentState)} of the incident's current state. */
  public Optional<ObjectNode> incident(long id) {
    return state(id).map(this::incident);
  }

  /**
   * {@code {"id","place","date","title","resolvedAt","resolutionId","resolution"}} of {@code state}
   * ({@code resolvedAt} is the resolution's creation time); resolution null before the first. The
   * resolution is the stored JSON text of the state's resolution, passed through as it is: the most
   * frequent request of the API does not parse and re-write 20 to 40 KB of JSON. A stored
   * resolution never changes, so this is the document {@code state}'s tag stands for, even if a
   * newer resolution was stored since. The text comes from {@link ResolutionTexts} when it was
   * served before.
   */
  public ObjectNode incident(IncidentState state) {
    ObjectNode n = head(state);
    Long id = state.resolutionId();
    String stored =
        id == null
            ? null
            : texts.of(
                id,
                state.resolvedAt(),
                () ->
                    em.createQuery(
                            "select r.result from ResolutionRecord r where r.id = :id",
                            String.class)
                        .setParameter("id", id)
                        .getSingleResult());
    Documents.putResolution(n, stored);
    return n;
  }

  /**
   * The summary of {@code state}: {@code {"id","place","date","title","resolvedAt","attributes":
   * {name:{"status","best"}}}}, from the resolution's attribute rows (best as display text, null
   * when there is none), without reading the resolution's text; {@code attributes} is empty before
   * the first resolution.
   */
  public ObjectNode summary(IncidentState state) {
    ObjectNode n = head(state);
    ObjectNode attributes = n.putObject("attributes");
    if (state.resolutionId() != null) {
      List<?> rows =
          em.createNativeQuery(
                  "select attribute, status, best from resolution_attribute"
                      + " where resolution_id = :id order by attribute")
              .setParameter("id", state.resolutionId())
              .getResultList();
      for (Object row : rows) {
        Object[] a = (Object[]) row;
        attributes.putObject((String) a[0]).put("status", (String) a[1]).put("best", (String) a[2]);
      }
    }
    return n;
  }

  private static ObjectNode head(IncidentState state) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("id", state.id());
    n.put("place", state.place());
    n.put("date", state.date() == null ? null : state.date().toString());
    n.put("title", state.title());
    n.put("resolvedAt", state.resolvedAt() == null ? null : state.resolvedAt().toString());
    // The resolution's id names it for replay, provenance and the history's diff.
    n.put("resolutionId", state.resolutionId());
    return n;
  }

  /**
   * The current tag of a list document about the incident, from counting its rows, without reading
   * them. Resolutions, audit events, claims and reports are only ever added (the audit trail is
   * append-only in the database, the others are never updated), so the number of rows and the
   * newest one name the list. Throws {@link NoSuchIncidentException} for an unknown incident.
   */
  public String listTag(long id, Listing kind) {
    requireIncident(id);
    String jpql =
        switch (kind) {
          case HISTORY ->
              "select count(r), max(r.id) from ResolutionRecord r where r.incidentId = :incident";
          case AUDIT ->
              "select count(e), max(e.id) from AuditEventRecord e where e.incidentId = :incident";
          case CLAIMS ->
              "select count(c), max(c.id) from ClaimRecord c where c.incidentId = :incident";
          case REPORTS ->
              "select count(r), max(r.receivedAt) from ReportRecord r"
                  + " where r.incidentId = :incident";
        };
    Object[] row =
        em.createQuery(jpql, Object[].class).setParameter("incident", id).getSingleResult();
    long count = ((Number) row[0]).longValue();
    Object newest = row[1];
    return listTag(
        kind,
        id,
        count,
        newest instanceof Instant t
            ? micros(t)
            : newest == null ? 0 : ((Number) newest).longValue());
  }

  private static String listTag(Listing kind, long incident, long count, long newest) {
    return kind.name().toLowerCase(Locale.ROOT) + "-i" + incident + "-n" + count + "-" + newest;
  }

  private static long micros(Instant t) {
    return ChronoUnit.MICROS.between(Instant.EPOCH, t);
  }

  /**
   * Every resolution of the incident, newest first, each with its rule-set version, input claim ids
   * and the full resolution: {@code {"incident","resolutions":[{"id","createdAt","ruleset",
   * "inputClaims","resolution"}]}}.
   */
  public Tagged history(long id) {
    requireIncident(id);
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.put("incident", id);
    ArrayNode list = out.putArray("resolutions");
    Map<Long, Optional<RuleSetRecord>> ruleSets = new HashMap<>();
    RuleSetRepository repository = new RuleSetRepository(em);
    List<ResolutionRecord> history = new ResolutionRepository(em).history(id);
    for (ResolutionRecord r : history) {
      ObjectNode n = list.addObject();
      n.put("id", r.id());
      n.put("createdAt", r.createdAt().toString());
      ObjectNode rs = n.putObject("ruleset");
      rs.put("id", r.ruleSetId());
      ruleSets
          .computeIfAbsent(r.ruleSetId(), repository::find)
          .ifPresent(x -> rs.put("version", x.version()).put("hash", x.contentHash()));
      n.set("inputClaims", Json.stored(r.inputClaimIdsJson()));
      Documents.putResolution(n, r.resultJson());
    }
    long newest = history.stream().mapToLong(ResolutionRecord::id).max().orElse(0);
    return new Tagged(out, listTag(Listing.HISTORY, id, history.size(), newest));
  }

  /**
   * The incident's audit events, oldest first, with their chain hashes: {@code {"incident",
   * "events":[{"id","occurredAt","actor","kind","report","detail","prevHash","hash"}]}}.
   */
  public Tagged audit(long id) {
    requireIncident(id);
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.put("incident", id);
    ArrayNode events = out.putArray("events");
    List<AuditEventRecord> trail = new AuditTrail(em).forIncident(id);
    for (AuditEventRecord e : trail) {
      ObjectNode n = events.addObject();
      n.put("id", e.id());
      n.put("occurredAt", e.entry().occurredAt().toString());
      n.put("actor", e.entry().actor());
      n.put("kind", e.entry().kind());
      n.put("report", e.entry().reportId());
      n.set("detail", Json.stored(e.entry().detail()));
      n.put("prevHash", e.prevHash());
      n.put("hash", e.hash());
    }
    long newest = trail.stream().mapToLong(AuditEventRecord::id).max().orElse(0);
    return new Tagged(out, listTag(Listing.AUDIT, id, trail.size(), newest));
  }

  /**
   * The incident's audit events checked against the hash chain: each event's hash recomputed from
   * its content and its previous-hash, and that previous-hash compared with the hash of the event
   * just before it in the whole trail (events of other incidents included). {@code {"incident",
   * "eventsChecked","intact","firstBrokenId","problem"}}. Never cached: a tampered row changes no
   * count or id that a tag could follow.
   */
  public ObjectNode verifyAudit(long id) {
    requireIncident(id);
    List<AuditEventRecord> trail = new AuditTrail(em).forIncident(id);
    Map<Long, String> before = new HashMap<>();
    for (Object row :
        em.createNativeQuery(
                "select e.id, (select p.hash from audit_event p where p.id < e.id"
                    + " order by p.id desc limit 1) from audit_event e where e.incident_id = :id")
            .setParameter("id", id)
            .getResultList()) {
      Object[] r = (Object[]) row;
      before.put(SqlValues.toLong(r[0]), (String) r[1]);
    }
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.put("incident", id);
    long checked = 0;
    Long broken = null;
    String problem = null;
    for (AuditEventRecord e : trail) {
      checked++;
      if (!Objects.equals(e.prevHash(), before.get(e.id()))) {
        broken = e.id();
        problem = "its previous-hash does not match the event before it";
        break;
      }
      if (!AuditChain.hash(e.prevHash(), e.entry()).equals(e.hash())) {
        broken = e.id();
        problem = "its content does not match its hash";
        break;
      }
    }
    out.put("eventsChecked", checked);
    out.put("intact", broken == null);
    out.put("firstBrokenId", broken);
    out.put("problem", problem);
    return out;
  }

  /**
   * The incident's stored claims, oldest first, in the extract command's JSON plus {@code
   * storedId}, {@code origin} and {@code createdAt}: {@code {"incident","claims":[...]}}.
   */
  public Tagged claims(long id) {
    requireIncident(id);
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.put("incident", id);
    ArrayNode claims = out.putArray("claims");
    List<ClaimRecord> records = new ClaimRepository(em).recordsOf(id);
    records.forEach(r -> claims.add(Documents.storedClaim(r)));
    long newest = records.stream().mapToLong(ClaimRecord::id).max().orElse(0);
    return new Tagged(out, listTag(Listing.CLAIMS, id, records.size(), newest));
  }

  /** The incident's reports, oldest first: {@code {"incident","reports":[report...]}}. */
  public Tagged reports(long id) {
    requireIncident(id);
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.put("incident", id);
    ArrayNode reports = out.putArray("reports");
    List<ReportRecord> records = new ReportRepository(em).forIncident(id);
    records.forEach(r -> reports.add(Documents.report(r)));
    long newest =
        records.stream()
            .map(ReportRecord::receivedAt)
            .mapToLong(IncidentReads::micros)
            .max()
            .orElse(0);
    return new Tagged(out, listTag(Listing.REPORTS, id, records.size(), newest));
  }

  private void requireIncident(long id) {
    if (new IncidentRepository(em).find(id).isEmpty()) {
      throw new NoSuchIncidentException(id);
    }
  }
}
