package dev.reconciler.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reconciler.launch.ReconcilerService;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The requests a fuzzing run found answered with a 5xx or an empty body (issue 18), sent byte for
 * byte to the real service: each gets a 4xx problem document with a stable type (405 with Allow for
 * a method not served), and none changes the stored data. The connector's own refusals of a request
 * it cannot parse or map at all (a NUL or backslash in the path, a path above the root, a request
 * head over 64 KB, a control byte in a header, a request line it cannot read) happen before any
 * application code runs; {@code api.ConnectorRefusals} makes them problem documents of type {@code
 * refused-by-connector} too, with the connector's status (400; its 505 for a request line it cannot
 * split as a 400).
 */
@ExtendWith(RunningService.class)
class MalformedRequestsIT {

  private static final String[] RULE_ENDPOINTS = {
    "/api/rulesets/validate",
    "/api/rulesets/dry-run",
    "/api/rulesets/activate",
    "/api/rulesets/1.0.0/activate"
  };

  private static final String[] PATHS = {
    "/",
    "/health",
    "/health/ready",
    "/openapi",
    "/metrics",
    "/nothing",
    "/api",
    "/api/incidents",
    "/api/incidents/1",
    "/api/reports",
    "/api/rulesets/validate"
  };

  private static ReconcilerService service;
  private static URI base;

  @BeforeAll
  static void service(ReconcilerService running) {
    service = running;
    base = running.baseUri();
  }

  @Test
  void malformedCredentialsOnRuleEndpointsAre401ProblemsThatSayWhatIsWrong() throws Exception {
    Map<String, String> tables = StoredRows.of(service);
    String[][] headers = {
      {"Authorization: Basic !!!notbase64", "not Base64"},
      {"Authorization: Basic Zm9vYmFy", "no ':'"}, // "foobar"
      {"Authorization: Basic", "no credentials"},
      {"Authorization: Basic " + "a".repeat(10_000), "longer than"},
      {"Authorization: Basic " + "QQ".repeat(20_000), "longer than"},
      // Another scheme guesses no password: like a malformed header it is not counted as a failed
      // sign-in, so sending it (MalformedRequestBatchIT does) holds back no address.
      {"Authorization: Bearer abc.def.ghi", "another scheme than Basic"},
      {"Authorization: Digest username=\"ada\"", "another scheme than Basic"},
    };
    for (String endpoint : RULE_ENDPOINTS) {
      for (String[] h : headers) {
        RawHttp.Answer a = RawHttp.send(base, "POST", endpoint, h[0], "Content-Length: 0");
        Problems.assertProblem(a, 401, "unauthorized", endpoint + " " + abbreviate(h[0]));
        assertThat(a.json().path("detail").asText()).contains("Authorization header", h[1]);
        assertThat(a.header("WWW-Authenticate")).startsWith("Basic realm=");
      }
    }
    assertThat(StoredRows.of(service)).isEqualTo(tables);
  }

  @Test
  void methodsNotServedAre405ProblemsWithAllowOnEveryPath() throws Exception {
    Map<String, String> tables = StoredRows.of(service);
    // "/api/.." is "/" (found by MalformedRequestBatchIT: the raw URI looked like the API's, and
    // the root's plain servlet answered 501).
    List<String> paths = new ArrayList<>(List.of(PATHS));
    paths.addAll(List.of("/api/..", "/api/%2e%2e", "/api//%2e%2e/", "/api/x/../../health"));
    for (String path : paths) {
      for (String method : new String[] {"PATCH", "TRACE", "FOO", "PROPFIND"}) {
        RawHttp.Answer a =
            RawHttp.send(base, method, path, "X-Echo-Check: secret-value", "Content-Length: 0");
        Problems.assertProblem(a, 405, "method-not-allowed", method + " " + path);
        assertThat(a.header("Allow")).as(method + " " + path).isNotBlank().doesNotContain(method);
        assertThat(a.body()).as("TRACE echoes nothing").doesNotContain("secret-value");
      }
    }
    assertThat(StoredRows.of(service)).isEqualTo(tables);
  }

