package dev.reconciler.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
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
import dev.reconciler.store.ClaimRecord;
import dev.reconciler.store.ClaimRepository;
import dev.reconciler.store.ReportRepository;
import dev.reconciler.store.ResolutionRecord;
import dev.reconciler.store.ResolutionRepository;
import dev.reconciler.store.ResolutionRepository.AttributeSummary;
import jakarta.persistence.EntityManager;
import java.io.UncheckedIOException;
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
 * Reconciles one incident: its stored claims and report dates through a rule set, compared with its
 * current resolution. The caller holds the incident's row lock, so reconciliations of one incident
 * run one after the other.
 */
final class IncidentReconciliation {

  private final EntityManager em;
  private final Clock clock;

  IncidentReconciliation(EntityManager em, Clock clock) {
    this.em = em;
    this.clock = clock;
  }

  /**
   * The outcome of running the rules, before anything is stored.
   *
   * @param inputClaimIds the stored claims it was computed from, in id order
   * @param json the resolution as stored and served, written once
   * @param previous the incident's current resolution, if any
   * @param changes attributes whose status or best value differ from {@code previous}
   */
  record Evaluation(
      long incidentId,
      List<Long> inputClaimIds,
      Resolution resolution,
      JsonNode json,
      Optional<ResolutionRecord> previous,
      List<AttributeChange> changes) {

    /** True when the explanation differs from the current one, not only the published values. */
    boolean differsFromPrevious() {
      if (previous.isEmpty()) {
        return true;
      }
      JsonNode before = readJson(previous.get().resultJson()).path("attributes");
      return !changes.isEmpty() || !before.equals(json.path("attributes"));
    }
  }

  /** Runs {@code rules} over the incident's claims; stores nothing. */
  Evaluation evaluate(long incidentId, RuleSet rules) {
    List<ClaimRecord> records = new ClaimRepository(em).recordsOf(incidentId);
    List<Claim> claims = new ArrayList<>(records.size());
    List<Long> ids = new ArrayList<>(records.size());
    for (ClaimRecord r : records) {
      claims.add(r.toClaim());
      ids.add(r.id());
    }
    Map<String, LocalDate> dates = new ReportRepository(em).publicationDates(incidentId);
    Resolution resolution = new Reconciler(rules).reconcile(new Incident(claims, dates));
    ResolutionRepository resolutions = new ResolutionRepository(em);
    Optional<ResolutionRecord> previous = resolutions.current(incidentId);
    Map<String, AttributeSummary> before = new HashMap<>();
    previous.ifPresent(p -> resolutions.summaries(p.id()).forEach(s -> before.put(s.attribute(), s)));
    List<AttributeChange> changes = new ArrayList<>();
    for (AttributeSummary after : summaries(resolution)) {
      AttributeSummary b = before.get(after.attribute());
      String fromStatus = b == null ? AttributeChange.NO_RESOLUTION_STATUS : b.status();
      String fromBest = b == null ? null : b.best();
      if (!fromStatus.equals(after.status()) || !Objects.equals(fromBest, after.best())) {
        changes.add(new AttributeChange(after.attribute(), fromStatus, fromBest, after.status(), after.best()));
      }
    }
    return new Evaluation(incidentId, ids, resolution, ResolutionJson.toJson(resolution), previous, changes);
  }

  /**
   * Stores the evaluation as the incident's new current resolution, with its per-attribute rows,
   * and records {@code reconciliation_run} and one {@code attribute_changed} per change.
   */
  ResolutionRecord store(Evaluation e, ActiveRuleSet rules, PendingAudit audit) {
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
                    e.json().toString(),
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
    for (AttributeChange c : e.changes()) {
      ObjectNode changed = c.toJson();
      changed.put("resolution", stored.id());
      audit.record(AuditKind.ATTRIBUTE_CHANGED, e.incidentId(), null, changed);
    }
    return stored;
  }

  static ObjectNode ruleSetJson(ActiveRuleSet rules) {
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
                rows.put(attribute.key(), new AttributeSummary(attribute.key(), r.status().key(), best(r))));
    return List.copyOf(rows.values());
  }

  private static String best(AttributeResult r) {
    return r.best() == null ? null : r.best().display();
  }

  static JsonNode readJson(String text) {
    try {
      return Json.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("stored JSON cannot be read: " + e.getOriginalMessage(), e);
    }
  }
}
