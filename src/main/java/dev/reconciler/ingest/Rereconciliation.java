package dev.reconciler.ingest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reconciler.audit.AuditKind;
import dev.reconciler.store.AuditTrail;
import dev.reconciler.store.IncidentRecord;
import dev.reconciler.store.IncidentRepository;
import java.time.Clock;
import java.util.List;
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

  private static final Logger LOG = Logger.getLogger(Rereconciliation.class.getName());

  private final Transactions transactions;
  private final ActiveRuleSet rules;
  private final String actor;
  private final Clock clock;
  private final AtomicInteger total = new AtomicInteger();
  private final AtomicInteger done = new AtomicInteger();
  private final AtomicInteger changed = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean cancelled = new AtomicBoolean();

  public Rereconciliation(Transactions transactions, ActiveRuleSet rules, String actor, Clock clock) {
    this.transactions = transactions;
    this.rules = rules;
    this.actor = actor;
    this.clock = clock;
    // Running from creation, so that progress read before the first incident is not taken as done.
    this.running.set(true);
  }

  public ActiveRuleSet rules() {
    return rules;
  }

  public Progress progress() {
    return new Progress(rules.ruleSet().hash(), total.get(), done.get(), changed.get(), failed.get(), running.get());
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
   * shared list. Worth it because an incident's transaction mostly waits on the database; the
   * audit chain's lock still orders the appends. Returns when every worker has finished.
   */
  public Progress runWith(int workers, java.util.concurrent.Executor executor) {
    try {
      List<Long> ids =
          transactions.inTransaction(em -> new IncidentRepository(em).all().stream().map(IncidentRecord::id).toList());
      total.set(ids.size());
      AtomicInteger next = new AtomicInteger();
      Runnable worker =
          () -> {
            for (int i = next.getAndIncrement(); i < ids.size() && !cancelled.get(); i = next.getAndIncrement()) {
              rereconcileLogged(ids.get(i));
            }
          };
      List<java.util.concurrent.CompletableFuture<Void>> others = new java.util.ArrayList<>();
      for (int w = 1; w < workers; w++) {
        others.add(java.util.concurrent.CompletableFuture.runAsync(worker, executor));
      }
      worker.run();
      others.forEach(java.util.concurrent.CompletableFuture::join);
      LOG.info(() -> "reconciler: re-reconciliation under rules " + rules.ruleSet().id() + ": " + progress());
    } finally {
      running.set(false);
    }
    return progress();
  }

  private void rereconcileLogged(long id) {
    try {
      if (transactions.inTransaction(em -> rereconcile(em, id))) {
        changed.incrementAndGet();
      }
    } catch (RuntimeException e) {
      failed.incrementAndGet();
      LOG.log(
          Level.WARNING,
          "reconciler: incident " + id + " could not be reconciled under rules " + rules.ruleSet().id() + ": " + e,
          e);
    }
    done.incrementAndGet();
  }

  private boolean rereconcile(jakarta.persistence.EntityManager em, long incidentId) {
    if (new IncidentRepository(em).findForUpdate(incidentId).isEmpty()) {
      return false;
    }
    IncidentReconciliation reconciliation = new IncidentReconciliation(em, clock);
    IncidentReconciliation.Evaluation evaluation = reconciliation.evaluate(incidentId, rules.ruleSet());
    if (!evaluation.differsFromPrevious()) {
      return false;
    }
    PendingAudit audit = new PendingAudit(clock, actor);
    var stored = reconciliation.store(evaluation, rules, audit);
    ObjectNode detail = PendingAudit.detail();
    detail.put("resolution", stored.id());
    evaluation.previous().ifPresent(p -> detail.put("previousResolution", p.id()));
    detail.set("ruleset", IncidentReconciliation.ruleSetJson(rules));
    ArrayNode changes = detail.putArray("changes");
    evaluation.changes().forEach(c -> changes.add(c.toJson()));
    audit.record(AuditKind.RERECONCILED_AFTER_RULE_CHANGE, incidentId, null, detail);
    audit.appendTo(new AuditTrail(em));
    return true;
  }
}