  @Test
  void oddAcceptHeadersAndDotSegmentsAreProblems() throws Exception {
    Map<String, String> tables = StoredRows.of(service);
    for (String accept : new String[] {";;;", "a/b/c", "*/*;q=2", "text/html;q=abc", "\"", "x"}) {
      for (String path : new String[] {"/api/incidents", "/api/rulesets/active", "/nothing"}) {
        RawHttp.Answer a = RawHttp.send(base, "GET", path, "Accept: " + accept);
        if (a.status() != 200) {
          Problems.assertProblem(a, a.status(), null, "Accept: " + accept + " on " + path);
          assertThat(a.status()).isBetween(400, 499);
        }
      }
    }
    for (String path :
        new String[] {
          "/api/%2e%2e/etc/passwd", "/api/incidents/%2e%2e", "/api/incidents/%2E%2E/1"
        }) {
      RawHttp.Answer a = RawHttp.send(base, "GET", path);
      Problems.assertProblem(a, 404, "not-found", path);
    }
    assertThat(StoredRows.of(service)).isEqualTo(tables);
  }

  @Test
  void aFormRequestWithABrokenQueryIsA400Problem() throws Exception {
    // Found by MalformedRequestBatchIT: Jersey decodes a form request's query before any mapper
    // and threw on "%zz", a 500.
    for (String method : new String[] {"GET", "POST", "PUT"}) {
      RawHttp.Answer a =
          RawHttp.exchange(
              base,
              method,
              "/api/incidents?%zz",
              List.of("Content-Type: application/x-www-form-urlencoded"),
              new byte[0]);
      Problems.assertProblem(a, 400, "malformed-query", method + " with a form and ?%zz");
    }
  }

