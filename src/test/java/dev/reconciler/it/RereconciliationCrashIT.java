package dev.reconciler.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reconciler.audit.AuditKind;
import dev.reconciler.bench.BulkLoad;
import dev.reconciler.config.Settings;
import dev.reconciler.json.Json;
import dev.reconciler.launch.DatabaseCheck;
import dev.reconciler.launch.EmbeddedDatabase;
import dev.reconciler.launch.ReconcilerService;
import dev.reconciler.reconcile.Incident;
import dev.reconciler.reconcile.RuleSet;
import dev.reconciler.reconcile.RuleSetLoader;
import dev.reconciler.reconcile.RulesFixture;
import dev.reconciler.security.PasswordHash;
import dev.reconciler.security.UserAccounts;
import dev.reconciler.store.AuditVerifier;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The service killed with SIGKILL in the middle of a re-reconciliation (issue 18), then started
 * again on the same database: the run resumes where the database says it stood, and every incident
 * ends reconciled once under the new rules. The database is the test's own (the embedded PostgreSQL
 * on its own directory and port, used by the service as an external one), so killing the server's
 * JVM leaves no database process behind and the data survives it. {@code crash.incidents} (4,000)
 * generated incidents of 30 claims are COPY-loaded under the rules in force; an editor then
 * activates over the API a copy whose table ranks reporters 3 instead of 2.
 */
class RereconciliationCrashIT {

