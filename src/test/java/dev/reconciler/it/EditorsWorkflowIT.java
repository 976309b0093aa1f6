package dev.reconciler.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reconciler.cli.Main;
import dev.reconciler.launch.ReconcilerService;
import dev.reconciler.launch.RereconciliationWatch;
import dev.reconciler.reconcile.RulesFixture;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The editors' workflow on the real server, on a copy of the rules directory: a good edit goes live
 * by itself and re-reconciles, a broken one is refused with the reason shown, a version that was in
 * force before can be put back, and {@code diff --against active} previews a candidate on every
 * stored incident.
 */
class EditorsWorkflowIT {

  /** Background work gets this long; a slow machine waits longer, it does not fail. */
  private static final Duration PATIENCE = Duration.ofMinutes(10);

  private static Path rules;
  private static ReconcilerService service;
  private static long incident;

  @BeforeAll
  static void start() throws Exception {
    Path dir = Files.createTempDirectory(Path.of("target"), "it-watch-");
    rules = dir.resolve("rules");
    service = RunningService.withExtractor(RunningService.watchingRules(dir, "watch"));
    try (var seeds = Files.list(Path.of("seeds"))) {
      for (Path seed : seeds.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        JsonPath posted =
            api()
                .contentType("text/plain; charset=UTF-8")
                .body(Files.readString(seed))
                .post("/api/reports")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        incident = posted.getLong("incident.id");
      }
    }
  }

  @AfterAll
  static void stop() {
    if (service != null) {
      service.close();
    }
  }

  private static RequestSpecification api() {
    return given().baseUri(service.baseUri().toString());
  }

  private static JsonPath active() {
    return api().get("/api/rulesets/active").then().statusCode(200).extract().jsonPath();
  }

  private static String hostagesStatus() {
    return api()
        .get("/api/incidents/" + incident)
        .then()
        .statusCode(200)
        .extract()
        .path("resolution.attributes.hostages_taken.status");
  }

