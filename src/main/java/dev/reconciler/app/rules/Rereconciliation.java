package dev.reconciler.app.rules;

import dev.reconciler.app.reconciling.ActiveRuleSet;
import dev.reconciler.store.RereconciliationRuns.Partition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This instance's workers on a stored re-reconciliation run (V7): each worker claims the next
 * partition of the run that nobody holds, reconciles its incidents again and marks it done, all in
 * one transaction, until none is left. Workers of other instances, or of the next start after a
 * crash, share the run the same way, so each incident is reconciled once per run. A partition whose
 * transaction fails is split into one partition per incident, claimed like the others, so that one
 * bad incident fails alone; a one-incident partition that fails is marked failed. Progress comes
 * from the partitions, the same on every instance.
 */
public final class Rereconciliation {

  /**
   * Incidents in one partition, handled in one transaction: large enough that reads and writes go
   * in few round trips.
   */
  public static final int BATCH = 250;

  /** The transactional steps of a run; each call is its own transaction. */
  public interface Steps {

    /**
     * Claims the first partition of {@code run} that is not done and that no other transaction
     * holds, tells {@code claimed} which it is, reconciles its incidents again under {@code rules}
     * (storing a new resolution only where the outcome changed) and marks it done, in one
     * transaction.
     *
     * @return the partition done, empty when none is left to claim or the run was superseded
     * @throws RuntimeException when the transaction fails: nothing of it was stored, and the
     *     partition is free again
     */
    Optional<Done> reconcileNextPartition(
        long run, ActiveRuleSet rules, String actor, String worker, Consumer<Partition> claimed);

    /** After a partition's transaction failed: one partition per incident instead of it. */
    void splitPartition(long run, long firstIncidentId);

    /** After a one-incident partition's transaction failed: done, its incident failed. */
    void failPartition(long run, long firstIncidentId, String worker);

    /** Records the run finished when every partition is done; true when it is finished. */
    boolean finishIfDone(long run);

    /** The run's progress as stored now. */
    Progress progress(long run);
  }

  /**
   * What one batch of incidents did: how many got a new resolution, and which could not be
   * reconciled.
   */
  public record Batch(int changed, Map<Long, RuntimeException> failures) {}

  /** A partition done: its incidents reconciled, with what they gave. */
  public record Done(Partition partition, int incidents, Batch batch) {}

  private static final Logger LOG = Logger.getLogger(Rereconciliation.class.getName());

  private final Steps steps;
  private final long run;
  private final ActiveRuleSet rules;
  private final String actor;
  private final String instance;
  private final AtomicBoolean cancelled = new AtomicBoolean();
  private final AtomicBoolean working = new AtomicBoolean(true);

  /**
   * Workers of {@code instance} on the stored run {@code run} of {@code rules}, activated by {@code
   * actor} (whose name its audit events carry).
   */
  public Rereconciliation(
      Steps steps, long run, ActiveRuleSet rules, String actor, String instance) {
    this.steps = steps;
    this.run = run;
    this.rules = rules;
    this.actor = actor;
    this.instance = instance;
  }

  /** The stored run's id. */
  public long runId() {
    return run;
  }

  public ActiveRuleSet rules() {
    return rules;
  }

  /** True until this instance's workers stopped (the run done, superseded or cancelled). */
  public boolean working() {
    return working.get();
  }

  /** The run's progress, over every instance's work (a database read). */
  public Progress progress() {
    return steps.progress(run);
  }

  /** Stops this instance's workers after the partition in hand; the rest stays for others. */
  public void cancel() {
    cancelled.set(true);
  }

  /** Works on the run in the calling thread until nothing is left to claim. */
  public Progress run() {
    return runWith(1, Runnable::run);
  }

  /**
   * Works on the run with {@code workers} threads: the calling one and {@code workers - 1} tasks
   * given to {@code executor} (while one worker runs the rules, another waits on the database).
   * Returns when every worker has stopped, with the run's progress then.
   */
  public Progress runWith(int workers, Executor executor) {
    try {
      List<CompletableFuture<Void>> others = new ArrayList<>();
      for (int w = 1; w < workers; w++) {
        others.add(CompletableFuture.runAsync(this::work, executor));
      }
      work();
      others.forEach(CompletableFuture::join);
      boolean finished = steps.finishIfDone(run);
      Progress p = steps.progress(run);
      LOG.info(
          () ->
              "reconciler: re-reconciliation run "
                  + run
                  + " under rules "
                  + rules.ruleSet().id()
                  + (finished ? " finished: " : " left by this instance: ")
                  + p);
      return p;
    } finally {
      working.set(false);
    }
  }

  /** One worker: partitions until none is left to claim. */
  private void work() {
    while (!cancelled.get()) {
      AtomicReference<Partition> claimed = new AtomicReference<>();
      try {
        Optional<Done> done =
            steps.reconcileNextPartition(run, rules, actor, instance, claimed::set);
        if (done.isEmpty()) {
          // Nothing left to claim; the worker that commits the last partition sees it finished.
          steps.finishIfDone(run);
          return;
        }
        done.get().batch().failures().forEach(this::logFailure);
      } catch (RuntimeException e) {
        if (!failed(claimed.get(), e)) {
          return;
        }
      }
    }
  }

  /** After a partition's transaction failed; false when this worker should stop. */
  private boolean failed(Partition p, RuntimeException e) {
    if (p == null) {
      LOG.log(
          Level.WARNING,
          "reconciler: a worker of re-reconciliation run "
              + run
              + " stopped, its partitions are left to other workers and the next start: "
              + e,
          e);
      return false;
    }
    try {
      if (p.single()) {
        logFailure(p.firstIncidentId(), e);
        steps.failPartition(run, p.firstIncidentId(), instance);
      } else {
        LOG.log(
            Level.WARNING,
            "reconciler: the partition of incidents "
                + p.firstIncidentId()
                + " to "
                + p.lastIncidentId()
                + " failed under rules "
                + rules.ruleSet().id()
                + "; trying each alone: "
                + e);
        steps.splitPartition(run, p.firstIncidentId());
      }
      return true;
    } catch (RuntimeException again) {
      LOG.log(
          Level.WARNING,
          "reconciler: a worker of re-reconciliation run "
              + run
              + " stopped, its partitions are left to other workers and the next start: "
              + again,
          again);
      return false;
    }
  }

  private void logFailure(long id, RuntimeException e) {
    LOG.log(
        Level.WARNING,
        "reconciler: incident "
            + id
            + " could not be reconciled under rules "
            + rules.ruleSet().id()
            + ": "
            + e,
        e);
  }
}
