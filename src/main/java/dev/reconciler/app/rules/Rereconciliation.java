package dev.reconciler.app.rules;

import dev.reconciler.app.reconciling.ActiveRuleSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reconciles every incident again after a rule change, a batch of incidents per transaction,
 * storing a new resolution only where the outcome differs from the current one (an unchanged
 * incident writes nothing). One incident failing is logged and counted and the others go on.
 * Progress (done, total, changed, failed, rate, time left) is readable from any thread.
 */
public final class Rereconciliation {

  /**
   * Incidents handed to one transaction: large enough that reads and writes go in few round trips.
   */
  public static final int BATCH = 250;

  /** The transactional steps of a run; each call is its own transaction. */
  public interface PerIncident {

    /** The incidents that exist now. */
    List<Long> incidentIds();

    /** Reconciles one incident again under {@code rules}; true when a new resolution was stored. */
    boolean reconcileAgain(long incidentId, ActiveRuleSet rules, String actor);

    /**
     * Reconciles a batch of incidents again under {@code rules}, in one transaction, storing a new
     * resolution only where the outcome changed; incidents whose rules fail are left out.
     *
     * @throws RuntimeException when the batch's transaction fails: nothing of it was stored
     */
    Batch reconcileAgain(List<Long> incidentIds, ActiveRuleSet rules, String actor);
  }

  /**
   * What one batch did: how many incidents got a new resolution, and which could not be reconciled.
   */
  public record Batch(int changed, Map<Long, RuntimeException> failures) {}

  private static final Logger LOG = Logger.getLogger(Rereconciliation.class.getName());

  private final PerIncident steps;
  private final ActiveRuleSet rules;
  private final String actor;
  private final AtomicInteger total = new AtomicInteger();
  private final AtomicInteger done = new AtomicInteger();
  private final AtomicInteger changed = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean cancelled = new AtomicBoolean();
  private final long started = System.nanoTime();
  private volatile long finished;

  public Rereconciliation(PerIncident steps, ActiveRuleSet rules, String actor) {
    this.steps = steps;
    this.rules = rules;
    this.actor = actor;
    // Running from creation, so that progress read before the first incident is not taken as done.
    this.running.set(true);
  }

  public ActiveRuleSet rules() {
    return rules;
  }

  public Progress progress() {
    return new Progress(
        rules.ruleSet().hash(),
        total.get(),
        done.get(),
        changed.get(),
        failed.get(),
        running.get(),
        Duration.ofNanos((finished != 0 ? finished : System.nanoTime()) - started));
  }

  /** Stops after the batch in hand; a newer activation supersedes this run. */
  public void cancel() {
    cancelled.set(true);
  }

  /** Goes through every incident that exists now, in the calling thread. */
  public Progress run() {
    return runWith(1, Runnable::run);
  }

  /**
   * Goes through every incident that exists now with {@code workers} threads: the calling one and
   * {@code workers - 1} tasks given to {@code executor}, each taking the next batch of {@link
   * #BATCH} incidents from one shared list, in a transaction of its own (while one worker runs the
   * rules, another waits on the database). A batch whose transaction fails is tried again one
   * incident at a time, so that one bad incident fails alone. Returns when every worker has
   * finished.
   */
  public Progress runWith(int workers, Executor executor) {
    try {
      List<Long> ids = steps.incidentIds();
      total.set(ids.size());
      AtomicInteger next = new AtomicInteger();
      Runnable worker =
          () -> {
            for (int from = next.getAndAdd(BATCH);
                from < ids.size() && !cancelled.get();
                from = next.getAndAdd(BATCH)) {
              rereconcileBatch(ids.subList(from, Math.min(from + BATCH, ids.size())));
            }
          };
      List<CompletableFuture<Void>> others = new ArrayList<>();
      for (int w = 1; w < workers; w++) {
        others.add(CompletableFuture.runAsync(worker, executor));
      }
      worker.run();
      others.forEach(CompletableFuture::join);
      LOG.info(
          () ->
              "reconciler: re-reconciliation under rules "
                  + rules.ruleSet().id()
                  + ": "
                  + progress());
    } finally {
      finished = System.nanoTime();
      running.set(false);
    }
    return progress();
  }

  private void rereconcileBatch(List<Long> batch) {
    Batch result;
    try {
      result = steps.reconcileAgain(batch, rules, actor);
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "reconciler: a batch of "
              + batch.size()
              + " incidents failed under rules "
              + rules.ruleSet().id()
              + "; trying each alone: "
              + e);
      batch.forEach(this::rereconcileLogged);
      return;
    }
    changed.addAndGet(result.changed());
    result.failures().forEach(this::logFailure);
    failed.addAndGet(result.failures().size());
    done.addAndGet(batch.size());
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

  private void rereconcileLogged(long id) {
    try {
      if (steps.reconcileAgain(id, rules, actor)) {
        changed.incrementAndGet();
      }
    } catch (RuntimeException e) {
      failed.incrementAndGet();
      logFailure(id, e);
    }
    done.incrementAndGet();
  }
}
