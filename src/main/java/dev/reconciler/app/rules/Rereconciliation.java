package dev.reconciler.app.rules;

import dev.reconciler.app.reconciling.ActiveRuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reconciles every incident again after a rule change, one transaction per incident, storing a new
 * resolution only where the outcome differs from the current one. One incident failing is logged
 * and counted and the others go on. Runs in the calling thread; progress is readable from any.
 */
public final class Rereconciliation {

  /** The transactional steps of a run; each call is its own transaction. */
  public interface PerIncident {

    /** The incidents that exist now. */
    List<Long> incidentIds();

    /** Reconciles one incident again under {@code rules}; true when a new resolution was stored. */
    boolean reconcileAgain(long incidentId, ActiveRuleSet rules, String actor);
  }

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
        running.get());
  }

  /** Stops after the incident in hand; a newer activation supersedes this run. */
  public void cancel() {
    cancelled.set(true);
  }

  /** Goes through every incident that exists now, in the calling thread. */
  public Progress run() {
    return runWith(1, Runnable::run);
  }

  /**
   * Goes through every incident that exists now with {@code workers} threads: the calling one and
   * {@code workers - 1} tasks given to {@code executor}, each taking the next incident from one
   * shared list. Worth it because an incident's transaction mostly waits on the database; the audit
   * chain's lock still orders the appends. Returns when every worker has finished.
   */
  public Progress runWith(int workers, Executor executor) {
    try {
      List<Long> ids = steps.incidentIds();
      total.set(ids.size());
      AtomicInteger next = new AtomicInteger();
      Runnable worker =
          () -> {
            for (int i = next.getAndIncrement();
                i < ids.size() && !cancelled.get();
                i = next.getAndIncrement()) {
              rereconcileLogged(ids.get(i));
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
      running.set(false);
    }
    return progress();
  }

  private void rereconcileLogged(long id) {
    try {
      if (steps.reconcileAgain(id, rules, actor)) {
        changed.incrementAndGet();
      }
    } catch (RuntimeException e) {
      failed.incrementAndGet();
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
    done.incrementAndGet();
  }
}