  @Test
  void whatTheConnectorRefusesBeforeAnyApplicationIsAProblemDocumentNeverA5xx() throws Exception {
    Map<String, String> tables = StoredRows.of(service);
    List<String> answers = new ArrayList<>();
    // Paths Catalina's CoyoteAdapter refuses before the virtual server's pipeline: "400 Invalid
    // URI" (a NUL, a backslash, '..' above the root, bytes not UTF-8, dot segments it cannot
    // resolve, no leading '/').
    for (String target :
        new String[] {
          "/api/a%00b",
          "/%00",
          "/a%5cb",
          "/a\\b",
          "/%2e%2e/%2e%2e/etc/passwd",
          "/../x",
          "/api/..%2f..%2f",
          "/api/%2E%2E/%2e%2e",
          "/api/%ff%fe",
          "/a/././../b",
          "x"
        }) {
      RawHttp.Answer a = RawHttp.send(base, "GET", target);
      answers.add(target + " " + a.status());
      assertConnectorProblem(a, 400, "GET " + target);
      assertThat(a.json().path("detail").asText()).as(target).contains("Invalid URI", "path");
    }
    RawHttp.Answer head = RawHttp.send(base, "HEAD", "/%00");
    assertThat(head.status()).as("HEAD /%00").isEqualTo(400);
    assertThat(head.header("Content-Type")).startsWith("application/problem+json");
    // Heads Grizzly's codec cannot parse: its "400 Bad Request" before any mapping.
    String[][] heads = {
      {"Authorization: Basic " + "a".repeat(70_000), "a request head over 64 KB"},
      {"X-Control: a\u0001b", "a control byte in a header value"},
      {"X-Latin: caf\u00e9", "a byte above 0x7e in a header value"},
      {"X Space: b", "a space in a header name"},
      {"Content-Length: abc", "a Content-Length that is not a number"},
    };
    for (String[] h : heads) {
      RawHttp.Answer a = RawHttp.send(base, "GET", "/api/incidents", h[0]);
      answers.add(h[1] + " " + a.status());
      assertConnectorProblem(a, 400, h[1]);
    }
    // Request lines it cannot read.
    RawHttp.Answer version =
        RawHttp.rawExchange(
            base, "GET /api/incidents HTTP/9.9\r\nHost: x\r\nConnection: close\r\n\r\n");
    assertConnectorProblem(version, 400, "an unknown HTTP version (Grizzly's 505)");
    RawHttp.Answer space =
        RawHttp.rawExchange(base, "GET /a b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assertConnectorProblem(space, 400, "a space in the path (Grizzly's 505)");
    RawHttp.Answer noPath = RawHttp.rawExchange(base, "GET\r\nHost: x\r\n\r\n");
    assertConnectorProblem(noPath, 400, "a request line without a path");
    RawHttp.Answer noHost =
        RawHttp.rawExchange(base, "GET /api/incidents HTTP/1.1\r\nConnection: close\r\n\r\n");
    assertConnectorProblem(noHost, 400, "HTTP/1.1 without Host");
    System.out.println("[malformed] connector refusals: " + answers);
    assertThat(StoredRows.of(service)).isEqualTo(tables);
  }

  @Test
  void aPathAboveTheRootIsRefusedAlikeWhateverTheMethodAndHost() throws Exception {
    // Found by MalformedRequestBatchIT: "OPTIONS //.." with "Host: localhost" got 200 and nothing
    // from Payara's mapper on some runs and the connector's 400 on others.
    Map<String, String> tables = StoredRows.of(service);
    for (String host : new String[] {"localhost", "127.0.0.1", "x"}) {
      for (String method : new String[] {"OPTIONS", "GET", "POST", "DELETE", "PROPFIND"}) {
        for (String target : new String[] {"//..", "///../api", "/a//../..", "//%2e%2e"}) {
          String body = method.equals("POST") ? "{\"text\": \"x\"}" : "";
          RawHttp.Answer a =
              RawHttp.rawExchange(
                  base,
                  method
                      + " "
                      + target
                      + " HTTP/1.1\r\nHost: "
                      + host
                      + "\r\nContent-Type: application/json\r\nContent-Length: "
                      + body.length()
                      + "\r\n\r\n"
                      + body);
          assertConnectorProblem(a, 400, method + " " + target + " (Host: " + host + ")");
        }
      }
    }
    assertThat(StoredRows.of(service)).isEqualTo(tables);
  }

  @Test
  void optionsOutsideTheApiNamesOnlyTheMethodsServedThere() throws Exception {
    for (String target : new String[] {"/", "/health", "/no-such-page"}) {
      RawHttp.Answer a = RawHttp.send(base, "OPTIONS", target);
      assertThat(a.status()).as("OPTIONS " + target).isEqualTo(200);
      assertThat(a.header("Allow")).as("OPTIONS " + target).isEqualTo("GET, HEAD, OPTIONS");
    }
  }

  @Test
  void anAnswerToHeadHasTheHeadersOfTheAnswerToGetAndNoBody() throws Exception {
    // A connector refusal made a problem document used to carry the document after the head of an
    // answer to HEAD too: a client that keeps its connection reads those bytes as the start of its
    // next answer.
    String[][] refused = {
      {"/%00", ""}, {"/api/incidents", "X-Control: a\u0001b\r\n"}, {"/../x", ""}, {"//..", ""}
    };
    for (String[] r : refused) {
      String request = " " + r[0] + " HTTP/1.1\r\nHost: x\r\n" + r[1] + "Connection: close\r\n\r\n";
      RawHttp.Answer toGet = RawHttp.rawExchange(base, "GET" + request);
      String toHead = new String(RawHttp.rawBytes(base, "HEAD" + request), UTF_8);
      String what = "HEAD " + r[0] + " " + r[1].strip();
      int end = toHead.indexOf("\r\n\r\n");
      assertThat(end).as(what + ": " + toHead).isPositive();
      assertThat(toHead.substring(end + 4)).as(what + ": nothing after the head").isEmpty();
      assertThat(toHead)
          .as(what)
          .startsWith("HTTP/1.1 400 ")
          .containsIgnoringCase("Content-Type: application/problem+json")
          .containsIgnoringCase("Content-Length: " + toGet.body().getBytes(UTF_8).length);
    }
    // And Payara's own API description, whose first answer waits for the document to be built.
    for (String target : new String[] {"/openapi", "/openapi?format=json"}) {
      String request = " " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
      RawHttp.Answer toGet = RawHttp.rawExchange(base, "GET" + request);
      String toHead = new String(RawHttp.rawBytes(base, "HEAD" + request), UTF_8);
      assertThat(toGet.status()).as("GET " + target).isEqualTo(200);
      assertThat(toHead).as("HEAD " + target).startsWith("HTTP/1.1 200 ").endsWith("\r\n\r\n");
    }
  }

  /**
   * A connector refusal: {@code status}, a problem of type refused-by-connector, the socket closed.
   */
  private static void assertConnectorProblem(RawHttp.Answer a, int status, String what) {
    Problems.assertProblem(a, status, "refused-by-connector", what);
    assertThat(a.json().path("detail").asText()).as(what).contains("HTTP connector");
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "... (" + s.length() + " chars)" : s;
  }
}
