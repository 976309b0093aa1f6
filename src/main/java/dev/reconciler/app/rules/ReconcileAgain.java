package dev.reconciler.app.rules;

import dev.reconciler.app.reconciling.ActiveRuleSet;
import dev.reconciler.app.reconciling.PendingAudit;
import dev.reconciler.app.reconciling.RecordReconciliation;
import dev.reconciler.store.ClaimRecord;
import dev.reconciler.store.ClaimRepository;
import dev.reconciler.store.IncidentRecord;
import dev.reconciler.store.IncidentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The steps of a re-reconciliation after a rule change, each call one transaction: the incidents
 * that exist now, and a batch of incidents (or one) reconciled again under their row locks,
 * recorded only where the outcome differs from the current resolution.
 */
@ApplicationScoped
@Transactional
public class ReconcileAgain implements Rereconciliation.PerIncident {

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

  @Override
  public List<Long> incidentIds() {
    return new IncidentRepository(em).all().stream().map(IncidentRecord::id).toList();
  }

  @Override
  public boolean reconcileAgain(long incidentId, ActiveRuleSet rules, String actor) {
    Rereconciliation.Batch one = reconcileAgain(List.of(incidentId), rules, actor);
    if (!one.failures().isEmpty()) {
      throw one.failures().get(incidentId);
    }
    return one.changed() == 1;
  }

  /**
   * Locks the batch's incident rows (in id order), reads all their claims, report dates and current
   * resolutions in a few queries, runs the rules over each, and records the changed ones together:
   * their resolutions and attribute rows in batched inserts, their audit events under one lock of
   * the chain.
   */
  @Override
  public Rereconciliation.Batch reconcileAgain(
      List<Long> incidentIds, ActiveRuleSet rules, String actor) {
    List<Long> existing = new IncidentRepository(em).lockAll(incidentIds);
    Map<Long, List<ClaimRecord>> claims = new ClaimRepository(em).recordsOf(existing);
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