  /** Polls until {@code done} holds, failing with what was last seen after {@link #PATIENCE}. */
  private static <T> T await(String what, Supplier<T> look, Predicate<T> done)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(PATIENCE);
    T seen = look.get();
    while (!done.test(seen)) {
      Object shown = seen instanceof JsonPath j ? j.prettify() : seen;
      assertThat(Instant.now())
          .as("waiting for " + what + "; last seen: " + shown)
          .isBefore(deadline);
      Thread.sleep(200);
      seen = look.get();
    }
    return seen;
  }

  private static boolean rereconciled(JsonPath a) {
    return !a.getBoolean("rereconciliation.running")
        && a.getInt("rereconciliation.done") == a.getInt("rereconciliation.total");
  }

  /** What a console watching the service (as {@code ./reconciler serve} does) was told. */
  private static final class Told implements RereconciliationWatch.Listener {
    final List<String> events = new CopyOnWriteArrayList<>();
    final List<RereconciliationWatch.Run> ended = new CopyOnWriteArrayList<>();

    @Override
    public void started(RereconciliationWatch.Run run) {
      events.add("started");
    }

    @Override
    public void progressed(RereconciliationWatch.Run run) {
      events.add("progressed");
    }

    @Override
    public void ended(RereconciliationWatch.Run run) {
      events.add("ended");
      ended.add(run);
    }
  }

  @Test
  void anEditGoesLiveAndRereconcilesAndAnEditorCanRollItBack() throws Exception {
    Told told = new Told();
    RereconciliationWatch watch =
        RereconciliationWatch.start(service.baseUri(), null, Duration.ofMillis(100), told);
    JsonPath before = active();
    String original = before.getString("hash");
    assertThat(hostagesStatus()).isEqualTo("unverified");

    // The newsroom publishes hostage-taking on a reporter's word: the threshold drops to the
    // reporter's rank, and the scenarios that said otherwise are updated with it, as an editor
    // must.
    RulesFixture.replace(
        rules.resolve("data/thresholds.csv"), "hostages_taken,3", "hostages_taken,2");
    RulesFixture.replace(
        rules.resolve("tests/seeds-karachi-police-office.yaml"),
        "  hostages_taken:\n"
            + "    status: unverified\n"
            + "    decidedBy: Agreeing claims all below the threshold are unverified",
        "  hostages_taken:\n    status: settled");
    RulesFixture.replace(
        rules.resolve("tests/threshold-unverified.yaml"),
        "  hostages_taken:\n"
            + "    status: unverified\n"
            + "    best: true\n"
            + "    decidedBy: Agreeing claims all below the threshold are unverified",
        "  hostages_taken:\n    status: settled\n    best: true");
    JsonPath edited =
        await(
            "the edited rules in force",
            EditorsWorkflowIT::active,
            a -> !a.getString("hash").equals(original) && rereconciled(a));
    assertThat(edited.getString("activatedBy")).isEqualTo("file-watch");
    assertThat(hostagesStatus()).isEqualTo("settled");
    List<String> kinds =
        api()
            .get("/api/incidents/" + incident + "/audit")
            .then()
            .statusCode(200)
            .extract()
            .path("events.kind");
    assertThat(kinds).contains("rereconciled_after_rule_change");

    // Rollback: the version in force before, by its hash, exactly as stored.
    api()
        .auth()
        .preemptive()
        .basic(RunningService.EDITOR, RunningService.EDITOR_PASSWORD)
        .post("/api/rulesets/" + original.substring(0, 12) + "/activate")
        .then()
        .statusCode(200);
    JsonPath rolledBack =
        await(
            "the rollback re-reconciled",
            EditorsWorkflowIT::active,
            a -> a.getString("hash").equals(original) && rereconciled(a));
    assertThat(rolledBack.getString("activatedBy")).isEqualTo(RunningService.EDITOR);
    assertThat(hostagesStatus()).isEqualTo("unverified");

    // The console was told of each run (the edit's and the rollback's, and any the file watch
    // started between them), each started once and ended once, with its outcome.
    await("the watch told of both runs", () -> told.ended.size(), n -> n >= 2);
    watch.close();
    List<String> startsAndEnds = told.events.stream().filter(e -> !e.equals("progressed")).toList();
    for (int i = 0; i < startsAndEnds.size(); i++) {
      assertThat(startsAndEnds.get(i)).isEqualTo(i % 2 == 0 ? "started" : "ended");
    }
    for (RereconciliationWatch.Run run : told.ended) {
      assertThat(run.running()).isFalse();
      assertThat(run.done()).isEqualTo(run.total()).isPositive();
      assertThat(run.failed()).isZero();
    }
    assertThat(told.ended.get(told.ended.size() - 1).changed())
        .as("the rollback changed the hostages' status back")
        .isPositive();

    api()
        .auth()
        .preemptive()
        .basic(RunningService.EDITOR, RunningService.EDITOR_PASSWORD)
        .post("/api/rulesets/no-such-version/activate")
        .then()
        .statusCode(404);
  }

  @Test
  void aBrokenFileKeepsTheVersionInForceAndSaysWhy() throws Exception {
    String inForce = active().getString("hash");
    Path scope = rules.resolve("policy/scope.drl");
    String good = Files.readString(scope);
    try {
      Files.writeString(scope, good.replaceFirst("then\n", "then\n    this is not java (\n"));
      String reload =
          await(
              "the refusal in /health",
              EditorsWorkflowIT::lastReload,
              r -> r != null && r.startsWith("kept") && r.contains("policy/scope.drl"));
      assertThat(reload).contains("policy/scope.drl");
      assertThat(active().getString("hash")).isEqualTo(inForce);
      assertThat(Files.readString(service.logFile(), StandardCharsets.ISO_8859_1))
          .contains("refused, version " + inForce.substring(0, 12) + " stays");
      assertThat(rejectedEventsInTheAuditTrail()).isPositive();
    } finally {
      Files.writeString(scope, good);
    }
  }

  @Test
  void diffAgainstActivePreviewsACandidateOnEveryStoredIncident() throws Exception {
    Path candidate =
        RulesFixture.copyTo(rules.getParent().resolve("candidate-" + System.nanoTime()));
    // No source is trusted enough for the wounded any more: published, but unverified.
    RulesFixture.replace(candidate.resolve("data/thresholds.csv"), "injured,3", "injured,5");
    String hashBefore = active().getString("hash");
    CommandLine cli = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit =
        cli.execute(
            "diff",
            "--rules",
            candidate.toString(),
            "--against",
            "active",
            "--url",
            service.baseUri().toString(),
            "--user",
            RunningService.EDITOR,
            "--password",
            RunningService.EDITOR_PASSWORD);
    assertThat(exit).as(err.toString()).isEqualTo(3);
    assertThat(out.toString())
        .containsPattern("incident " + incident + " injured: settled 14 -> unverified 14");
    assertThat(active().getString("hash")).as("a dry run activates nothing").isEqualTo(hashBefore);

    exit =
        cli.execute(
            "diff",
            "--rules",
            candidate.toString(),
            "--against",
            "active",
            "--url",
            service.baseUri().toString(),
            "--user",
            "nobody",
            "--password",
            "wrong");
    assertThat(exit).isNotZero();
    assertThat(err.toString()).contains("refused user 'nobody'");
  }

  private static String lastReload() {
    List<Map<String, Object>> checks = api().get("/health").then().extract().path("checks");
    for (Map<String, Object> check : checks) {
      if ("rules compiled".equals(check.get("name"))) {
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) check.get("data");
        Object last = data == null ? null : data.get("lastReload");
        return last == null ? null : last.toString();
      }
    }
    return null;
  }

  private static int rejectedEventsInTheAuditTrail() throws Exception {
    var db = service.database();
    try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "select count(*) from audit_event where kind = 'rule_set_rejected' and actor ="
                        + " 'file-watch'")) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