  private static final int INCIDENTS = Integer.getInteger("crash.incidents", 4_000);
  private static final int CLAIMS = 30;
  private static final long SEED = 42;
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(10);

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void aRunKilledMidwayResumesAndEveryIncidentEndsReconciledOnceUnderTheNewRules()
      throws Exception {
    Path dir = Files.createTempDirectory(Path.of("target"), "it-crash-");
    Path rulesDir = RulesFixture.copyTo(dir.resolve("rules"));
    RuleSet original = RuleSetLoader.fromDirectory(rulesDir);
    Path ranks = rulesDir.resolve("data/ranks.csv");
    String editedRanks = Files.readString(ranks).replace("reporter,*,2", "reporter,*,3");
    EmbeddedDatabase db =
        EmbeddedDatabase.start(dir.resolve("postgres"), RunningService.freePort());
    ReconcilerService service = null;
    try {
      service = start(dir, db, rulesDir, "crash-1");
      long before = active(service).path("id").asLong();
      BulkLoad load = new BulkLoad(DatabaseCheck.dataSource(db.target()), original, before);
      load.load(INCIDENTS, CLAIMS, SEED);
      System.out.printf("[crash] %,d incidents of %d claims loaded%n", INCIDENTS, CLAIMS);

      // An editor's change over the API; the run it starts is killed once partly done.
      ObjectNode body = Json.MAPPER.createObjectNode();
      body.putObject("files").put("data/ranks.csv", editedRanks);
      long activating = System.nanoTime();
      HttpResponse<String> activated =
          http.send(
              HttpRequest.newBuilder(service.baseUri().resolve("api/rulesets/activate"))
                  .timeout(Duration.ofSeconds(120))
                  .header("Authorization", basic())
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(activated.statusCode()).as(activated.body()).isEqualTo(200);
      long next = Json.MAPPER.readTree(activated.body()).path("id").asLong();
      assertThat(next).isNotEqualTo(before);
      JsonNode partly = awaitPartlyDone(service);
      ProcessHandle server = RunningService.killServer(service);
      long killed = System.nanoTime();
      Instant killedAt = Instant.now();
      service.close();
      service = null;
      System.out.println("[crash] killed the server (pid " + server.pid() + ") at " + partly);

      Map<Long, String> doneAtKill;
      long run;
      try (Connection c = DatabaseCheck.dataSource(db.target()).getConnection()) {
        run = longs(c, "select id from rereconciliation_run where rule_set_id = " + next).get(0);
        doneAtKill = RunPartitions.doneBy(c, run);
      }
      assertThat(doneAtKill).as("partitions done before the kill").isNotEmpty();
      assertThat(doneAtKill.size())
          .as("partitions done before the kill, of all")
          .isLessThan(partly.path("partitions").asInt());
      System.out.printf(
          Locale.ROOT,
          "[crash] killed %.1f s after the activation was sent, %d of %d partitions done%n",
          seconds(killed - activating),
          doneAtKill.size(),
          partly.path("partitions").asInt());

      // The editor had saved the change in the files too, so the restart keeps it in force.
      Files.writeString(ranks, editedRanks);
      String editedId = RuleSetLoader.fromDirectory(rulesDir).id();
      long restarting = System.nanoTime();
      service = start(dir, db, rulesDir, "crash-2");
      long ready = System.nanoTime();
      JsonNode finished = awaitFinished(service);
      long done = System.nanoTime();
      System.out.println("[crash] after the restart: " + finished);
      System.out.printf(
          Locale.ROOT,
          "[crash] restart to ready %.1f s (the run resumes during start-up), ready to finished"
              + " %.1f s, kill to finished %.1f s%n",
          seconds(ready - restarting),
          seconds(done - ready),
          seconds(done - killed));
      Instant resumedAt = loggedAt(service.logFile(), "resuming re-reconciliation run " + run);
      Instant finishedAt =
          loggedAt(
              service.logFile(),
              "re-reconciliation run " + run + " under rules " + editedId + " finished");
      System.out.printf(
          Locale.ROOT,
          "[crash] in the new server's log: resumed %.1f s after the kill, finished %.1f s after"
              + " resuming%n",
          seconds(Duration.between(killedAt, resumedAt).toNanos()),
          seconds(Duration.between(resumedAt, finishedAt).toNanos()));
      assertThat(finished.path("run").asLong()).isEqualTo(run);
      assertThat(finished.path("done").asInt()).isEqualTo(INCIDENTS);
      assertThat(finished.path("total").asInt()).isEqualTo(INCIDENTS);
      assertThat(finished.path("failed").asInt()).isZero();

      try (Connection c = DatabaseCheck.dataSource(db.target()).getConnection()) {
        assertStored(c, run, next, doneAtKill, load.incidents(INCIDENTS, CLAIMS, SEED), rulesDir);
      }
    } finally {
      if (service != null) {
        service.close();
      }
      db.close();
    }
  }

  private static void assertStored(
      Connection c,
      long run,
      long next,
      Map<Long, String> doneAtKill,
      List<Incident> generated,
      Path rulesDir)
      throws Exception {
    // One run for the activation, finished; every partition done, and the ones done before the
    // kill not done again.
    assertThat(longs(c, "select count(*) from rereconciliation_run where rule_set_id = " + next))
        .containsExactly(1L);
    assertThat(
            longs(
                c,
                "select count(*) from rereconciliation_run where id = "
                    + run
                    + " and finished_at is not null and superseded_at is null"))
        .containsExactly(1L);
    Map<Long, String> doneAfter = RunPartitions.doneBy(c, run);
    assertThat(
            longs(
                c,
                "select count(*) from rereconciliation_partition where run_id = "
                    + run
                    + " and done_at is null"))
        .containsExactly(0L);
    doneAtKill.forEach((first, by) -> assertThat(doneAfter).containsEntry(first, by));
    assertThat(doneAfter.values())
        .as("partitions done after the restart, by the second instance")
        .anySatisfy(by -> assertThat(doneAtKill).doesNotContainValue(by));
    // Every incident lies in exactly one partition of the run: none left out, none twice.
    assertThat(RunPartitions.incidentsNotInExactlyOnePartition(c, run)).isZero();
    assertThat(longs(c, "select count(*) from incident")).containsExactly((long) INCIDENTS);
    // At most one new resolution per incident under the new version (none from the partitions
    // the kill rolled back), each with its one audit event.
    assertThat(
            longs(
                c,
                "select incident_id from resolution where rule_set_id = "
                    + next
                    + " group by incident_id having count(*) > 1"))
        .isEmpty();
    long changed =
        longs(
                c,
                "select coalesce(sum(changed), 0) from rereconciliation_partition where run_id = "
                    + run)
            .get(0);
    assertThat(longs(c, "select count(*) from resolution where rule_set_id = " + next))
        .containsExactly(changed);
    assertThat(
            longs(
                c,
                "select count(*) from audit_event where kind = '"
                    + AuditKind.RERECONCILED_AFTER_RULE_CHANGE.key()
                    + "'"))
        .containsExactly(changed);
    assertThat(changed).as("the edit changes incidents").isPositive();
    // Where the run stored a resolution, it is the incident's current one (the newest).
    assertThat(
            longs(
                c,
                "select i.id from incident i where exists (select 1 from resolution n where"
                    + " n.incident_id = i.id and n.rule_set_id = "
                    + next
                    + ") and (select r.rule_set_id from resolution r where r.incident_id = i.id"
                    + " order by r.id desc limit 1) <> "
                    + next))
        .isEmpty();

    // The current resolution (the newest) of each incident publishes what the new rules decide,
    // replayed here from the generated incidents, not read from the service.
    assertThat(CurrentResolutions.stored(c)).hasSize(INCIDENTS);
    List<Long> wrong =
        CurrentResolutions.notAsReplayed(c, generated, 1, RuleSetLoader.fromDirectory(rulesDir));
    assertThat(wrong).as("incidents whose current resolution is not the new rules'").isEmpty();

    AuditVerifier.Verification v = AuditVerifier.verify(c);
    assertThat(v.intact()).as("audit chain: %s at %s", v.problem(), v.firstBrokenId()).isTrue();
  }

  /**
   * Waits until the run has partitions done and more than one left, fast enough that the kill lands
   * in the middle.
   */
  private JsonNode awaitPartlyDone(ReconcilerService service) throws Exception {
    long deadline = System.nanoTime() + RUN_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode r = active(service).path("rereconciliation");
      int done = r.path("partitionsDone").asInt();
      int all = r.path("partitions").asInt();
      if (!r.path("running").asBoolean() && done == all && all > 0) {
        throw new AssertionError(
            "the run finished before it could be killed; raise -Dcrash.incidents: " + r);
      }
      if (done >= 1 && done < all - 1) {
        return r;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the run did not get going within " + RUN_TIMEOUT);
  }

  private JsonNode awaitFinished(ReconcilerService service) throws Exception {
    long deadline = System.nanoTime() + RUN_TIMEOUT.toNanos();
    JsonNode r = null;
    while (System.nanoTime() < deadline) {
      r = active(service).path("rereconciliation");
      if (!r.path("running").asBoolean()) {
        return r;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the resumed run did not finish within " + RUN_TIMEOUT + ": " + r);
  }

  private JsonNode active(ReconcilerService service) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(service.baseUri().resolve("api/rulesets/active"))
                .timeout(Duration.ofSeconds(30))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return Json.MAPPER.readTree(r.body());
  }

  private static ReconcilerService start(Path dir, EmbeddedDatabase db, Path rulesDir, String tag)
      throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put(Settings.DATA_DIR, dir.resolve("data").toString());
    env.put(Settings.LOG_DIR, dir.resolve("logs-" + tag).toString());
    env.put(Settings.PORT, Integer.toString(RunningService.freePort()));
    env.put(Settings.RULES_DIR, rulesDir.toString());
    env.put(Settings.RULES_WATCH, "false");
    // No report is posted: the models would only take the cores from the run.
    env.put(Settings.EXTRACTOR_DELAY_MS, Long.toString(Duration.ofHours(1).toMillis()));
    env.put(Settings.DB_URL, db.target().url());
    env.put(Settings.DB_USER, db.target().user());
    env.put(Settings.DB_PASSWORD, db.target().password());
    env.put(
        Settings.USERS,
        UserAccounts.entry(
            RunningService.EDITOR,
            PasswordHash.hash(RunningService.EDITOR_PASSWORD.toCharArray()),
            UserAccounts.EDITOR));
    return ReconcilerService.start(
        Settings.from(env),
        Path.of("target"),
        RunningService.READY_TIMEOUT,
        line -> System.out.println("[" + tag + "] " + line));
  }

  private static String basic() {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString(
                (RunningService.EDITOR + ":" + RunningService.EDITOR_PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
  }

  /**
   * When the server logged the first line containing {@code text} (Payara's stamp, {@code
   * [2026-12-03T07:42:44.873+0000]}); waits a little, as the line may come just after the state the
   * test saw.
   */
  private static Instant loggedAt(Path log, String text) throws Exception {
    DateTimeFormatter stamp = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    do {
      for (String line : Files.readAllLines(log)) {
        if (line.contains(text) && line.startsWith("[")) {
          return OffsetDateTime.parse(line.substring(1, line.indexOf(']')), stamp).toInstant();
        }
      }
      Thread.sleep(200);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("no line with '" + text + "' in " + log);
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  private static List<Long> longs(Connection c, String query) throws Exception {
    List<Long> values = new ArrayList<>();
    try (ResultSet rs = c.createStatement().executeQuery(query)) {
      while (rs.next()) {
        values.add(rs.getLong(1));
      }
    }
    return values;
  }
}
