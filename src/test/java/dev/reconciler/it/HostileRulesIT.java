package dev.reconciler.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import dev.reconciler.json.Json;
import dev.reconciler.launch.ReconcilerService;
import dev.reconciler.store.AuditVerifier;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Hostile rules and password guessing on the real server: a rule set that calls out is refused by
 * validation and activation over the API and by the file watch, each forbidden construct with file
 * and line, and the version in force stays; wrong passwords slow down to 429; every refused
 * activation is in the audit trail, whose chain still verifies.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileRulesIT {

  private static final Path HOSTILE =
      Path.of("src/test/resources/hostile-rules/policy/hostile.drl");

  private static Path rules;
  private static ReconcilerService service;
  private static String inForce;

  @BeforeAll
  static void start() throws Exception {
    Path dir = Files.createTempDirectory(Path.of("target"), "it-hostile-");
    rules = dir.resolve("rules");
    // Reads and rule sets only: no need to wait for the extractor's models.
    service = RunningService.watchingRules(dir, "hostile");
    inForce = activeHash();
  }

  @AfterAll
  static void stop() {
    if (service != null) {
      service.close();
    }
  }

  @Test
  @Order(1)
  void validatingOrActivatingRulesThatCallOutIsRefusedWithFileAndLineAndRecorded()
      throws Exception {
    String body =
        Json.MAPPER
            .createObjectNode()
            .set(
                "files",
                Json.MAPPER.createObjectNode().put("policy/hostile.drl", Files.readString(HOSTILE)))
            .toString();
    for (String endpoint : new String[] {"/api/rulesets/validate", "/api/rulesets/activate"}) {
      List<Integer> lines =
          editor()
              .contentType("application/json")
              .body(body)
              .post(endpoint)
              .then()
              .statusCode(422)
              .contentType(containsString("application/problem+json"))
              .body("errors.file", everyItem(equalTo("policy/hostile.drl")))
              .body("errors.message", hasItem(containsString("java.lang.System is not allowed")))
              .extract()
              .path("errors.line");
      assertThat(new TreeSet<>(lines))
          .as("every forbidden construct, " + endpoint)
          .isEqualTo(refusedLines());
    }
    assertThat(activeHash()).isEqualTo(inForce);
    assertThat(rejected(RunningService.EDITOR))
        .anySatisfy(
            detail ->
                assertThat(detail)
                    .contains(
                        refusedLines().stream()
                            .map(line -> "policy/hostile.drl:" + line + ":")
                            .toList()));
  }

  @Test
  @Order(2)
  void theFileWatchRefusesThemAndTheVersionInForceStays() throws Exception {
    Files.copy(HOSTILE, rules.resolve("policy/hostile.drl"));
    Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
    while (rejected("file-watch").isEmpty()) {
      assertThat(Instant.now()).as("waiting for the file watch to refuse").isBefore(deadline);
      Thread.sleep(300);
    }
    assertThat(rejected("file-watch"))
        .anySatisfy(
            detail ->
                assertThat(detail)
                    .contains(
                        refusedLines().stream().map(line -> "hostile.drl:" + line + ":").toList()));
    assertThat(activeHash()).isEqualTo(inForce);
    Files.delete(rules.resolve("policy/hostile.drl"));
  }

  @Test
  @Order(3)
  void wrongPasswordsSlowDownToTooManyRequestsAndAreRecorded() throws Exception {
    int before = rejected("api").size();
    for (int i = 0; i < 5; i++) {
      guess(i).then().statusCode(401);
    }
    String wait =
        guess(5)
            .then()
            .statusCode(429)
            .header("Retry-After", matchesPattern("\\d+"))
            .contentType(containsString("application/problem+json"))
            .body("type", containsString("too-many-attempts"))
            .extract()
            .header("Retry-After");
    // After the wait one more guess is checked (and fails), and the next wait is twice as long.
    Thread.sleep(Long.parseLong(wait) * 1000 + 200);
    guess(6).then().statusCode(401);
    guess(7).then().statusCode(429).header("Retry-After", "2");
    // The address is held back: even the right password waits now.
    editor()
        .contentType("application/json")
        .body("{}")
        .post("/api/rulesets/activate")
        .then()
        .statusCode(429);
    List<String> refused = rejected("api");
    assertThat(refused.size() - before).as("every failed login, none of the 429s").isEqualTo(6);
    assertThat(refused.get(refused.size() - 1))
        .contains("the user name or password is wrong (user 'mallory' from 127.0.0.1)");
    try (Connection c = connect()) {
      assertThat(AuditVerifier.verify(c).intact()).isTrue();
    }
  }

  /** The lines of the hostile rule file marked "// refused": one forbidden construct each. */
  private static Set<Integer> refusedLines() throws Exception {
    List<String> lines = Files.readAllLines(HOSTILE);
    Set<Integer> marked = new TreeSet<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("// refused")) {
        marked.add(i + 1);
      }
    }
    return marked;
  }

  private static io.restassured.response.Response guess(int i) {
    return given()
        .baseUri(service.baseUri().toString())
        .auth()
        .preemptive()
        .basic("mallory", "guess-" + i)
        .contentType("application/json")
        .body("{}")
        .post("/api/rulesets/activate");
  }

  private static RequestSpecification editor() {
    return given()
        .baseUri(service.baseUri().toString())
        .auth()
        .preemptive()
        .basic(RunningService.EDITOR, RunningService.EDITOR_PASSWORD);
  }

  private static String activeHash() {
    return given()
        .baseUri(service.baseUri().toString())
        .get("/api/rulesets/active")
        .then()
        .statusCode(200)
        .extract()
        .path("hash");
  }

  /** The details of the rule_set_rejected events recorded for {@code actor}, oldest first. */
  private static List<String> rejected(String actor) throws Exception {
    List<String> details = new ArrayList<>();
    try (Connection c = connect();
        var s =
            c.prepareStatement(
                "select detail from audit_event where kind = 'rule_set_rejected' and actor = ?"
                    + " order by id")) {
      s.setString(1, actor);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          details.add(rs.getString(1));
        }
      }
    }
    return details;
  }

  private static Connection connect() throws Exception {
    var db = service.database();
    return DriverManager.getConnection(db.url(), db.user(), db.password());
  }
}
