package dev.reconciler.app;

import dev.reconciler.ingest.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.function.Function;

/**
 * Transactions inside the server: JTA, joining the caller's transaction when there is one, rolled
 * back when the work throws.
 */
@ApplicationScoped
public class JtaTransactions implements Transactions {

  @PersistenceContext(unitName = "reconciler")
  EntityManager em;

  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public <T> T inTransaction(Function<EntityManager, T> work) {
    return work.apply(em);
  }
}
