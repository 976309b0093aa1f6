package dev.reconciler.launch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reconciler.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Follows a running service's re-reconciliations as any client can, from {@code GET
 * /api/rulesets/active}, and tells a {@link Listener} when one starts, how far it has come and when
 * it ends: an editor who changes a rule file while {@code ./reconciler serve} runs sees the
 * re-reconciliation it started on the console. Runs that ended before the watch began are not
 * reported; every activation after that is, even one whose run started and ended between two looks.
 */
public final class RereconciliationWatch implements AutoCloseable {

  /** One look at the rule set in force and its re-reconciliation. */
  public record Run(
      long activation,
      String activatedAt,
      String version,
      int total,
      int done,
      int changed,
      int failed,
      boolean running,
      double elapsedSeconds) {

    /** The run {@code active} (the document of GET /api/rulesets/active) describes. */
    public static Run of(JsonNode active) {
      JsonNode r = active.path("rereconciliation");
      return new Run(
          active.path("id").asLong(),
          active.path("activatedAt").asText(),
          active.path("version").asText(),
          r.path("total").asInt(),
          r.path("done").asInt(),
          r.path("changed").asInt(),
          r.path("failed").asInt(),
          r.path("running").asBoolean(),
          r.path("elapsedSeconds").asDouble());
    }

    /** Both looks are at the run of one activation. */
    boolean sameActivation(Run other) {
      return other != null
          && activation == other.activation
          && Objects.equals(activatedAt, other.activatedAt);
    }
  }

  /** What the watch reports; called from the watch's own thread. */
  public interface Listener {
    void started(Run run);

    void progressed(Run run);

    void ended(Run run);
  }

  /**
   * Turns successive looks into the listener's calls. The first look only sets what was already
   * there; a run is then started once, progressed while it runs and ended once.
   */
  static final class Tracker {
    private final Listener listener;
    private Run last;
    private boolean showing;

    Tracker(Listener listener) {
      this.listener = listener;
    }

    void look(Run now) {
      Run before = last;
      last = now;
      if (before == null) {
        if (now.running()) {
          start(now);
        }
        return;
      }
      if (!now.sameActivation(before)) {
        if (showing) {
          // A newer activation superseded the run shown: end it as last seen.
          end(before);
        }
        start(now);
      } else if (showing && now.running()) {
        listener.progressed(now);
      }
      if (showing && !now.running()) {
        end(now);
      }
    }

    private void start(Run run) {
      showing = true;
      listener.started(run);
    }

    private void end(Run run) {
      showing = false;
      listener.ended(run);
    }
  }

  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "reconciler-rereconciliation-watch");
            t.setDaemon(true);
            return t;
          });

  private RereconciliationWatch() {}

  /**
   * Looks at {@code base}'s rule set in force every {@code every} until closed; {@code apiKey} is
   * sent as {@code X-API-Key} when not null. A look that fails (the server stopping, a timeout) is
   * skipped.
   */
  public static RereconciliationWatch start(
      URI base, String apiKey, Duration every, Listener listener) {
    RereconciliationWatch watch = new RereconciliationWatch();
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve("api/rulesets/active"))
            .timeout(Duration.ofSeconds(10))
            .header("Accept", "application/json");
    if (apiKey != null) {
      request.header("X-API-Key", apiKey);
    }
    HttpRequest look = request.GET().build();
    Tracker tracker = new Tracker(listener);
    watch.timer.scheduleWithFixedDelay(
        () -> lookAt(http, look).ifPresent(tracker::look),
        0,
        every.toMillis(),
        TimeUnit.MILLISECONDS);
    return watch;
  }

  private static Optional<Run> lookAt(HttpClient http, HttpRequest look) {
    try {
      HttpResponse<String> r = http.send(look, HttpResponse.BodyHandlers.ofString());
      return r.statusCode() == 200
          ? Optional.of(Run.of(Json.MAPPER.readTree(r.body())))
          : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
