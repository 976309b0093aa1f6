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
import dev.reconciler.store.ReportRepository;
import dev.reconciler.store.ResolutionRepository;
import dev.reconciler.store.ResolutionRepository.AttributeSummary;
import dev.reconciler.store.ResolutionRepository.Current;
import dev.reconciler.store.ResolutionRepository.NewResolution;
import dev.reconciler.store.StoredResolution;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one place that reconciles incidents and records the result, in the caller's transaction, for
 * one incident or a batch of them alike: {@link #evaluateAll} runs the rules over each incident's
 * claims, as the caller holds them (from memory after storing its own, or read in one query for a
 * batch) and compares the outcome with the current resolution; {@link #recordAll} stores the
 * resolutions with their attribute rows in batched inserts, records {@code reconciliation_run}, one
 * {@code attribute_changed} per change (and {@code rereconciled_after_rule_change} after a rule
 * change), and appends every pending audit event last. The caller holds the incidents' row locks,
 * so reconciliations of one incident run one after the other.
 */
public final class RecordReconciliation {

  /**
   * The outcome of running the rules over one incident, before anything is stored.
   *
   * @param inputClaimIds the stored claims it was computed from, in id order
   * @param json the resolution as it is stored and served, written once
   * @param explanationHash the hash of its "attributes" ({@link ResolutionJson#explanationHash})
   * @param previous the incident's current resolution, if any
   * @param changes attributes whose status or best value differ from {@code previous}
   * @param explanationChanged whether the explanation differs from {@code previous}'s, not only the
   *     published values
   */
  public record Evaluation(
      long incidentId,
      List<Long> inputClaimIds,
      Resolution resolution,
      String json,
      String explanationHash,
      Optional<Current> previous,
      List<PublishedChange> changes,
      boolean explanationChanged) {

    /** True when the explanation differs from the current one (or there is none yet). */
    public boolean differsFromPrevious() {
      return previous.isEmpty() || !changes.isEmpty() || explanationChanged;
    }
  }

  /** The evaluations of a batch, and the incidents whose rules failed (left out of it). */
  public record Evaluated(List<Evaluation> evaluations, Map<Long, RuntimeException> failures) {}

  private final EntityManager em;
  private final Clock clock;

  public RecordReconciliation(EntityManager em, Clock clock) {
    this.em = em;
    this.clock = clock;
  }

  /**
   * Runs {@code rules} over {@code claims}, every claim of the incident as stored (in id order, as
   * the caller holds them after storing its own); stores nothing.
   */
  public Evaluation evaluate(long incidentId, List<ClaimRecord> claims, RuleSet rules) {
    Evaluated one = evaluateAll(Map.of(incidentId, claims), rules);
    if (!one.failures().isEmpty()) {
      throw one.failures().get(incidentId);
    }
    return one.evaluations().get(0);
  }

  /**
   * Runs {@code rules} over each incident's claims (in id order), with the report dates and the
   * current resolutions of all of them read in a few queries; stores nothing. An incident whose
   * rules fail is reported in {@code failures} and the others go on.
   */
  public Evaluated evaluateAll(Map<Long, List<ClaimRecord>> claimsByIncident, RuleSet rules) {
    List<Long> ids = List.copyOf(claimsByIncident.keySet());
    Map<Long, Map<String, LocalDate>> dates = new ReportRepository(em).publicationDates(ids);
    ResolutionRepository resolutions = new ResolutionRepository(em);
    Map<Long, Current> current = resolutions.currentOf(ids);
    Map<Long, String> unhashed =
        resolutions.texts(
            current.values().stream()
                .filter(c -> c.explanationHash() == null)
                .map(Current::id)
                .toList());
    Reconciler reconciler = new Reconciler(rules);
    List<Evaluation> evaluations = new ArrayList<>(ids.size());
    Map<Long, RuntimeException> failures = new LinkedHashMap<>();
    for (Long id : ids) {
      try {
        evaluations.add(
            evaluation(
                id,
                claimsByIncident.get(id),
                dates.get(id),
                Optional.ofNullable(current.get(id)),
                unhashed,
                reconciler));
      } catch (RuntimeException e) {
        failures.put(id, e);
      }
    }
    return new Evaluated(evaluations, failures);
  }

  private static Evaluation evaluation(
      long incidentId,
      List<ClaimRecord> claims,
      Map<String, LocalDate> dates,
      Optional<Current> previous,
      Map<Long, String> previousTexts,
      Reconciler reconciler) {
    List<Claim> inputs = new ArrayList<>(claims.size());
    List<Long> claimIds = new ArrayList<>(claims.size());
    for (ClaimRecord r : claims) {
      inputs.add(r.toClaim());
      claimIds.add(r.id());
    }
    Resolution resolution = reconciler.reconcile(new Incident(inputs, dates));
    ObjectNode json = ResolutionJson.toJson(resolution);
    String hash = ResolutionJson.explanationHash(json);
    List<AttributeSummary> after = summaries(resolution);
    Map<String, AttributeSummary> before = new HashMap<>();
    previous.ifPresent(p -> p.attributes().forEach(s -> before.put(s.attribute(), s)));
    List<PublishedChange> changes = new ArrayList<>();
    for (AttributeSummary a : after) {
      AttributeSummary b = before.get(a.attribute());
      String fromStatus = b == null ? PublishedChange.NO_RESOLUTION_STATUS : b.status();
      String fromBest = b == null ? null : b.best();
      if (!fromStatus.equals(a.status()) || !Objects.equals(fromBest, a.best())) {
        changes.add(new PublishedChange(a.attribute(), fromStatus, fromBest, a.status(), a.best()));
      }
    }
    boolean explanationChanged =
        previous
            .map(
                p ->
                    p.explanationHash() != null
                        ? !p.explanationHash().equals(hash)
                        // Stored before hashes were kept: compared as trees (PostgreSQL's jsonb
                        // reorders keys, so its text cannot be hashed again).
                        : !Json.stored(previousTexts.get(p.id()))
                            .path("attributes")
                            .equals(json.path("attributes")))
            .orElse(true);
    return new Evaluation(
        incidentId,
        claimIds,
        resolution,
        json.toString(),
        hash,
        previous,
        changes,
        explanationChanged);
  }

  /**
   * Records one evaluation as {@link #recordAll} does, after filing the events recorded before the
   * incident was known (a report's reception, its claims) under it.
   */
  public StoredResolution record(
      Evaluation e, ActiveRuleSet rules, PendingAudit audit, boolean afterRuleChange) {
    audit.fileUnder(e.incidentId());
    return recordAll(List.of(e), rules, audit, afterRuleChange).get(0);
  }

  /**
   * Stores each evaluation as its incident's new current resolution, with its attribute rows, in
   * batched inserts; records {@code reconciliation_run}, one {@code attribute_changed} per change
   * and, after a rule change, {@code rereconciled_after_rule_change}, for each; appends every
   * pending event to the audit trail, last, so that the chain's lock is the last one taken.
   */
  public List<StoredResolution> recordAll(
      List<Evaluation> evaluations,
      ActiveRuleSet rules,
      PendingAudit audit,
      boolean afterRuleChange) {
    Instant now = clock.instant();
    List<NewResolution> rows = new ArrayList<>(evaluations.size());
    for (Evaluation e : evaluations) {
      rows.add(
          new NewResolution(
              e.incidentId(),
              rules.id(),
              now,
              e.json(),
              e.explanationHash(),
              e.inputClaimIds(),
              summaries(e.resolution())));
    }
    List<Long> ids = new ResolutionRepository(em).storeAll(rows);
    List<StoredResolution> stored = new ArrayList<>(evaluations.size());
    for (int i = 0; i < evaluations.size(); i++) {
      Evaluation e = evaluations.get(i);
      long id = ids.get(i);
      stored.add(new StoredResolution(id, e.incidentId(), now, e.json()));
      // The fired rules are in the resolution itself; the event names it and its hash.
      ObjectNode run = PendingAudit.detail();
      run.put("resolution", id);
      run.put("explanationHash", e.explanationHash());
      run.set("ruleset", ruleSetJson(rules));
      run.put("claims", e.inputClaimIds().size());
      e.previous().ifPresent(p -> run.put("previousResolution", p.id()));
      audit.record(AuditKind.RECONCILIATION_RUN, e.incidentId(), null, run);
      for (PublishedChange c : e.changes()) {
        ObjectNode changed = c.toJson();
        changed.put("resolution", id);
        audit.record(AuditKind.ATTRIBUTE_CHANGED, e.incidentId(), null, changed);
      }
      if (afterRuleChange) {
        ObjectNode detail = PendingAudit.detail();
        detail.put("resolution", id);
        e.previous().ifPresent(p -> detail.put("previousResolution", p.id()));
        detail.set("ruleset", ruleSetJson(rules));
        ArrayNode changes = detail.putArray("changes");
        e.changes().forEach(c -> changes.add(c.toJson()));
        audit.record(AuditKind.RERECONCILED_AFTER_RULE_CHANGE, e.incidentId(), null, detail);
      }
    }
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
