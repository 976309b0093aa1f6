package dev.reconciler.app.rules;

import dev.reconciler.app.reconciling.ActiveRuleSet;
import dev.reconciler.store.RereconciliationRuns.Partition;
import java.time.Duration;
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
 * from the partitions, the same on every instance. A worker that finds nothing free while
 * partitions are still held by others waits for them to be done, so that the partition of an
 * instance that dies is taken up by the instances still alive.
 */
public final class Rereconciliation {

  /**
   * Incidents in one partition, handled in one transaction: large enough that reads and writes go
   * in few round trips.
   */
  public static final int BATCH = 250;

  /**
   * How often a worker that found every partition left held by others asks again: how soon a
   * partition of a worker that died (its transaction rolled back) is taken up.
   */
  static final Duration HELD_RECHECK = Duration.ofMillis(500);

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

  /**
   * Works on the run in the calling thread until it is finished or superseded, or this instance's
   * workers are cancelled.
   */
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

  /** One worker: partitions until the run is finished or superseded, or the worker cancelled. */
  private void work() {
    while (!cancelled.get()) {
      AtomicReference<Partition> claimed = new AtomicReference<>();
      try {
        Optional<Done> done =
            steps.reconcileNextPartition(run, rules, actor, instance, claimed::set);
        if (done.isEmpty()) {
          // Nothing free to claim. Unless the run is finished or superseded, the rest is in other
          // workers' hands, here or on another instance; one that dies leaves its partition to
          // whoever asks next, so this worker asks again rather than leave it to a restart.
          if (steps.finishIfDone(run) || !steps.progress(run).running() || !pause()) {
            return;
          }
          continue;
        }
        done.get().batch().failures().forEach(this::logFailure);
      } catch (RuntimeException e) {
        if (!failed(claimed.get(), e)) {
          return;
        }
      }
    }
  }

  /** Waits {@link #HELD_RECHECK} before asking again; false when cancelled meanwhile. */
  private boolean pause() {
    try {
      Thread.sleep(HELD_RECHECK.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    return !cancelled.get();
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
