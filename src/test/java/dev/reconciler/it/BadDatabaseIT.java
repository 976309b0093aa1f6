package dev.reconciler.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reconciler.config.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A database that cannot be used stops {@code serve} with one line naming the URL and cause. */
class BadDatabaseIT {

  @Test
  void unreachableDatabaseGivesOneLineAndAFailingExit() throws Exception {
    String url = "jdbc:postgresql://127.0.0.1:" + RunningService.freePort() + "/nothing";
    try (CliProcess serve =
        CliProcess.start(
            Map.of(Settings.DB_URL, url), "serve", "--port", "" + RunningService.freePort())) {
      assertThat(serve.awaitExit(60)).isEqualTo(1);
      List<String> errors = serve.stderr().stream().filter(l -> !l.isBlank()).toList();
      assertThat(errors).hasSize(1);
      assertThat(errors.get(0)).contains(url).containsIgnoringCase("refused");
    }
  }

  @Test
  void malformedUrlGivesOneLineAndAFailingExit() throws Exception {
    String url = "mysql://localhost/reconciler";
    try (CliProcess serve =
        CliProcess.start(
            Map.of(Settings.DB_URL, url), "serve", "--port", "" + RunningService.freePort())) {
      assertThat(serve.awaitExit(60)).isEqualTo(1);
      List<String> errors = serve.stderr().stream().filter(l -> !l.isBlank()).toList();
      assertThat(errors).hasSize(1);
      assertThat(errors.get(0)).contains(url).contains("not a PostgreSQL JDBC URL");
    }
  }
}
