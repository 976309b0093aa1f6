package dev.reconciler.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.reconciler.config.Settings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code reconciler serve} as a new user meets it: production mode refuses to start without editor
 * accounts; development mode prints a generated editor password, posts the seeds on the first
 * start, and with {@code RECONCILER_API_KEY} set the API wants the key while the editors' endpoints
 * want the password.
 */
class FirstStartIT {

  private static final Pattern PASSWORD =
      Pattern.compile("editor account 'editor', password (\\S+)");
  // Plain HTTP/1.1: the JDK client's default h2c upgrade ends in "EOF reached while reading" with
  // Payara.
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  void productionWithoutAccountsRefusesToStartInOneLine() throws Exception {
    Path dir = Files.createTempDirectory(Path.of("target"), "it-prod-");
    Map<String, String> env =
        Map.of(Settings.MODE, "production", Settings.LOG_DIR, dir.resolve("logs").toString());
    try (CliProcess serve =
        CliProcess.start(
            env,
            "serve",
            "--ready-timeout",
            RunningService.READY_TIMEOUT_SECONDS,
            "--port",
            "" + RunningService.freePort(),
            "--data",
            dir.resolve("data").toString())) {
      assertThat(serve.awaitExit(60)).isEqualTo(1);
      assertThat(serve.stderr()).hasSize(1);
      assertThat(serve.stderr().get(0)).contains("production", "RECONCILER_USERS", "hash-password");
      assertThat(serve.stdoutSoFar()).noneMatch(l -> l.contains("Payara"));
    }
  }

  @Test
  void aFirstStartInDevelopmentPrintsTheEditorPasswordSeedsAndHonoursTheApiKey() throws Exception {
    assumeFalse(TestDatabase.external(), "about the embedded database's first start");
    Path dir = Files.createTempDirectory(Path.of("target"), "it-first-");
    int port = RunningService.freePort();
    String key = "it-key-" + System.nanoTime();
    Map<String, String> env =
        Map.of(Settings.LOG_DIR, dir.resolve("logs").toString(), Settings.API_KEY, key);
    try (CliProcess serve =
        CliProcess.start(
            env,
            "serve",
            "--ready-timeout",
            RunningService.READY_TIMEOUT_SECONDS,
            "--port",
            "" + port,
            "--data",
            dir.resolve("data").toString())) {
      Matcher m =
          PASSWORD.matcher(serve.awaitLine("editor account", RunningService.READY_LINE_SECONDS));
      assertThat(m.find()).isTrue();
      String password = m.group(1);
      serve.awaitLine("ready in", RunningService.READY_LINE_SECONDS);
      // Payara builds the API description on the first request to /openapi, and every request to
      // it waits for the build (20 s and more on a loaded machine: MalformedRequestBatchIT's HEAD
      // /openapi answers that never came); the launcher has it built before it says ready.
      assertThat(
              Files.readString(
                  dir.resolve("logs").resolve("server.log"), StandardCharsets.ISO_8859_1))
          .as("the API description built before 'ready', by Payara's OpenAPISupplier")
          .contains("fish.payara.microprofile.openapi.impl.OpenAPISupplier");
      String seeding = serve.awaitLine("first start:", RunningService.READY_LINE_SECONDS);
      String base = "http://localhost:" + port;

      assertThat(get(base + "/api/incidents", null).statusCode()).isEqualTo(401);
      HttpResponse<String> wrong = get(base + "/api/incidents", "not-the-key");
      assertThat(wrong.statusCode()).isEqualTo(401);
      assertThat(wrong.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      assertThat(wrong.body())
          .contains("urn:reconciler:problem:api-key-required")
          .doesNotContain(key);
      HttpResponse<String> list = get(base + "/api/incidents", key);
      assertThat(list.statusCode()).isEqualTo(200);
      assertThat(seeding).contains("posted the 5 reports");
      assertThat(list.body()).as("the seeds make an incident").doesNotContain("\"total\":0");
      assertThat(get(base + "/health", null).statusCode()).as("health stays open").isEqualTo(200);
      assertThat(get(base + "/openapi", null).statusCode())
          .as("the description stays open")
          .isEqualTo(200);

      HttpResponse<String> validate =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/rulesets/validate"))
                  .header("Content-Type", "application/json")
                  .header(
                      "Authorization",
                      "Basic "
                          + Base64.getEncoder()
                              .encodeToString(
                                  ("editor:" + password).getBytes(StandardCharsets.UTF_8)))
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(validate.statusCode())
          .as("the printed password works; editors need no key: %s", validate.body())
          .isEqualTo(200);
      assertThat(Files.readString(dir.resolve("data").resolve("dev-editor")))
          .doesNotContain(password);

      serve.terminate();
      serve.awaitExit(90);
    }
  }

  private HttpResponse<String> get(String url, String key) throws Exception {
    HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url));
    if (key != null) {
      r.header("X-API-Key", key);
    }
    return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
  }
}
