package dev.reconciler.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reconciler.config.Settings;
import dev.reconciler.json.Json;
import dev.reconciler.launch.EmbeddedDatabase;
import dev.reconciler.launch.ReconcilerService;
import dev.reconciler.store.AuditVerifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL restarted under the running service (issue 18): a PostgreSQL of its own (the embedded
 * one, on a fixed port and data directory, so that stopping and starting it again is a restart the
 * service cannot tell from a real one), which the service uses as an external database. The pool
 * validates its connections, so the first reads after a restart succeed; while the database is down
 * every failure is a 503 problem with Retry-After; no acknowledged report is lost, nothing is half
 * written, and readiness comes back by itself.
 */
class DatabaseRestartIT {

  private static final int CLIENTS = 4;
  private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(10);

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** One answer to a client's POST, with when it was sent (nanoTime). */
  record Posted(long sentAt, int status, String contentType, String retryAfter, String body) {}

  @Test
  void aRestartedDatabaseIsUsedAgainAtOnceAndNoAcknowledgedReportIsLost() throws Exception {
    Path dir = Files.createTempDirectory(Path.of("target"), "it-restart-");
    int dbPort = RunningService.freePort();
    Path pgData = dir.resolve("postgres");
    EmbeddedDatabase db = EmbeddedDatabase.start(pgData, dbPort);
    try (ReconcilerService service = RunningService.withExtractor(start(dir, db))) {
      URI base = service.baseUri();

      // 1. A restart while nobody asks: every pooled connection is stale afterwards.
      assertThat(get(base, "api/incidents").statusCode()).isEqualTo(200);
      db.close();
      db = EmbeddedDatabase.start(pgData, dbPort);
      List<Integer> firstReads = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        firstReads.add(get(base, "api/incidents").statusCode());
      }
      System.out.println("[restart] the 10 reads right after a quiet restart: " + firstReads);
      assertThat(firstReads).as("stale connections are never handed out").containsOnly(200);
      assertThat(get(base, "health/ready").statusCode()).isEqualTo(200);

      // 2. Four clients posting reports through a stop of some seconds and a start: the stop
      // comes once every client has had a report acknowledged (so posts are in flight), the
      // clients go on until each has had two answers to posts sent after readiness came back.
      AtomicBoolean stop = new AtomicBoolean();
      ConcurrentLinkedQueue<Posted> answers = new ConcurrentLinkedQueue<>();
      AtomicLong readyAt = new AtomicLong(Long.MAX_VALUE);
      List<String> seeds = seeds();
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      CountDownLatch warm = new CountDownLatch(CLIENTS);
      CountDownLatch after = new CountDownLatch(CLIENTS);
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int client = c;
        running.add(
            clients.submit(
                () -> {
                  boolean acknowledged = false;
                  int answeredAfterReady = 0;
                  for (int n = 0; !stop.get(); n++) {
                    String text =
                        seeds.get((client + n) % seeds.size())
                            + "\n\nUpdate "
                            + client
                            + "-"
                            + n
                            + ": the spokesman repeated the figures.\n";
                    Posted p = post(base, text);
                    answers.add(p);
                    if (!acknowledged && p.status() / 100 == 2) {
                      acknowledged = true;
                      warm.countDown();
                    }
                    if (p.sentAt() > readyAt.get() && ++answeredAfterReady == 2) {
                      after.countDown();
                    }
                  }
                  return null;
                }));
      }
      assertThat(warm.await(5, TimeUnit.MINUTES))
          .as("every client had a report acknowledged")
          .isTrue();
      db.close();
      long down = System.nanoTime();
      Thread.sleep(6_000);
      db = EmbeddedDatabase.start(pgData, dbPort);
      long up = System.nanoTime();
      long ready = awaitDatabaseReady(base, up);
      readyAt.set(ready);
      boolean enough = after.await(5, TimeUnit.MINUTES);
      stop.set(true);
      for (Future<?> f : running) {
        f.get();
      }
      clients.shutdown();
      assertThat(enough).as("every client had two answers after the restart").isTrue();

