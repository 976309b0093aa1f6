package dev.reconciler.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.reconciler.config.Settings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code reconciler serve} on the embedded database, as a user runs it: it starts, a stop shuts
 * down Payara and PostgreSQL cleanly, and what was written is still there after the next start.
 */
class ServeLifecycleIT {

  private static final Pattern DB_URL = Pattern.compile("embedded PostgreSQL at (\\S+)");

  @Test
  void dataSurvivesAStopAndAStart() throws Exception {
    assumeFalse(TestDatabase.external(), "about the embedded database only");
    Path dir = Files.createTempDirectory(Path.of("target"), "it-serve-");
    Path data = dir.resolve("data");
    int port = RunningService.freePort();
    Map<String, String> env = Map.of(Settings.LOG_DIR, dir.resolve("logs").toString());

    String url;
    try (CliProcess serve =
        CliProcess.start(
            env,
            "serve",
            "--ready-timeout",
            RunningService.READY_TIMEOUT_SECONDS,
            "--no-seed",
            "--port",
            "" + port,
            "--data",
            data.toString())) {
      url =
          embeddedUrl(serve.awaitLine("embedded PostgreSQL at", RunningService.READY_LINE_SECONDS));
      serve.awaitLine("ready in", RunningService.READY_LINE_SECONDS);
      try (Connection c = DriverManager.getConnection(url, "postgres", "");
          PreparedStatement insert =
              c.prepareStatement("insert into report (id, content_hash, text) values (?, ?, ?)")) {
        insert.setString(1, "r1");
        insert.setString(2, "h1");
        insert.setString(3, "written before the restart");
        insert.executeUpdate();
      }
      serve.terminate();
      serve.awaitExit(90);
    }
    assertThat(data.resolve("postgres").resolve("postmaster.pid"))
        .as("PostgreSQL shut down cleanly")
        .doesNotExist();
    assertThat(
            ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains(data.toString())))
        .as("no process left running on the data directory")
        .isEmpty();

    try (CliProcess serve =
        CliProcess.start(
            env,
            "serve",
            "--ready-timeout",
            RunningService.READY_TIMEOUT_SECONDS,
            "--no-seed",
            "--port",
            "" + port,
            "--data",
            data.toString())) {
      url =
          embeddedUrl(serve.awaitLine("embedded PostgreSQL at", RunningService.READY_LINE_SECONDS));
      serve.awaitLine("ready in", RunningService.READY_LINE_SECONDS);
      // /health is UP once the extractor's models are loaded too.
      serve.awaitLine("extractor ready", RunningService.READY_LINE_SECONDS);
      try (Connection c = DriverManager.getConnection(url, "postgres", "");
          ResultSet rs =
              c.createStatement().executeQuery("select text from report where id = 'r1'")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("written before the restart");
      }
      HttpResponse<String> health =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).contains("\"status\":\"UP\"");
      serve.terminate();
      serve.awaitExit(90);
    }
  }

  private static String embeddedUrl(String line) {
    Matcher m = DB_URL.matcher(line);
    assertThat(m.find()).as("a database URL in: " + line).isTrue();
    return m.group(1);
  }
}
