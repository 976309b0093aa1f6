package dev.reconciler.app.reconciling;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reconciler.audit.AuditKind;
import dev.reconciler.claim.Claim;
import dev.reconciler.json.Json;
import dev.reconciler.json.ResolutionJson;
import dev.reconciler.reconcile.AttributeResult;
import dev.reconciler.reconcile.Incident;
import dev.reconciler.reconcile.Reconciler;
import dev.reconciler.reconcile.Resolution;
import dev.reconciler.reconcile.RuleSet;
import dev.reconciler.store.AuditTrail;
import dev.reconciler.store.ClaimRecord;
import dev.reconciler.store.ClaimRepository;
import dev.reconciler.store.ReportRepository;
import dev.reconciler.store.ResolutionRecord;
import dev.reconciler.store.ResolutionRepository;
import dev.reconciler.store.ResolutionRepository.AttributeSummary;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one place that reconciles an incident and records the result, in the caller's transaction:
 * {@link #evaluate} runs the rules over the incident's claims (given from memory, or read when the
 * caller has none in hand) and compares the outcome with the current resolution; {@link #record}
 * stores it with its attribute rows, records {@code reconciliation_run} and one {@code
 * attribute_changed} per change, and appends every pending audit event. The caller holds the
 * incident's row lock, so reconciliations of one incident run one after the other.
 */
public final class RecordReconciliation {

  /**
   * The outcome of running the rules, before anything is stored.
   *
   * @param inputClaimIds the stored claims it was computed from, in id order
   * @param json the resolution as it is stored and served, written once
   * @param previous the incident's current resolution, if any
   * @param changes attributes whose status or best value differ from {@code previous}
   */
  public record Evaluation(
      long incidentId,
      List<Long> inputClaimIds,
      Resolution resolution,
      String json,
      Optional<ResolutionRecord> previous,
      List<PublishedChange> changes) {

    /** True when the explanation differs from the current one, not only the published values. */
    public boolean differsFromPrevious() {
      if (previous.isEmpty()) {
        return true;
      }
      return !changes.isEmpty()
          || !Json.stored(previous.get().resultJson())
              .path("attributes")
              .equals(ResolutionJson.toJson(resolution).path("attributes"));
    }
  }

  private final EntityManager em;
  private final Clock clock;

  public RecordReconciliation(EntityManager em, Clock clock) {
    this.em = em;
    this.clock = clock;
  }

  /** Runs {@code rules} over the incident's stored claims; stores nothing. */
  public Evaluation evaluate(long incidentId, RuleSet rules) {
    return evaluate(incidentId, new ClaimRepository(em).recordsOf(incidentId), rules);
  }

  /**
   * Runs {@code rules} over {@code claims}, every claim of the incident as stored (in id order, as
   * the caller holds them after storing its own); stores nothing.
   */
  public Evaluation evaluate(long incidentId, List<ClaimRecord> claims, RuleSet rules) {
    List<Claim> inputs = new ArrayList<>(claims.size());
    List<Long> ids = new ArrayList<>(claims.size());
    for (ClaimRecord r : claims) {
      inputs.add(r.toClaim());
      ids.add(r.id());
    }
    Map<String, LocalDate> dates = new ReportRepository(em).publicationDates(incidentId);
    Resolution resolution = new Reconciler(rules).reconcile(new Incident(inputs, dates));
    ResolutionRepository resolutions = new ResolutionRepository(em);
    Optional<ResolutionRecord> previous = resolutions.current(incidentId);
    Map<String, AttributeSummary> before = new HashMap<>();
    previous.ifPresent(
        p -> resolutions.summaries(p.id()).forEach(s -> before.put(s.attribute(), s)));
    List<PublishedChange> changes = new ArrayList<>();
    for (AttributeSummary after : summaries(resolution)) {
      AttributeSummary b = before.get(after.attribute());
      String fromStatus = b == null ? PublishedChange.NO_RESOLUTION_STATUS : b.status();
      String fromBest = b == null ? null : b.best();
      if (!fromStatus.equals(after.status()) || !Objects.equals(fromBest, after.best())) {
        changes.add(
            new PublishedChange(
                after.attribute(), fromStatus, fromBest, after.status(), after.best()));
      }
    }
    String json = ResolutionJson.toJson(resolution).toString();
    return new Evaluation(incidentId, ids, resolution, json, previous, changes);
  }

  /**
   * Stores the evaluation as the incident's new current resolution, with its per-attribute rows;
   * records {@code reconciliation_run}, one {@code attribute_changed} per change and, after a rule
   * change, {@code rereconciled_after_rule_change}; files every pending event under the incident
   * and appends them to the audit trail, last, so that the chain's lock is the last one taken.
   */
  public ResolutionRecord record(
      Evaluation e, ActiveRuleSet rules, PendingAudit audit, boolean afterRuleChange) {
    ArrayNode fired = Json.MAPPER.createArrayNode();
    e.resolution().firedRules().forEach(fired::add);
    ArrayNode inputs = Json.MAPPER.createArrayNode();
    e.inputClaimIds().forEach(inputs::add);
    ResolutionRecord stored =
        new ResolutionRepository(em)
            .store(
                new ResolutionRecord(
                    e.incidentId(),
                    rules.id(),
                    clock.instant(),
                    e.json(),
                    fired.toString(),
                    inputs.toString()),
                summaries(e.resolution()));
    ObjectNode run = PendingAudit.detail();
    run.put("resolution", stored.id());
    run.set("ruleset", ruleSetJson(rules));
    run.put("claims", e.inputClaimIds().size());
    e.previous().ifPresent(p -> run.put("previousResolution", p.id()));
    run.set("firedRules", fired);
    audit.record(AuditKind.RECONCILIATION_RUN, e.incidentId(), null, run);
    for (PublishedChange c : e.changes()) {
      ObjectNode changed = c.toJson();
      changed.put("resolution", stored.id());
      audit.record(AuditKind.ATTRIBUTE_CHANGED, e.incidentId(), null, changed);
    }
    if (afterRuleChange) {
      ObjectNode detail = PendingAudit.detail();
      detail.put("resolution", stored.id());
      e.previous().ifPresent(p -> detail.put("previousResolution", p.id()));
      detail.set("ruleset", ruleSetJson(rules));
      ArrayNode changes = detail.putArray("changes");
      e.changes().forEach(c -> changes.add(c.toJson()));
      audit.record(AuditKind.RERECONCILED_AFTER_RULE_CHANGE, e.incidentId(), null, detail);
    }
    audit.fileUnder(e.incidentId());
    audit.appendTo(new AuditTrail(em));
    return stored;
  }

  /** {@code {"id","version","hash"}} of a stored rule-set version, as audit events name it. */
  public static ObjectNode ruleSetJson(ActiveRuleSet rules) {
    ObjectNode n = PendingAudit.detail();
    n.put("id", rules.id());
    n.put("version", rules.ruleSet().version());
    n.put("hash", rules.ruleSet().hash());
    return n;
  }

  /** One row per attribute: its status and best value as display text. */
  static List<AttributeSummary> summaries(Resolution resolution) {
    Map<String, AttributeSummary> rows = new LinkedHashMap<>();
    resolution
        .attributes()
        .forEach(
            (attribute, r) ->
                rows.put(
                    attribute.key(),
                    new AttributeSummary(attribute.key(), r.status().key(), best(r))));
    return List.copyOf(rows.values());
  }

  private static String best(AttributeResult r) {
    return r.best() == null ? null : r.best().display();
  }
}
