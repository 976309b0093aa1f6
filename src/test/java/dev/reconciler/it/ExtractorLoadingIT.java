package dev.reconciler.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reconciler.config.Settings;
import dev.reconciler.extract.Extractor;
import dev.reconciler.json.ClaimJson;
import dev.reconciler.json.Json;
import dev.reconciler.launch.ExtractorOutcome;
import dev.reconciler.launch.ReconcilerService;
import dev.reconciler.report.ReportReader;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The service before its extractor is there, over HTTP on the real server: while the CoreNLP models
 * load, reads and client claims work and a report gets 503 with Retry-After, storing nothing; once
 * loaded, the report is read, exactly as the same extractor reads it outside the server (CoreNLP
 * finds its models through Payara's class loaders). Without the models jar, readiness says why in
 * one line and reports get 503 with that reason, never a 500.
 *
 * <p>The window before the models are ready is made to last with {@code
 * RECONCILER_EXTRACTOR_DELAY_MS}: the load starts that long after deployment.
 */
class ExtractorLoadingIT {

  /** Far longer than the time between deployment and the first request here, however slow. */
  private static final String DELAY_MS = "30000";

  @Test
  void aReportPostedWhileTheModelsLoadGets503WithRetryAfterAndIsReadOnceTheyAre() throws Exception {
    assumeFalse(TestDatabase.external(), "starts a service of its own on the embedded database");
    Path dir = Files.createTempDirectory(Path.of("target"), "it-loading-");
    try (ReconcilerService service =
        start(dir, Path.of("target"), Map.of(Settings.EXTRACTOR_DELAY_MS, DELAY_MS))) {

      api(service)
          .get("/health/ready")
          .then()
          .statusCode(503)
          .body("checks.find { it.name == 'extractor' }.status", equalTo("DOWN"))
          .body("checks.find { it.name == 'extractor' }.data.state", equalTo("loading"))
          .body("checks.find { it.name == 'database' }.status", equalTo("UP"))
          .body("checks.find { it.name == 'rules compiled' }.status", equalTo("UP"));

      Response early =
          api(service).contentType("text/plain; charset=UTF-8").body(seed(0)).post("/api/reports");
      early
          .then()
          .statusCode(503)
          .contentType("application/problem+json")
          .body("type", equalTo("urn:reconciler:problem:extractor-loading"))
          .body("status", equalTo(503))
          .body("instance", startsWith("urn:uuid:"))
          .body("detail", containsString("nothing was stored"))
          .body(not(containsString("Exception")));
      long retryAfter = Long.parseLong(early.header("Retry-After"));
      assertThat(retryAfter)
          .as("an honest estimate: the delay and a load still ahead")
          .isBetween(1L, 120L);

      // Reads work meanwhile, and the refused report left nothing behind.
      api(service).get("/api/incidents").then().statusCode(200).body("total", equalTo(0));
      // Claims extracted elsewhere need no extractor.
      long incident = newIncident(service);
      api(service)
          .contentType("application/json")
          .body(claim(incident))
          .post("/api/incidents/" + incident + "/claims")
          .then()
          .statusCode(200)
          .body("resolution.attributes.victims_killed.best", equalTo(4));

      ExtractorOutcome loaded = service.awaitExtractor(RunningService.READY_TIMEOUT);
      assertThat(loaded.kind()).as(loaded.detail()).isEqualTo(ExtractorOutcome.Kind.LOADED);
      api(service)
          .get("/health/ready")
          .then()
          .statusCode(200)
          .body("checks.find { it.name == 'extractor' }.data.state", equalTo("loaded"));

      // The same reports, read by the server and by the extractor here: the same claims.
      Extractor here = new Extractor();
      for (int i = 0; i < 5; i++) {
        String text = seed(i);
        Response posted =
            api(service).contentType("text/plain; charset=UTF-8").body(text).post("/api/reports");
        assertThat(posted.statusCode()).as(posted.asString()).isEqualTo(201);
        JsonNode served = Json.MAPPER.readTree(posted.asString()).path("claims");
        List<JsonNode> expected = new ArrayList<>();
        here.extract(ReportReader.parse(text, "text", null, null, null))
            .forEach(c -> expected.add(ClaimJson.toJson(c)));
        assertThat(served).as("claims of seed %d", i).isNotEmpty();
        assertThat(List.copyOf(toList(served))).as("claims of seed %d", i).isEqualTo(expected);
      }
    }
  }

  @Test
  void withoutTheModelsJarReadinessSaysWhyAndReportsGet503NeverA500() throws Exception {
    assumeFalse(TestDatabase.external(), "starts a service of its own on the embedded database");
    Path dir = Files.createTempDirectory(Path.of("target"), "it-no-models-");
    // A build directory as the launcher expects it, but for nlp/ with the models jar.
    Path build = Files.createDirectories(dir.resolve("build"));
    for (String file : new String[] {"payara-micro.jar", "reconciler.war"}) {
      Files.createSymbolicLink(build.resolve(file), Path.of("target", file).toAbsolutePath());
    }
    try (ReconcilerService service = start(dir, build, Map.of())) {
      ExtractorOutcome failed = service.awaitExtractor(RunningService.READY_TIMEOUT);
      assertThat(failed.kind()).isEqualTo(ExtractorOutcome.Kind.FAILED);
      assertThat(failed.detail()).contains("CoreNLP models").doesNotContain("\n");
      api(service)
          .get("/health/ready")
          .then()
          .statusCode(503)
          .body("checks.find { it.name == 'extractor' }.data.state", equalTo("failed"))
          .body("checks.find { it.name == 'extractor' }.data.error", equalTo(failed.detail()));
      Response r =
          api(service).contentType("text/plain; charset=UTF-8").body(seed(0)).post("/api/reports");
      r.then()
          .statusCode(503)
          .contentType("application/problem+json")
          .body("type", equalTo("urn:reconciler:problem:extractor-unavailable"))
          .body("detail", startsWith(failed.detail()));
      assertThat(r.header("Retry-After")).as("waiting would not help").isNull();
      api(service).get("/api/incidents").then().statusCode(200).body("total", equalTo(0));
    }
  }

  /**
   * A fresh request each time: RestAssured's specification keeps the body and headers it is given.
   */
  private static RequestSpecification api(ReconcilerService service) {
    return given().baseUri(service.baseUri().toString());
  }

  private static ReconcilerService start(Path dir, Path build, Map<String, String> extra)
      throws Exception {
    Map<String, String> env = new java.util.HashMap<>(extra);
    env.put(Settings.DATA_DIR, dir.resolve("data").toString());
    env.put(Settings.LOG_DIR, dir.resolve("logs").toString());
    env.put(Settings.PORT, Integer.toString(RunningService.freePort()));
    env.put(Settings.RULES_WATCH, "false");
    return ReconcilerService.start(
        Settings.from(env),
        build,
        RunningService.READY_TIMEOUT,
        line -> System.out.println("[loading] " + line));
  }

  /** An incident without reports, as a client that extracts elsewhere would add claims to. */
  private static long newIncident(ReconcilerService service) throws Exception {
    try (Connection c =
            DriverManager.getConnection(
                service.database().url(),
                service.database().user(),
                service.database().password());
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "insert into incident (title, place, incident_date) values ('claims only',"
                        + " 'Karachi', date '2023-02-17') returning id")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String claim(long incident) {
    return "{\"claims\":[{\"id\":\"loading-it-"
        + incident
        + "\",\"report\":\"loading-it-report\",\"attribute\":\"victims_killed\",\"value\":4,\"role\":\"official\",\"speaker\":\"a"
        + " spokesman\"}]}";
  }

  private static List<JsonNode> toList(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }

  private static String seed(int i) throws Exception {
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      return Files.readString(
          files.filter(f -> f.toString().endsWith(".txt")).sorted().toList().get(i));
    }
  }
}
