package dev.reconciler.ingest;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.function.Function;

/** Resource-local transactions for tests, as JTA gives them inside the server: commit or roll back. */
public final class LocalTransactions implements Transactions {

  private final EntityManagerFactory emf;

  public LocalTransactions(EntityManagerFactory emf) {
    this.emf = emf;
  }

  @Override
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
}
