package dev.reconciler.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import dev.reconciler.launch.ReconcilerService;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
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
    problem(api().contentType("application/json").post("/api/rulesets/validate").then(), 401, "unauthorized")
        .header("WWW-Authenticate", startsWith("Basic"));
  }

  @Test
  void aWrongPasswordIs401() {
    problem(
            api().auth().preemptive().basic(RunningService.EDITOR, "not-the-password")
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
            api().auth().preemptive().basic(RunningService.READER, RunningService.READER_PASSWORD)
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
        "{\"files\":{\"policy/rank.drl\":\"package policy;\\n\\nrule \\\"Broken\\\"\\nwhen\\n  this is not DRL\\nthen\\nend\\n\"}}";
    problem(
            editor().contentType("application/json").body(body).post("/api/rulesets/validate").then(),
            422,
            "invalid-rule-set")
        .body("errors[0].file", equalTo("policy/rank.drl"))
        .body("errors[0].line", greaterThan(0))
        .body("errors[0].message", not(equalTo("")));
  }

  @Test
  void malformedJsonIs400SayingWhere() {
    problem(
            editor().contentType("application/json").body("{\"files\": {").post("/api/rulesets/validate").then(),
            400,
            "malformed-json")
        .body("detail", containsString("line 1"));
  }

  @Test
  void aMissingFieldIs400NamingIt() {
    problem(
            editor().contentType("application/json").body("{\"file\": {}}").post("/api/rulesets/validate").then(),
            400,
            "invalid-field")
        .body("detail", containsString("'files'"));
  }

  @Test
  void aBodyAboveTheLimitIs413ByItsLength() {
    problem(
            editor().contentType("application/json").body(oversized()).post("/api/rulesets/validate").then(),
            413,
            "payload-too-large");
  }

  @Test
  void aChunkedBodyAboveTheLimitIs413WhileReading() throws Exception {
    byte[] big = oversized();
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(service.baseUri() + "api/rulesets/validate"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", basic(RunningService.EDITOR, RunningService.EDITOR_PASSWORD))
                    // No length known in advance: sent chunked, so only reading can enforce the limit.
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM));
    assertThat(r.body()).contains("urn:reconciler:problem:payload-too-large");
  }

  @Test
  void theOpenApiDocumentDescribesTheEndpointsAndErrors() {
    String doc = api().accept("application/json").get("/openapi").then().statusCode(200).extract().asString();
    assertThat(doc).contains("/api/rulesets/validate", "Problem", "PayloadTooLarge", "basic");
  }

  private static byte[] oversized() {
    String filler = "x".repeat(1_100_000);
    return ("{\"files\":{\"policy/big.drl\":\"" + filler + "\"}}").getBytes(StandardCharsets.UTF_8);
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
