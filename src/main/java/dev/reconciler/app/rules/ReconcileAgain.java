package dev.reconciler.app.rules;

import dev.reconciler.app.reconciling.ActiveRuleSet;
import dev.reconciler.app.reconciling.PendingAudit;
import dev.reconciler.app.reconciling.RecordReconciliation;
import dev.reconciler.store.IncidentRecord;
import dev.reconciler.store.IncidentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * One step of a re-reconciliation after a rule change, each call one transaction: the incidents
 * that exist now, and one incident reconciled again under its row lock, recorded only where the
 * outcome differs from its current resolution.
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
    if (new IncidentRepository(em).findForUpdate(incidentId).isEmpty()) {
      return false;
    }
    RecordReconciliation reconciliation = new RecordReconciliation(em, clock);
    RecordReconciliation.Evaluation evaluation =
        reconciliation.evaluate(incidentId, rules.ruleSet());
    if (!evaluation.differsFromPrevious()) {
      return false;
    }
    reconciliation.record(evaluation, rules, new PendingAudit(clock, actor), true);
    return true;
  }
}
