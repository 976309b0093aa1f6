package dev.reconciler.app.rules;

import dev.reconciler.app.reconciling.ActiveRuleSet;
import dev.reconciler.app.reconciling.PendingAudit;
import dev.reconciler.app.reconciling.RecordReconciliation;
import dev.reconciler.store.ClaimRecord;
import dev.reconciler.store.ClaimRepository;
import dev.reconciler.store.IncidentRepository;
import dev.reconciler.store.RereconciliationRuns;
import dev.reconciler.store.RereconciliationRuns.Partition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The steps of a re-reconciliation after a rule change, each call one transaction: a partition of a
 * stored run claimed, its incidents reconciled again under their row locks (recorded only where the
 * outcome differs from the current resolution) and marked done; a failed partition split or failed;
 * the run's progress and the run to work on.
 */
@ApplicationScoped
@Transactional
public class ReconcileAgain implements Rereconciliation.Steps {

  private final EntityManager em;
  private final Clock clock;

  @Inject
  public ReconcileAgain(EntityManager em, Clock clock) {
    this.em = em;
    this.clock = clock;
  }

  /** For the container's proxy. */
  protected ReconcileAgain() {
    this(null, null);
  }

  /** The newest run that is neither finished nor superseded. */
  public Optional<RereconciliationRuns.Run> unfinishedRun() {
    return new RereconciliationRuns(em).unfinished();
  }

  /**
   * The progress of the newest run when it re-reconciles under {@code ruleSetId}, else {@link
   * Progress#NONE}.
   */
  public Progress latestProgress(long ruleSetId) {
    RereconciliationRuns runs = new RereconciliationRuns(em);
    return runs.latest()
        .filter(r -> r.ruleSetId() == ruleSetId)
        .flatMap(r -> runs.totals(r.id()))
        .map(t -> Progress.of(t, clock.instant()))
        .orElse(Progress.NONE);
  }

  @Override
  public Progress progress(long run) {
    return new RereconciliationRuns(em)
        .totals(run)
        .map(t -> Progress.of(t, clock.instant()))
        .orElse(Progress.NONE);
  }

  /**
   * Claims the partition, locks its incident rows and reconciles them; when a newer activation
   * superseded the run while this one waited for the locks, nothing is written and the worker stops
   * (the newer run covers every incident).
   */
  @Override
  public Optional<Rereconciliation.Done> reconcileNextPartition(
      long run, ActiveRuleSet rules, String actor, String worker, Consumer<Partition> claimed) {
    RereconciliationRuns runs = new RereconciliationRuns(em);
    Optional<Partition> next = runs.claimNext(run);
    if (next.isEmpty()) {
      return Optional.empty();
    }
    Partition p = next.get();
    claimed.accept(p);
    List<Long> ids = new IncidentRepository(em).lockRange(p.firstIncidentId(), p.lastIncidentId());
    if (!runs.current(run)) {
      return Optional.empty();
    }
    Rereconciliation.Batch batch = reconcileLocked(ids, rules, actor);
    runs.done(p, ids.size(), batch.changed(), batch.failures().size(), clock.instant(), worker);
    return Optional.of(new Rereconciliation.Done(p, ids.size(), batch));
  }

  @Override
  public void splitPartition(long run, long firstIncidentId) {
    new RereconciliationRuns(em).split(run, firstIncidentId);
  }

  @Override
  public void failPartition(long run, long firstIncidentId, String worker) {
    new RereconciliationRuns(em).fail(run, firstIncidentId, clock.instant(), worker);
  }

  @Override
  public boolean finishIfDone(long run) {
    return new RereconciliationRuns(em).finishIfDone(run, clock.instant());
  }

  /**
   * Locks the batch's incident rows (in id order), reads all their claims, report dates and current
   * resolutions in a few queries, runs the rules over each, and records the changed ones together:
   * their resolutions and attribute rows in batched inserts, their audit events under one lock of
   * the chain. Incidents whose rules fail are left out.
   */
  public Rereconciliation.Batch reconcileAgain(
      List<Long> incidentIds, ActiveRuleSet rules, String actor) {
    return reconcileLocked(new IncidentRepository(em).lockAll(incidentIds), rules, actor);
  }

  private Rereconciliation.Batch reconcileLocked(
      List<Long> locked, ActiveRuleSet rules, String actor) {
    Map<Long, List<ClaimRecord>> claims = new ClaimRepository(em).recordsOf(locked);
    RecordReconciliation reconciliation = new RecordReconciliation(em, clock);
    RecordReconciliation.Evaluated evaluated = reconciliation.evaluateAll(claims, rules.ruleSet());
    List<RecordReconciliation.Evaluation> changed =
        evaluated.evaluations().stream()
            .filter(RecordReconciliation.Evaluation::differsFromPrevious)
            .toList();
    if (!changed.isEmpty()) {
      reconciliation.recordAll(changed, rules, new PendingAudit(clock, actor), true);
    }
    return new Rereconciliation.Batch(changed.size(), evaluated.failures());
  }
}
