package dev.reconciler.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

  /** Stands for Hibernate's exception of that name, which the WAR has and the tests need not. */
  static class JDBCConnectionException extends RuntimeException {
    JDBCConnectionException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  @Test
  void aConnectionFailureAnywhereInTheCausesIsAnOutage() {
    SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
    assertThat(DatabaseOutage.causedBy(new IllegalStateException("wrapped", refused))).isTrue();
    assertThat(DatabaseOutage.causedBy(new SQLException("terminating connection", "57P01")))
        .isTrue();
    assertThat(DatabaseOutage.causedBy(new SQLTransientConnectionException("pool empty"))).isTrue();
    assertThat(
            DatabaseOutage.causedBy(
                new RuntimeException(
                    new JDBCConnectionException(
                        "Unable to acquire JDBC Connection",
                        new SQLException("XAResource.start")))))
        .isTrue();
  }

  @Test
  void otherFailuresAreNot() {
    assertThat(DatabaseOutage.causedBy(new SQLException("duplicate key", "23505"))).isFalse();
    assertThat(DatabaseOutage.causedBy(new SQLException("no state"))).isFalse();
    assertThat(DatabaseOutage.causedBy(new IllegalArgumentException("bad"))).isFalse();
    RuntimeException loop = new RuntimeException("self");
    RuntimeException other = new RuntimeException("other", loop);
    loop.initCause(other);
    assertThat(DatabaseOutage.causedBy(loop)).isFalse();
  }
}
