package dev.reconciler.launch;

import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Connects to a database once, with bounded timeouts, so that a wrong URL, a refused connection or
 * bad credentials are reported in one line within seconds instead of as a failed deployment.
 */
public final class DatabaseCheck {

  /** Connect and login timeouts together stay well under the 15 s a user should wait. */
  static final int TIMEOUT_SECONDS = 5;

  private DatabaseCheck() {}

  /** A data source for {@code target} with bounded connect, login and socket timeouts. */
  public static PGSimpleDataSource dataSource(DatabaseTarget target) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    try {
      ds.setURL(target.url());
    } catch (IllegalArgumentException e) {
      throw new DatabaseUnavailableException(target.url(), "not a PostgreSQL JDBC URL");
    }
    if (!target.user().isEmpty()) {
      ds.setUser(target.user());
    }
    if (!target.password().isEmpty()) {
      ds.setPassword(target.password());
    }
    ds.setConnectTimeout(TIMEOUT_SECONDS);
    ds.setLoginTimeout(TIMEOUT_SECONDS);
    return ds;
  }

  /** Throws {@link DatabaseUnavailableException} unless a connection can be opened and used. */
  public static void verify(DatabaseTarget target) {
    if (!target.url().startsWith("jdbc:postgresql:")) {
      throw new DatabaseUnavailableException(
          target.url(), "not a PostgreSQL JDBC URL (expected jdbc:postgresql://HOST:PORT/DB)");
    }
    PGSimpleDataSource ds = dataSource(target);
    try (Connection c = ds.getConnection()) {
      c.createStatement().execute("select 1");
    } catch (SQLException e) {
      throw new DatabaseUnavailableException(target.url(), firstLine(e));
    }
  }

  private static String firstLine(SQLException e) {
    Throwable t = e;
    String message = e.getMessage();
    while (message == null && t.getCause() != null) {
      t = t.getCause();
      message = t.getMessage();
    }
    if (message == null) {
      return e.getClass().getSimpleName();
    }
    int nl = message.indexOf('\n');
    return (nl < 0 ? message : message.substring(0, nl)).strip();
  }
}
