package dev.reconciler.ingest;

import jakarta.persistence.EntityManager;
import java.util.function.Function;

/**
 * Runs work in one database transaction: committed when the work returns, rolled back when it
 * throws. JTA inside the server, a resource-local transaction in tests.
 */
@FunctionalInterface
public interface Transactions {

  <T> T inTransaction(Function<EntityManager, T> work);
}