      // Every answer is an acknowledgement or a 503 problem that says when to come back.
      Set<String> acknowledged = new HashSet<>();
      Map<Integer, Integer> byStatus = new HashMap<>();
      int failedAfterReady = 0;
      int sentAfterReady = 0;
      for (Posted p : answers) {
        byStatus.merge(p.status(), 1, Integer::sum);
        sentAfterReady += p.sentAt() > ready ? 1 : 0;
        if (p.status() == 201 || p.status() == 200) {
          acknowledged.add(Json.MAPPER.readTree(p.body()).path("report").path("id").asText());
          continue;
        }
        assertThat(p.status()).as(p.body()).isEqualTo(503);
        assertThat(p.contentType()).startsWith("application/problem+json");
        JsonNode problem = Json.MAPPER.readTree(p.body());
        assertThat(problem.path("type").asText())
            .isEqualTo("urn:reconciler:problem:database-unavailable");
        assertThat(p.retryAfter()).as("Retry-After").matches("[1-9][0-9]*");
        if (p.sentAt() > ready) {
          failedAfterReady++;
        }
      }
      double recovery = (ready - up) / 1e9;
      System.out.printf(
          "[restart] %d reports posted by %d clients, answers %s (%d acknowledged, %d sent after"
              + " readiness came back, %d of them failed); database down %.1f s; ready again"
              + " %.1f s after it was back%n",
          answers.size(),
          CLIENTS,
          byStatus,
          acknowledged.size(),
          sentAfterReady,
          failedAfterReady,
          (up - down) / 1e9,
          recovery);
      assertThat(byStatus.get(503)).as("some posts met the database down").isNotNull();
      assertThat(failedAfterReady).as("failures once ready again").isZero();
      assertThat(recovery).isLessThan(RECOVERY_LIMIT.toSeconds());

      // Nothing acknowledged is lost, nothing is half written, the audit chain holds.
      try (Connection c =
          DriverManager.getConnection(
              service.database().url(), service.database().user(), service.database().password())) {
        Set<String> stored = ids(c, "select id from report");
        assertThat(stored).containsAll(acknowledged);
        assertThat(
                ids(
                    c,
                    "select distinct report_id from audit_event where kind ="
                        + " 'report_received'"))
            .as("every stored report went through the whole submission")
            .isEqualTo(stored);
        assertThat(AuditVerifier.verify(c).intact()).isTrue();
      }
    } finally {
      db.close();
    }
  }

  private static ReconcilerService start(Path dir, EmbeddedDatabase db) {
    Map<String, String> env = new HashMap<>();
    env.put(Settings.DATA_DIR, dir.resolve("data").toString());
    env.put(Settings.LOG_DIR, dir.resolve("logs").toString());
    env.put(Settings.PORT, Integer.toString(freePort()));
    env.put(Settings.RULES_WATCH, "false");
    env.put(Settings.DB_URL, db.target().url());
    env.put(Settings.DB_USER, db.target().user());
    env.put(Settings.DB_PASSWORD, db.target().password());
    return ReconcilerService.start(
        Settings.from(env),
        Path.of("target"),
        RunningService.READY_TIMEOUT,
        line -> System.out.println("[restart] " + line));
  }

  /** The time (nanoTime) at which {@code /health/ready} first answers 200 after {@code since}. */
  private long awaitDatabaseReady(URI base, long since) throws Exception {
    while (System.nanoTime() - since < Duration.ofSeconds(60).toNanos()) {
      if (get(base, "health/ready").statusCode() == 200) {
        return System.nanoTime();
      }
      Thread.sleep(200);
    }
    throw new AssertionError("/health/ready not 200 within 60 s of the database's return");
  }

  private HttpResponse<String> get(URI base, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private Posted post(URI base, String text) throws Exception {
    long sent = System.nanoTime();
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(base.resolve("api/reports"))
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(text))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return new Posted(
        sent,
        r.statusCode(),
        r.headers().firstValue("Content-Type").orElse(""),
        r.headers().firstValue("Retry-After").orElse(""),
        r.body());
  }

  private static Set<String> ids(Connection c, String query) throws Exception {
    Set<String> ids = new HashSet<>();
    try (ResultSet rs = c.createStatement().executeQuery(query)) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    return ids;
  }

  private static List<String> seeds() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      List<String> texts = new ArrayList<>();
      for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(f));
      }
      return texts;
    }
  }

  private static int freePort() {
    try {
      return RunningService.freePort();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
