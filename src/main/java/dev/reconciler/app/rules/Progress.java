package dev.reconciler.app.rules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reconciler.json.Json;
import dev.reconciler.store.RereconciliationRuns;
import java.time.Duration;
import java.time.Instant;

/**
 * How far a re-reconciliation after a rule change has come, as its stored partitions say: every
 * instance reading the database tells the same.
 *
 * @param run the stored run's id (0: none)
 * @param done incidents handled, failed ones included, so that done reaches total
 * @param changed incidents that got a new resolution
 * @param failed incidents that could not be reconciled (logged; the others go on)
 * @param elapsed time since the run began, to its end once it ended (a run resumed after a restart
 *     counts the time it stood still)
 * @param running true from activation until every partition is done or a newer activation
 *     superseded the run; also while no instance works on it (until one resumes it)
 * @param partitions the run's ranges of incidents, and how many of them are done
 */
public record Progress(
    long run,
    String ruleSetHash,
    int total,
    int done,
    int changed,
    int failed,
    boolean running,
    Duration elapsed,
    int partitions,
    int partitionsDone,
    boolean superseded) {

  public static final Progress NONE =
      new Progress(0, null, 0, 0, 0, 0, false, Duration.ZERO, 0, 0, false);

  /** The progress of a stored run at {@code now}. */
  public static Progress of(RereconciliationRuns.Totals t, Instant now) {
    boolean superseded = t.supersededAt() != null;
    boolean running = !superseded && t.partitionsDone() < t.partitions();
    Instant end;
    if (running) {
      end = now;
    } else if (superseded) {
      end = t.supersededAt();
    } else if (t.finishedAt() != null) {
      end = t.finishedAt();
    } else {
      // Every partition done, the finish not recorded yet (or never: the last worker died).
      end = t.lastDoneAt() == null ? t.run().startedAt() : t.lastDoneAt();
    }
    Duration elapsed = Duration.between(t.run().startedAt(), end);
    return new Progress(
        t.run().id(),
        t.ruleSetHash(),
        t.incidents(),
        t.done(),
        t.changed(),
        t.failed(),
        running,
        elapsed.isNegative() ? Duration.ZERO : elapsed,
        t.partitions(),
        t.partitionsDone(),
        superseded);
  }

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
   * "secondsLeft","run","partitions","partitionsDone","superseded"}}; {@code secondsLeft} null when
   * unknown or done, {@code run} null when there is none.
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
    if (run == 0) {
      n.putNull("run");
    } else {
      n.put("run", run);
    }
    n.put("partitions", partitions);
    n.put("partitionsDone", partitionsDone);
    n.put("superseded", superseded);
    return n;
  }
}
