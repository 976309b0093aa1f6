package dev.reconciler.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reconciler.launch.ReconcilerService;
import dev.reconciler.reconcile.RulesFixture;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API's contract over HTTP on the real server: problem documents for every error, content
 * negotiation, body limits, and who may touch the rules.
 */
@ExtendWith(RunningService.class)
class ApiIT {

  private static final String PROBLEM = "application/problem+json";
  private static ReconcilerService service;

  @BeforeAll
  static void service(ReconcilerService running) {
    service = running;
  }

  private static RequestSpecification api() {
    return given().baseUri(service.baseUri().toString());
  }

  private static RequestSpecification editor() {
    return api().auth().preemptive().basic(RunningService.EDITOR, RunningService.EDITOR_PASSWORD);
  }

  /** The shape every error shares: a problem document with type, title, status and instance. */
  private static ValidatableResponse problem(ValidatableResponse r, int status, String slug) {
    return r.statusCode(status)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:reconciler:problem:" + slug))
        .body("status", equalTo(status))
        .body("title", not(equalTo("")))
        .body("instance", startsWith("urn:uuid:"))
        .body(not(containsString("Exception")))
        .body(not(containsString("<html")));
  }

  @Test
  void anUnknownPathOutsideTheApiIsAProblemDocumentNotAServerPage() {
    problem(api().get("/no-such-page").then(), 404, "not-found")
        .body("detail", containsString("/no-such-page"));
  }

  @Test
  void theContainersOwnErrorsAreProblemDocumentsToo() {
    int status = api().delete("/health").then().extract().statusCode();
    assertThat(status).isGreaterThanOrEqualTo(400);
    api().delete("/health").then().contentType(PROBLEM).body(not(containsString("<html")));
  }

  @Test
  void anUnknownApiPathSaysWhichPath() {
    problem(api().get("/api/incidents-of-mars").then(), 404, "not-found")
        .body("detail", containsString("/api/incidents-of-mars"));
  }

  @Test
  void aWrongMethodIs405WithTheAllowedOnes() {
    problem(api().delete("/api").then(), 405, "method-not-allowed")
        .header("Allow", containsString("GET"))
        .body("detail", containsString("DELETE"));
  }

  @Test
  void anAcceptHeaderTheApiCannotSatisfyIs406() {
    problem(api().accept("text/html").get("/api").then(), 406, "not-acceptable")
        .body("detail", containsString("text/html"));
  }

  @Test
  void aContentTypeTheEndpointDoesNotReadIs415() {
    problem(
            editor().contentType("text/csv").body("a,b").post("/api/rulesets/validate").then(),
            415,
            "unsupported-media-type")
        .body("detail", containsString("text/csv"));
  }

  @Test
  void rulesNeedCredentials() {
    problem(
            api().contentType("application/json").post("/api/rulesets/validate").then(),
            401,
            "unauthorized")
        .header("WWW-Authenticate", startsWith("Basic"));
  }

  @Test
  void aWrongPasswordIs401() {
    problem(
            api()
                .auth()
                .preemptive()
                .basic(RunningService.EDITOR, "not-the-password")
                .contentType("application/json")
                .post("/api/rulesets/validate")
                .then(),
            401,
            "unauthorized")
        .body("detail", containsString("wrong"));
  }

  @Test
  void aUserWhoIsNotAnEditorIs403() {
    problem(
            api()
                .auth()
                .preemptive()
                .basic(RunningService.READER, RunningService.READER_PASSWORD)
                .contentType("application/json")
                .post("/api/rulesets/validate")
                .then(),
            403,
            "forbidden")
        .body("detail", containsString(RunningService.READER));
  }

  @Test
  void anEditorValidatesTheConfiguredRulesWithAnEmptyBody() {
    editor()
        .contentType("application/json")
        .post("/api/rulesets/validate")
        .then()
        .statusCode(200)
        .contentType("application/json")
        .body("valid", equalTo(true))
        .body("$", hasKey("version"));
  }

