package dev.reconciler.read;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reconciler.app.NoSuchIncidentException;
import dev.reconciler.json.Json;
import dev.reconciler.store.AuditEventRecord;
import dev.reconciler.store.AuditTrail;
import dev.reconciler.store.ClaimRepository;
import dev.reconciler.store.IncidentRepository;
import dev.reconciler.store.ReportRepository;
import dev.reconciler.store.ResolutionRecord;
import dev.reconciler.store.ResolutionRepository;
import dev.reconciler.store.RuleSetRecord;
import dev.reconciler.store.RuleSetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The documents the API serves about one incident, each read in one transaction: the incident with
 * its current resolution, its history, audit trail, claims and reports.
 */
@ApplicationScoped
@Transactional
public class IncidentReads {

  private final EntityManager em;

  @Inject
  public IncidentReads(EntityManager em) {
    this.em = em;
  }

  /** For the container's proxy. */
  protected IncidentReads() {
    this(null);
  }

  /**
   * {@code {"id","place","date","title","resolvedAt","resolution"}}; resolution null before the
   * first. The resolution is the stored JSON text, passed through as it is: the most frequent
   * request of the API does not parse and re-write 20 to 40 KB of JSON.
   */
  public Optional<ObjectNode> incident(long id) {
    return new IncidentRepository(em)
        .find(id)
        .map(
            i -> {
              ObjectNode n = Documents.ref(i);
              n.put("title", i.title());
              Optional<ResolutionRepository.StoredResult> current =
                  new ResolutionRepository(em).currentResult(id);
              n.put("resolvedAt", current.map(r -> r.createdAt().toString()).orElse(null));
              Documents.putResolution(
                  n, current.map(ResolutionRepository.StoredResult::json).orElse(null));
              return n;
            });
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
    Map<Long, Optional<RuleSetRecord>> ruleSets = new HashMap<>();
    RuleSetRepository repository = new RuleSetRepository(em);
    for (ResolutionRecord r : new ResolutionRepository(em).history(id)) {
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
      n.set("detail", Json.stored(e.entry().detail()));
      n.put("prevHash", e.prevHash());
      n.put("hash", e.hash());
    }
    return out;
  }

  /**
   * The incident's stored claims, oldest first, in the extract command's JSON plus {@code
   * storedId}, {@code origin} and {@code createdAt}: {@code {"incident","claims":[...]}}.
   */
  public ObjectNode claims(long id) {
    requireIncident(id);
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.put("incident", id);
    ArrayNode claims = out.putArray("claims");
    new ClaimRepository(em).recordsOf(id).forEach(r -> claims.add(Documents.storedClaim(r)));
    return out;
  }

  /** The incident's reports, oldest first: {@code {"incident","reports":[report...]}}. */
  public ObjectNode reports(long id) {
    requireIncident(id);
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.put("incident", id);
    ArrayNode reports = out.putArray("reports");
    new ReportRepository(em).forIncident(id).forEach(r -> reports.add(Documents.report(r)));
    return out;
  }

  private void requireIncident(long id) {
    if (new IncidentRepository(em).find(id).isEmpty()) {
      throw new NoSuchIncidentException(id);
    }
  }
}
