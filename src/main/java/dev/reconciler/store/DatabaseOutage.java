package dev.reconciler.store;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Tells a failure because the database cannot be reached (down, restarting, refusing connections)
 * from any other failure, by the exception's causes: so that the API can answer 503 with
 * Retry-After rather than 500 for what waiting will cure.
 */
public final class DatabaseOutage {

  /** How long a client should wait before trying again: the pool reconnects on the next try. */
  public static final int RETRY_AFTER_SECONDS = 5;

  /**
   * The exceptions, by simple class name, with which Hibernate and Payara's pool report that no
   * connection could be had; their own causes vary (refused, reset, "XAResource.start").
   */
  private static final Set<String> CONNECTION_FAILURES =
      Set.of("JDBCConnectionException", "PoolingException", "ResourceAllocationException");

  private DatabaseOutage() {}

  /** Whether {@code error} or one of its causes says the database cannot be reached. */
  public static boolean causedBy(Throwable error) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    for (Throwable t = error; t != null && seen.put(t, true) == null; t = t.getCause()) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || CONNECTION_FAILURES.contains(t.getClass().getSimpleName())) {
        return true;
      }
      if (t instanceof SQLException sql && connectionState(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /**
   * SQLSTATE class 08 (connection exception) and PostgreSQL's 57P01-03 (administrator or crash
   * shutdown, cannot connect now: a server stopping or starting).
   */
  static boolean connectionState(String state) {
    return state != null
        && (state.startsWith("08")
            || state.equals("57P01")
            || state.equals("57P02")
            || state.equals("57P03"));
  }
}