  @Test
  void aBrokenRuleFileIs422WithFileLineAndColumn() {
    String body =
        "{\"files\":{\"policy/rank.drl\":\"package policy;\\n"
            + "\\n"
            + "rule \\\"Broken\\\"\\n"
            + "when\\n"
            + "  this is not DRL\\n"
            + "then\\n"
            + "end\\n"
            + "\"}}";
    problem(
            editor()
                .contentType("application/json")
                .body(body)
                .post("/api/rulesets/validate")
                .then(),
            422,
            "invalid-rule-set")
        .body("errors[0].file", equalTo("policy/rank.drl"))
        .body("errors[0].line", greaterThan(0))
        .body("errors[0].message", not(equalTo("")));
  }

  @Test
  void malformedJsonIs400SayingWhere() {
    problem(
            editor()
                .contentType("application/json")
                .body("{\"files\": {")
                .post("/api/rulesets/validate")
                .then(),
            400,
            "malformed-json")
        .body("detail", containsString("line 1"));
  }

  @Test
  void aMissingFieldIs400NamingIt() {
    problem(
            editor()
                .contentType("application/json")
                .body("{\"file\": {}}")
                .post("/api/rulesets/validate")
                .then(),
            400,
            "invalid-field")
        .body("detail", containsString("'files'"));
  }

  @Test
  void aBodyAboveTheLimitIs413ByItsLength() {
    problem(
        editor()
            .contentType("application/json")
            .body(oversized())
            .post("/api/rulesets/validate")
            .then(),
        413,
        "payload-too-large");
  }

