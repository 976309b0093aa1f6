package dev.reconciler.app;

import dev.reconciler.app.reconciling.ActiveRuleSet;
import dev.reconciler.app.rules.ReconcileAgain;
import dev.reconciler.app.rules.Rereconciliation;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;

/**
 * Resource-local transactions for tests, as JTA gives them inside the server: commit or roll back.
 */
public final class LocalTransactions {

  private final EntityManagerFactory emf;

  public LocalTransactions(EntityManagerFactory emf) {
    this.emf = emf;
  }

  public <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  /** The steps of a re-reconciliation, each in its own transaction as the container gives them. */
  public Rereconciliation.PerIncident reconcileAgain(Clock clock) {
    return new Rereconciliation.PerIncident() {
      @Override
      public List<Long> incidentIds() {
        return inTransaction(em -> new ReconcileAgain(em, clock).incidentIds());
      }

      @Override
      public Rereconciliation.Batch reconcileAgain(
          List<Long> incidentIds, ActiveRuleSet rules, String actor) {
        return inTransaction(
            em -> new ReconcileAgain(em, clock).reconcileAgain(incidentIds, rules, actor));
      }

      @Override
      public boolean reconcileAgain(long incidentId, ActiveRuleSet rules, String actor) {
        return inTransaction(
            em -> new ReconcileAgain(em, clock).reconcileAgain(incidentId, rules, actor));
      }
    };
  }
}
