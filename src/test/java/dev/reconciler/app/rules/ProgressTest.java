package dev.reconciler.app.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reconciler.store.RereconciliationRuns.Run;
import dev.reconciler.store.RereconciliationRuns.Totals;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A stored run's progress as its partitions say: running, finished, superseded, and when. */
class ProgressTest {

  private static final Instant START = Instant.parse("2026-12-03T08:00:00Z");
  private static final Run RUN = new Run(7, 3, "editor", START);

  private static Totals totals(
      int done, int partitionsDone, Instant lastDone, Instant finished, Instant superseded) {
    return new Totals(
        RUN, "abc", 1_000, done, done / 2, 1, 4, partitionsDone, lastDone, finished, superseded);
  }

  @Test
  void runsWhilePartitionsAreLeftEvenWhenNobodyWorksOnIt() {
    Progress p =
        Progress.of(totals(500, 2, START.plusSeconds(4), null, null), START.plusSeconds(10));
    assertThat(p.running()).isTrue();
    assertThat(p.elapsed()).isEqualTo(Duration.ofSeconds(10));
    assertThat(p.rate()).isEqualTo(50.0);
    assertThat(p.toJson().path("secondsLeft").asDouble()).isEqualTo(10.0);
    assertThat(p.toJson().path("run").asLong()).isEqualTo(7);
    assertThat(p.toJson().path("partitionsDone").asInt()).isEqualTo(2);
  }

  @Test
  void aFinishedRunCountsItsTimeToTheFinish() {
    Progress p =
        Progress.of(
            totals(1_000, 4, START.plusSeconds(19), START.plusSeconds(20), null),
            START.plusSeconds(300));
    assertThat(p.running()).isFalse();
    assertThat(p.superseded()).isFalse();
    assertThat(p.elapsed()).isEqualTo(Duration.ofSeconds(20));
    assertThat(p.toJson().path("secondsLeft").isNull()).isTrue();
  }

  @Test
  void everyPartitionDoneWithoutTheFinishRecordedEndsAtTheLastPartition() {
    Progress p =
        Progress.of(totals(1_000, 4, START.plusSeconds(15), null, null), START.plusSeconds(60));
    assertThat(p.running()).isFalse();
    assertThat(p.elapsed()).isEqualTo(Duration.ofSeconds(15));
  }

  @Test
  void aSupersededRunStopsRunningWhenTheNewerActivationCame() {
    Progress p =
        Progress.of(
            totals(250, 1, START.plusSeconds(3), null, START.plusSeconds(5)),
            START.plusSeconds(60));
    assertThat(p.running()).isFalse();
    assertThat(p.superseded()).isTrue();
    assertThat(p.elapsed()).isEqualTo(Duration.ofSeconds(5));
    assertThat(p.toJson().path("superseded").asBoolean()).isTrue();
  }

  @Test
  void noRunIsNullInTheDocument() {
    assertThat(Progress.NONE.toJson().path("run").isNull()).isTrue();
    assertThat(Progress.NONE.running()).isFalse();
  }
}