  @Test
  void aChunkedBodyAboveTheLimitIs413WhileReading() throws Exception {
    byte[] big = oversized();
    HttpResponse<String> r =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .send(
                HttpRequest.newBuilder(URI.create(service.baseUri() + "api/rulesets/validate"))
                    .header("Content-Type", "application/json")
                    .header(
                        "Authorization",
                        basic(RunningService.EDITOR, RunningService.EDITOR_PASSWORD))
                    // No length known in advance: sent chunked, so only reading can enforce the
                    // limit.
                    .POST(
                        HttpRequest.BodyPublishers.ofInputStream(
                            () -> new ByteArrayInputStream(big)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM));
    assertThat(r.body()).contains("urn:reconciler:problem:payload-too-large");
  }

  @Test
  void theOpenApiDocumentDescribesTheEndpointsAndErrors() {
    String doc = api().get("/openapi").then().statusCode(200).extract().asString();
    assertThat(doc)
        .contains(
            "/api/reports:",
            "/api/incidents:",
            "/api/incidents/{id}:",
            "/api/incidents/{id}/history:",
            "/api/incidents/{id}/resolutions/{resolution}/replay:",
            "/api/incidents/{id}/resolutions/{resolution}:",
            "/api/incidents/{id}/replay:",
            "/api/rulesets/{ref}/files:",
            "/api/rulesets/{ref}/coverage:",
            "/api/rulesets/{ref}/rules/{name}/scenarios:",
            "/api/incidents/{id}/audit:",
            "/api/incidents/{id}/claims:",
            "/api/incidents/{id}/reports:",
            "/api/rulesets:",
            "/api/rulesets/active:",
            "/api/rulesets/validate:",
            "/api/rulesets/dry-run:",
            "/api/rulesets/activate:")
        .contains(
            "Problem",
            "PayloadTooLarge",
            "UnsupportedMediaType",
            "NotAcceptable",
            "basic",
            "X-API-Key")
        .contains("application/problem+json", "text/plain", "application/ld+json");
  }

  // --- reports ---------------------------------------------------------------------------

  @Test
  void aReportWithoutTextIs400NamingTheField() {
    problem(
            api()
                .contentType("application/json")
                .body("{\"publisher\":\"Dawn\"}")
                .post("/api/reports")
                .then(),
            400,
            "invalid-field")
        .body("detail", containsString("'text'"));
  }

  @Test
  void aReportFieldOfTheWrongKindIs400NamingIt() {
    problem(
            api()
                .contentType("application/json")
                .body("{\"text\":\"x\",\"incidentId\":\"seven\"}")
                .post("/api/reports")
                .then(),
            400,
            "invalid-field")
        .body("detail", containsString("'incidentId'"));
    problem(
            api()
                .contentType("application/json")
                .body("{\"text\":\"x\",\"publishedAt\":\"17 Feb\"}")
                .post("/api/reports")
                .then(),
            400,
            "invalid-field")
        .body("detail", containsString("'publishedAt'"));
  }

  @Test
  void anEmptyTextReportIs400() {
    problem(
        api().contentType("text/plain").body("   ").post("/api/reports").then(),
        400,
        "invalid-field");
  }

  @Test
  void aReportAsXmlIs415() {
    problem(
        api().contentType("application/xml").body("<report/>").post("/api/reports").then(),
        415,
        "unsupported-media-type");
  }

  // --- incidents -------------------------------------------------------------------------

  @Test
  void theIncidentListIsPaged() {
    api()
        .get("/api/incidents?page=0&size=5")
        .then()
        .statusCode(200)
        .contentType("application/json")
        .body("page", equalTo(0))
        .body("size", equalTo(5))
        .body("$", hasKey("total"))
        .body("$", hasKey("items"));
  }

  @Test
  void aMalformedFilterIs400NamingIt() {
    problem(api().get("/api/incidents?from=yesterday").then(), 400, "invalid-field")
        .body("detail", containsString("from"));
    problem(api().get("/api/incidents?size=100000").then(), 400, "invalid-field")
        .body("detail", containsString("size"));
    problem(api().get("/api/incidents?status=rumoured").then(), 400, "invalid-field")
        .body("detail", containsString("status"));
  }

  @Test
  void anUnknownIncidentIs404Everywhere() {
    for (String path : new String[] {"", "/history", "/audit", "/claims", "/reports"}) {
      problem(api().get("/api/incidents/987654" + path).then(), 404, "not-found")
          .body("detail", containsString("987654"));
    }
    problem(
        api()
            .contentType("application/json")
            .body(claim("api-it-x", "api-it-r", 3))
            .post("/api/incidents/987654/claims")
            .then(),
        404,
        "not-found");
  }

  @Test
  void claimsThatAreNotClaimsAre400() {
    problem(
            api()
                .contentType("application/json")
                .body("{\"claims\": 3}")
                .post("/api/incidents/1/claims")
                .then(),
            400,
            "invalid-field")
        .body("detail", containsString("'claims'"));
    problem(
            api()
                .contentType("application/json")
                .body("[{\"attribute\":\"victims_killed\"}]")
                .post("/api/incidents/1/claims")
                .then(),
            400,
            "invalid-field")
        .body("detail", containsString("claims[0]"));
  }

  // --- conditional reads, summaries and compression -----------------------------------------

  @Test
  void anIncidentIsServedWithATagThatAnswers304UntilANewReportChangesIt() throws Exception {
    long incident = ownIncident();
    String path = "/api/incidents/" + incident;
    Response first = api().get(path);
    first
        .then()
        .statusCode(200)
        .header("Cache-Control", equalTo("no-cache"))
        .header("Last-Modified", notNullValue())
        .header("Vary", containsString("Accept-Encoding"))
        .body("resolution", notNullValue());
    String tag = first.header("ETag");
    assertThat(tag).as("a strong tag").startsWith("\"").doesNotStartWith("W/");

    Response again = api().header("If-None-Match", tag).get(path);
    again
        .then()
        .statusCode(304)
        .header("ETag", equalTo(tag))
        .header("Cache-Control", equalTo("no-cache"));
    assertThat(again.asByteArray()).isEmpty();
    // Any of several tags, and the wildcard, match too.
    api().header("If-None-Match", "\"other\", " + tag).get(path).then().statusCode(304);
    api().header("If-None-Match", "*").get(path).then().statusCode(304);
    // The summary is another representation: its own tag, and a full copy's tag does not match.
    String summaryTag =
        api()
            .header("If-None-Match", tag)
            .get(path + "?view=summary")
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    assertThat(summaryTag).isNotEqualTo(tag);

    // A new report for the incident makes a new resolution: the old tag no longer matches.
    api()
        .contentType("application/json")
        .body(
            new ObjectMapper()
                .writeValueAsString(
                    Map.of(
                        "text",
                        "Quetta: The death toll in Tuesday's attack on the Quetta bank rose to"
                            + " seven, a police official said on Wednesday.",
                        "publishedAt",
                        "2024-03-06",
                        "incidentId",
                        incident)))
        .post("/api/reports")
        .then()
        .statusCode(201);
    Response changed = api().header("If-None-Match", tag).get(path);
    changed.then().statusCode(200).body("resolution", notNullValue());
    assertThat(changed.header("ETag")).isNotEqualTo(tag);
    api().header("If-None-Match", changed.header("ETag")).get(path).then().statusCode(304);
    api()
        .header("If-None-Match", summaryTag)
        .get(path + "?view=summary")
        .then()
        .statusCode(200)
        .header("ETag", not(equalTo(summaryTag)));
  }

  @Test
  void theListsOfAnIncidentAnswer304UntilSomethingIsAdded() throws Exception {
    long incident = ownIncident();
    Map<String, String> tags = new java.util.HashMap<>();
    for (String list : new String[] {"history", "audit", "claims", "reports"}) {
      String path = "/api/incidents/" + incident + "/" + list;
      String tag =
          api()
              .get(path)
              .then()
              .statusCode(200)
              .header("Cache-Control", equalTo("no-cache"))
              .extract()
              .header("ETag");
      assertThat(tag).as(list).startsWith("\"");
      Response again = api().header("If-None-Match", tag).get(path);
      assertThat(again.statusCode()).as(list).isEqualTo(304);
      assertThat(again.asByteArray()).as(list).isEmpty();
      tags.put(list, tag);
    }
    // Claims from elsewhere add claims, their report (known only by them), a resolution and audit
    // events: every list changes.
    api()
        .contentType("application/json")
        .body(claim("api-it-lists-1", "api-it-lists-report", 9))
        .post("/api/incidents/" + incident + "/claims")
        .then()
        .statusCode(200);
    for (String list : tags.keySet()) {
      Response r =
          api()
              .header("If-None-Match", tags.get(list))
              .get("/api/incidents/" + incident + "/" + list);
      assertThat(r.statusCode()).as(list).isEqualTo(200);
      assertThat(r.header("ETag")).as(list).isNotEqualTo(tags.get(list));
      api()
          .header("If-None-Match", r.header("ETag"))
          .get("/api/incidents/" + incident + "/" + list)
          .then()
          .statusCode(304);
    }
  }

  @Test
  void anIfNoneMatchThatIsNotAListOfTagsIs400NamingTheHeader() throws Exception {
    long incident = ownIncident();
    for (String list : new String[] {"", "/history", "/audit", "/claims", "/reports"}) {
      String path = "/api/incidents/" + incident + list;
      for (String malformed : new String[] {"W/", "\"", "xxxx"}) {
        api()
            .header("If-None-Match", malformed)
            .get(path)
            .then()
            .statusCode(400)
            .contentType("application/problem+json")
            .body("type", equalTo("urn:reconciler:problem:invalid-header"))
            .body("detail", containsString("If-None-Match"));
      }
    }
  }

  @Test
  void anIfMatchThatDoesNotMatchIs412AsAProblem() throws Exception {
    long incident = ownIncident();
    problem(
            api().header("If-Match", "\"not-the-tag\"").get("/api/incidents/" + incident).then(),
            412,
            "precondition-failed")
        .body("detail", containsString("If-Match"));
  }

  @Test
  void theSummaryViewHasStatusesAndBestValuesWithoutClaims() throws Exception {
    long incident = ownIncident();
    Response fullResponse = api().get("/api/incidents/" + incident);
    JsonPath full = fullResponse.then().statusCode(200).extract().jsonPath();
    Response summary = api().get("/api/incidents/" + incident + "?view=summary");
    summary
        .then()
        .statusCode(200)
        .contentType("application/json")
        .body("id", equalTo((int) incident))
        .body("place", equalTo(full.getString("place")))
        .body("date", equalTo(full.getString("date")))
        .body("resolvedAt", equalTo(full.getString("resolvedAt")))
        .body("$", not(hasKey("resolution")))
        .body("attributes.victims_killed.status", notNullValue())
        .body("attributes.victims_killed", hasKey("best"))
        .body(not(containsString("\"claims\"")));
    Map<String, Object> attributes = full.getMap("resolution.attributes");
    for (String name : attributes.keySet()) {
      assertThat(summary.jsonPath().getString("attributes." + name + ".status"))
          .as(name)
          .isEqualTo(full.getString("resolution.attributes." + name + ".status"));
    }
    assertThat(summary.asByteArray().length).isLessThan(fullResponse.asByteArray().length / 2);
    problem(
            api().get("/api/incidents/" + incident + "?view=everything").then(),
            400,
            "invalid-field")
        .body("detail", containsString("view"));
    problem(api().get("/api/incidents/987654?view=summary").then(), 404, "not-found");
  }

  @Test
  void aClientThatAcceptsGzipGetsTheSameJsonCompressed() throws Exception {
    long incident = seededIncident(); // 20 to 40 KB of JSON
    awaitNoRereconciliation();
    URI uri = URI.create(service.baseUri() + "api/incidents/" + incident);
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpResponse<byte[]> plain =
        http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
    HttpResponse<byte[]> gzipped =
        http.send(
            HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip").build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(plain.statusCode()).isEqualTo(200);
    assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(gzipped.statusCode()).isEqualTo(200);
    assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(gzipped.headers().firstValue("ETag")).isEqualTo(plain.headers().firstValue("ETag"));
    assertThat(gzipped.headers().firstValue("Vary").orElse("")).contains("Accept-Encoding");
    byte[] unzipped = gunzip(gzipped.body());
    assertThat(gzipped.body().length).isLessThan(plain.body().length / 3);
    ObjectMapper json = new ObjectMapper();
    assertThat(json.readTree(unzipped)).isEqualTo(json.readTree(plain.body()));

    // A client that prefers HTTP/2 (Java's own, by default) gets it as well.
    HttpResponse<byte[]> h2 =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(h2.statusCode()).isEqualTo(200);
    byte[] h2Body =
        h2.headers().firstValue("Content-Encoding").orElse("").equals("gzip")
            ? gunzip(h2.body())
            : h2.body();
    assertThat(json.readTree(h2Body)).isEqualTo(json.readTree(plain.body()));

    // A small answer goes as it is; a problem stays a problem document.
    HttpResponse<byte[]> small =
        http.send(
            HttpRequest.newBuilder(URI.create(service.baseUri() + "api/incidents/987654"))
                .header("Accept-Encoding", "gzip")
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(small.statusCode()).isEqualTo(404);
    assertThat(small.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(small.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM));
  }

  @Test
  void aGzippedRequestBodyIsReadAndCountedDecompressedAgainstTheLimit() throws Exception {
    // The listener that compresses answers also decompresses bodies sent with Content-Encoding.
    editor()
        .contentType("application/json")
        .header("Content-Encoding", "gzip")
        .body(gzip("{\"files\":{}}".getBytes(StandardCharsets.UTF_8)))
        .post("/api/rulesets/validate")
        .then()
        .statusCode(200)
        .body("valid", equalTo(true));
    byte[] bomb = gzip(oversized());
    assertThat(bomb.length).isLessThan(10_000);
    problem(
        editor()
            .contentType("application/json")
            .header("Content-Encoding", "gzip")
            .body(bomb)
            .post("/api/rulesets/validate")
            .then(),
        413,
        "payload-too-large");
  }

  private static Long own;

  /**
   * An incident of its own (a report from another city and year than the seeds'), once
   * re-reconciliation after an activation is over ({@link #awaitNoRereconciliation}), so no
   * background run adds a resolution while a test compares tags.
   */
  private static synchronized long ownIncident() throws Exception {
    if (own == null) {
      Response r =
          api()
              .contentType("application/json")
              .body(
                  new ObjectMapper()
                      .writeValueAsString(
                          Map.of(
                              "text",
                              "Quetta: Gunmen stormed a bank in Quetta on Tuesday, killing four"
                                  + " guards, a police official said. Two attackers were killed"
                                  + " by the police.",
                              "publishedAt",
                              "2024-03-05")))
              .post("/api/reports");
      assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
      own = ((Number) r.path("incident.id")).longValue();
    }
    awaitNoRereconciliation();
    return own;
  }

  private static void awaitNoRereconciliation() throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      Boolean running = api().get("/api/rulesets/active").path("rereconciliation.running");
      if (!Boolean.TRUE.equals(running)) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("re-reconciliation still running after a minute");
  }

  private static byte[] gzip(byte[] body) throws Exception {
    var out = new java.io.ByteArrayOutputStream();
    try (var zip = new java.util.zip.GZIPOutputStream(out)) {
      zip.write(body);
    }
    return out.toByteArray();
  }

  private static byte[] gunzip(byte[] body) throws Exception {
    try (var in = new java.util.zip.GZIPInputStream(new ByteArrayInputStream(body))) {
      return in.readAllBytes();
    }
  }

  // --- rule sets -------------------------------------------------------------------------

  @Test
  void theActiveRuleSetAndTheVersionsAreOpenToRead() {
    api()
        .get("/api/rulesets/active")
        .then()
        .statusCode(200)
        .body("$", hasKey("version"))
        .body("$", hasKey("rereconciliation"));
    api().get("/api/rulesets").then().statusCode(200).body("active", hasItem(true));
  }

  @Test
  void dryRunAndActivateNeedAnEditor() {
    problem(
        api().contentType("application/json").post("/api/rulesets/dry-run").then(),
        401,
        "unauthorized");
    problem(
        api().contentType("application/json").post("/api/rulesets/activate").then(),
        401,
        "unauthorized");
    problem(
        api()
            .auth()
            .preemptive()
            .basic(RunningService.READER, RunningService.READER_PASSWORD)
            .contentType("application/json")
            .post("/api/rulesets/activate")
            .then(),
        403,
        "forbidden");
  }

  @Test
  void anEditorDryRunsTheConfiguredRules() {
    editor()
        .contentType("application/json")
        .post("/api/rulesets/dry-run")
        .then()
        .statusCode(200)
        .body("$", hasKey("changes"))
        .body("$", hasKey("incidents"));
  }

  // --- the whole story, as the README tells it ---------------------------------------------

  @Test
  void seedsBecomeOneIncidentWhoseRulesAnEditorChanges() throws Exception {
    long incident = seededIncident();
    api()
        .get("/api/incidents/" + incident)
        .then()
        .statusCode(200)
        .body("resolution", notNullValue());
    api()
        .get("/api/incidents/" + incident + "/reports")
        .then()
        .statusCode(200)
        .body("reports.size()", greaterThan(0));
    api()
        .get("/api/incidents/" + incident + "/audit")
        .then()
        .statusCode(200)
        .body("events.size()", greaterThan(0));
    long resolution =
        api()
            .get("/api/incidents/" + incident + "/history")
            .then()
            .statusCode(200)
            .body("resolutions.size()", greaterThan(0))
            .extract()
            .jsonPath()
            .getLong("resolutions[0].id");
    // The current resolution, re-run from its stored rule text and claims, is reproduced exactly.
    api()
        .get("/api/incidents/" + incident + "/resolutions/" + resolution + "/replay")
        .then()
        .statusCode(200)
        .body("resolution", equalTo((int) resolution))
        .body("same", equalTo(true))
        .body("replayed.attributes.victims_killed.status", notNullValue());
    problem(
            api().get("/api/incidents/" + incident + "/resolutions/987654/replay").then(),
            404,
            "not-found")
        .body("detail", containsString("987654"));
    api()
        .get("/api/incidents/" + incident + "/claims")
        .then()
        .statusCode(200)
        .body("claims.size()", greaterThan(0));

    // The same report again is a duplicate: 200, nothing added.
    api()
        .contentType("text/plain; charset=UTF-8")
        .body(seed(0))
        .post("/api/reports")
        .then()
        .statusCode(200)
        .body("duplicate", equalTo(true));

    // Claims from elsewhere are reconciled; a claim id used by another report conflicts.
    api()
        .contentType("application/json")
        .body(claim("api-it-1", "api-it-report-a", 4))
        .post("/api/incidents/" + incident + "/claims")
        .then()
        .statusCode(200)
        .body("$", hasKey("resolution"));
    problem(
        api()
            .contentType("application/json")
            .body(claim("api-it-1", "api-it-report-b", 5))
            .post("/api/incidents/" + incident + "/claims")
            .then(),
        409,
        "conflict");

    // An editor trusts officials less than reporters: the dry run shows it, activation applies it.
    String ranks =
        Files.readString(Path.of("rules/data/ranks.csv")).replace("official,*,4", "official,*,1");
    String manifest =
        Files.readString(Path.of("rules/ruleset.yaml"))
            .replace("version: " + RulesFixture.manifestVersion(), "version: 1.0.1")
            .replace(
                "changelog:\n",
                "changelog:\n"
                    + "  - version: 1.0.1\n"
                    + "    changes: officials ranked with social media (test)\n");
    String candidate =
        new ObjectMapper()
            .writeValueAsString(
                Map.of("files", Map.of("data/ranks.csv", ranks, "ruleset.yaml", manifest)));
    editor()
        .contentType("application/json")
        .body(candidate)
        .post("/api/rulesets/dry-run")
        .then()
        .statusCode(200)
        .body("candidate.version", equalTo("1.0.1"));
    String activated =
        editor()
            .contentType("application/json")
            .body(candidate)
            .post("/api/rulesets/activate")
            .then()
            .statusCode(200)
            .body("version", equalTo("1.0.1"))
            .body("activatedBy", equalTo(RunningService.EDITOR))
            .extract()
            .path("hash");
    api().get("/api/rulesets/active").then().statusCode(200).body("hash", equalTo(activated));
    // Back to the configured rules, so other tests see what the directory says.
    editor()
        .contentType("application/json")
        .post("/api/rulesets/activate")
        .then()
        .statusCode(200)
        .body("version", equalTo(RulesFixture.manifestVersion()));
  }

  /**
   * Posts the five seeds once per run and returns their incident; skips when the extractor is not
   * in this build.
   */
  private static long seededIncident() throws Exception {
    return Seeds.incident(service);
  }

  private static String seed(int i) throws Exception {
    return Seeds.text(i);
  }

  private static String claim(String id, String report, int killed) {
    return "{\"claims\":[{\"id\":\""
        + id
        + "\",\"report\":\""
        + report
        + "\",\"attribute\":\"victims_killed\",\"value\":"
        + killed
        + ",\"role\":\"official\",\"speaker\":\"a spokesman\"}]}";
  }

  private static byte[] oversized() {
    String filler = "x".repeat(1_100_000);
    return ("{\"files\":{\"policy/big.drl\":\"" + filler + "\"}}").getBytes(StandardCharsets.UTF_8);
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
