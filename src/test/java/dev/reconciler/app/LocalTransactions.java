package dev.reconciler.app;

import dev.reconciler.app.reconciling.ActiveRuleSet;
import dev.reconciler.app.rules.Progress;
import dev.reconciler.app.rules.ReconcileAgain;
import dev.reconciler.app.rules.Rereconciliation;
import dev.reconciler.store.RereconciliationRuns;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
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
  public Rereconciliation.Steps reconcileAgain(Clock clock) {
    return new Rereconciliation.Steps() {
      @Override
      public Optional<Rereconciliation.Done> reconcileNextPartition(
          long run,
          ActiveRuleSet rules,
          String actor,
          String worker,
          Consumer<RereconciliationRuns.Partition> claimed) {
        return inTransaction(
            em ->
                new ReconcileAgain(em, clock)
                    .reconcileNextPartition(run, rules, actor, worker, claimed));
      }

      @Override
      public void splitPartition(long run, long firstIncidentId) {
        inTransaction(
            em -> {
              new ReconcileAgain(em, clock).splitPartition(run, firstIncidentId);
              return null;
            });
      }

      @Override
      public void failPartition(long run, long firstIncidentId, String worker) {
        inTransaction(
            em -> {
              new ReconcileAgain(em, clock).failPartition(run, firstIncidentId, worker);
              return null;
            });
      }

      @Override
      public boolean finishIfDone(long run) {
        return inTransaction(em -> new ReconcileAgain(em, clock).finishIfDone(run));
      }

      @Override
      public Progress progress(long run) {
        return inTransaction(em -> new ReconcileAgain(em, clock).progress(run));
      }
    };
  }

  /** The newest unfinished re-reconciliation run (an activation stores one). */
  public RereconciliationRuns.Run unfinishedRun() {
    return inTransaction(em -> new RereconciliationRuns(em).unfinished()).orElseThrow();
  }
}
