package dev.reconciler.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.reconciler.json.ClaimJson;
import dev.reconciler.json.Json;
import dev.reconciler.report.Report;
import dev.reconciler.store.AuditEventRecord;
import dev.reconciler.store.AuditTrail;
import dev.reconciler.store.ClaimRecord;
import dev.reconciler.store.ClaimRepository;
import dev.reconciler.store.IncidentRecord;
import dev.reconciler.store.IncidentRepository;
import dev.reconciler.store.ReportRecord;
import dev.reconciler.store.ReportRepository;
import dev.reconciler.store.ResolutionRecord;
import dev.reconciler.store.ResolutionRepository;
import dev.reconciler.store.RuleSetRecord;
import dev.reconciler.store.RuleSetRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON the API serves about incidents, read in the caller's transaction: one incident with its
 * current resolution (the reconcile command's {@code --json}), the paged list, and an incident's
 * history, audit trail, claims and reports.
 */
public final class IncidentViews {

  private final EntityManager em;

  public IncidentViews(EntityManager em) {
    this.em = em;
  }

  /**
   * {@code {"id","place","date","title","resolvedAt","resolution"}}; resolution null before the
   * first. The resolution is the stored JSON text, passed through as it is (a raw value in the
   * tree): the most frequent request of the API does not parse and re-write 20 to 40 KB of JSON.
   */
  public Optional<ObjectNode> incident(long id) {
    return new IncidentRepository(em)
        .find(id)
        .map(
            i -> {
              ObjectNode n = ref(i);
              n.put("title", i.title());
              Optional<ResolutionRepository.StoredResult> current = new ResolutionRepository(em).currentResult(id);
              n.put("resolvedAt", current.map(r -> r.createdAt().toString()).orElse(null));
              if (current.isPresent()) {
                n.putRawValue("resolution", new RawValue(current.get().json()));
              } else {
                n.putNull("resolution");
              }
              return n;
            });
  }

  /**
   * One page of incidents, newest date first: {@code {"items":[{"id","place","date","resolvedAt",
   * "statuses":{attribute:status}}],"page","size","total"}}. Filters may be null: dates inclusive,
   * place a case-insensitive part of the place, status one any attribute of the current resolution
   * has. Pages count from 0.
   */
  public ObjectNode incidents(LocalDate from, LocalDate to, String place, String status, int page, int size) {
    StringBuilder where = new StringBuilder(" where true");
    Map<String, Object> params = new LinkedHashMap<>();
    if (from != null) {
      where.append(" and i.incident_date >= :from");
      params.put("from", from);
    }
    if (to != null) {
      where.append(" and i.incident_date <= :to");
      params.put("to", to);
    }
    if (place != null && !place.isBlank()) {
      where.append(" and strpos(lower(i.place), lower(:place)) > 0");
      params.put("place", place.strip());
    }
    if (status != null && !status.isBlank()) {
      where.append(
          " and exists (select 1 from resolution_attribute a where a.status = :status and a.resolution_id ="
              + " (select max(r.id) from resolution r where r.incident_id = i.id))");
      params.put("status", status.strip());
    }
    Query count = em.createNativeQuery("select count(*) from incident i" + where);
    Query select =
        em.createNativeQuery(
            "select i.id from incident i" + where + " order by i.incident_date desc nulls last, i.id desc");
    params.forEach(
        (k, v) -> {
          count.setParameter(k, v);
          select.setParameter(k, v);
        });
    long total = ((Number) count.getSingleResult()).longValue();
    List<?> ids = select.setFirstResult(page * size).setMaxResults(size).getResultList();
    ObjectNode out = Json.MAPPER.createObjectNode();
    ArrayNode items = out.putArray("items");
    IncidentRepository incidents = new IncidentRepository(em);
    ResolutionRepository resolutions = new ResolutionRepository(em);
    for (Object id : ids) {
      IncidentRecord i = incidents.find(((Number) id).longValue()).orElseThrow();
      ObjectNode item = ref(i);
      Optional<ResolutionRecord> current = resolutions.current(i.id());
      item.put("resolvedAt", current.map(r -> r.createdAt().toString()).orElse(null));
      ObjectNode statuses = item.putObject("statuses");
      current.ifPresent(r -> resolutions.summaries(r.id()).forEach(s -> statuses.put(s.attribute(), s.status())));
      items.add(item);
    }
    out.put("page", page);
    out.put("size", size);
    out.put("total", total);
    return out;
  }

  /**
   * Every resolution of the incident, newest first, each with its rule-set version, input claim ids
   * and the full resolution: {@code {"incident","resolutions":[{"id","createdAt","ruleset",
   * "inputClaims","resolution"}]}}.
   */
  public ObjectNode history(long id) {
    requireIncident(id);
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.put("incident", id);
    ArrayNode list = out.putArray("resolutions");
    RuleSetRepository ruleSets = new RuleSetRepository(em);
    for (ResolutionRecord r : new ResolutionRepository(em).history(id)) {
      ObjectNode n = list.addObject();
      n.put("id", r.id());
      n.put("createdAt", r.createdAt().toString());
      ObjectNode rs = n.putObject("ruleset");
      rs.put("id", r.ruleSetId());
      ruleSets.find(r.ruleSetId()).ifPresent(x -> rs.put("version", x.version()).put("hash", x.contentHash()));
      n.set("inputClaims", IncidentReconciliation.readJson(r.inputClaimIdsJson()));
      n.set("resolution", IncidentReconciliation.readJson(r.resultJson()));
    }
    return out;
  }

  /**
   * The incident's audit events, oldest first, with their chain hashes: {@code {"incident",
   * "events":[{"id","occurredAt","actor","kind","report","detail","prevHash","hash"}]}}.
   */
  public ObjectNode audit(long id) {
    requireIncident(id);
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.put("incident", id);
    ArrayNode events = out.putArray("events");
    for (AuditEventRecord e : new AuditTrail(em).forIncident(id)) {
      ObjectNode n = events.addObject();
      n.put("id", e.id());
      n.put("occurredAt", e.entry().occurredAt().toString());
      n.put("actor", e.entry().actor());
      n.put("kind", e.entry().kind());
      n.put("report", e.entry().reportId());
      n.set("detail", IncidentReconciliation.readJson(e.entry().detail()));
      n.put("prevHash", e.prevHash());
      n.put("hash", e.hash());
    }
    return out;
  }

  /**
   * The incident's stored claims, oldest first, in the extract command's JSON plus {@code storedId},
   * {@code origin} and {@code createdAt}: {@code {"incident","claims":[...]}}.
   */
  public ObjectNode claims(long id) {
    requireIncident(id);
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.put("incident", id);
    ArrayNode claims = out.putArray("claims");
    new ClaimRepository(em).recordsOf(id).forEach(r -> claims.add(claim(r)));
    return out;
  }

  /** The incident's reports, oldest first: {@code {"incident","reports":[report...]}}. */
  public ObjectNode reports(long id) {
    requireIncident(id);
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.put("incident", id);
    ArrayNode reports = out.putArray("reports");
    new ReportRepository(em).forIncident(id).forEach(r -> reports.add(report(r)));
    return out;
  }

  /** Every stored rule-set version, most recently activated first. */
  public ArrayNode ruleSetVersions() {
    ArrayNode out = Json.MAPPER.createArrayNode();
    for (RuleSetRecord r : new RuleSetRepository(em).all()) {
      ObjectNode n = out.addObject();
      n.put("id", r.id());
      n.put("version", r.version());
      n.put("hash", r.contentHash());
      n.put("activatedBy", r.activatedBy());
      n.put("activatedAt", r.activatedAt().toString());
      ArrayNode files = n.putArray("files");
      IncidentReconciliation.readJson(r.filesJson()).fieldNames().forEachRemaining(files::add);
    }
    return out;
  }

  /**
   * The answer to a submitted report: {@code {"report","claims","incident","resolution"}}, or for a
   * duplicate {@code {"report","duplicate":true,"incident"}}.
   */
  public ObjectNode submitted(Ingested ingested) {
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.set("report", report(ingested.report()));
    if (!ingested.created()) {
      out.put("duplicate", true);
      out.set("incident", ingested.incident() == null ? null : ref(ingested.incident()));
      return out;
    }
    ArrayNode claims = out.putArray("claims");
    ingested.claims().forEach(c -> claims.add(ClaimJson.toJson(c.toClaim())));
    ObjectNode incident = ref(ingested.incident());
    incident.put("assignment", ingested.assignment());
    out.set("incident", incident);
    out.set("resolution", resolution(ingested.resolution()));
    return out;
  }

  /** The answer to claims sent for an incident: {@code {"incident","claims","resolution"}}. */
  public ObjectNode claimsAdded(ClientClaims.Added added) {
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.set("incident", ref(added.incident()));
    ArrayNode claims = out.putArray("claims");
    added.added().forEach(c -> claims.add(claim(c)));
    out.set("resolution", resolution(added.resolution()));
    return out;
  }

  private static JsonNode resolution(ResolutionRecord r) {
    return r == null ? null : IncidentReconciliation.readJson(r.resultJson());
  }

  /** {@code {"id","place","date"}}. */
  public static ObjectNode ref(IncidentRecord i) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("id", i.id());
    n.put("place", i.place());
    n.put("date", i.incidentDate() == null ? null : i.incidentDate().toString());
    return n;
  }

  /** {@code {"id","publisher","url","publishedOn","headline","receivedAt","name"}}. */
  public static ObjectNode report(ReportRecord r) {
    Report report = r.toReport();
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("id", report.id());
    n.put("publisher", report.publisher());
    n.put("url", report.url());
    n.put("publishedOn", report.publishedOn() == null ? null : report.publishedOn().toString());
    n.put("headline", report.headline());
    n.put("receivedAt", r.receivedAt().toString());
    n.put("name", report.name());
    n.put("incident", r.incidentId());
    return n;
  }

  private static ObjectNode claim(ClaimRecord r) {
    ObjectNode n = ClaimJson.toJson(r.toClaim());
    n.put("storedId", r.id());
    n.put("origin", r.origin());
    n.put("createdAt", r.createdAt().toString());
    return n;
  }

  private void requireIncident(long id) {
    if (new IncidentRepository(em).find(id).isEmpty()) {
      throw new NoSuchIncidentException(id);
    }
  }
}
