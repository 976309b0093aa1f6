package dev.reconciler.app.rules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reconciler.json.Json;
import java.time.Duration;

/**
 * How far a re-reconciliation after a rule change has come.
 *
 * @param done incidents handled, failed ones included, so that done reaches total
 * @param changed incidents that got a new resolution
 * @param failed incidents that could not be reconciled (logged; the others go on)
 * @param elapsed time since the run began, to its end once it ended
 * @param running true from activation until every incident was handled or a newer activation
 *     superseded the run
 */
public record Progress(
    String ruleSetHash,
    int total,
    int done,
    int changed,
    int failed,
    boolean running,
    Duration elapsed) {

  public static final Progress NONE = new Progress(null, 0, 0, 0, 0, false, Duration.ZERO);

  /** Incidents handled per second so far (0 before the first). */
  public double rate() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds <= 0 ? 0 : done / seconds;
  }

  /** At the rate so far, how long the rest takes; null before the first batch or when done. */
  public Duration timeLeft() {
    double rate = rate();
    if (!running || rate <= 0) {
      return null;
    }
    return Duration.ofMillis(Math.round((total - done) / rate * 1000));
  }

  /**
   * {@code {"done","total","changed","failed","running","perSecond","elapsedSeconds",
   * "secondsLeft"}}; {@code secondsLeft} null when unknown or done.
   */
  public ObjectNode toJson() {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("done", done);
    n.put("total", total);
    n.put("changed", changed);
    n.put("failed", failed);
    n.put("running", running);
    n.put("perSecond", Math.round(rate() * 10) / 10.0);
    n.put("elapsedSeconds", Math.round(elapsed.toMillis() / 100.0) / 10.0);
    Duration left = timeLeft();
    if (left == null) {
      n.putNull("secondsLeft");
    } else {
      n.put("secondsLeft", Math.round(left.toMillis() / 100.0) / 10.0);
    }
    return n;
  }
}
