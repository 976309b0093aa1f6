package dev.reconciler.launch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reconciler.json.Json;
import dev.reconciler.launch.RereconciliationWatch.Run;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RereconciliationWatchTest {

  private final List<String> told = new ArrayList<>();
  private final RereconciliationWatch.Tracker tracker =
      new RereconciliationWatch.Tracker(
          new RereconciliationWatch.Listener() {
            @Override
            public void started(Run run) {
              told.add("started " + run.version() + " " + run.done() + "/" + run.total());
            }

            @Override
            public void progressed(Run run) {
              told.add("progressed " + run.done() + "/" + run.total());
            }

            @Override
            public void ended(Run run) {
              told.add("ended " + run.version() + " " + run.done() + "/" + run.total());
            }
          });

  private static Run run(long activation, String version, int done, int total, boolean running) {
    return new Run(
        activation,
        "2026-12-02T08:0" + activation + ":00Z",
        version,
        total,
        done,
        0,
        0,
        running,
        1.5);
  }

  @Test
  void readsTheDocumentOfTheRuleSetInForce() throws Exception {
    Run r =
        Run.of(
            Json.MAPPER.readTree(
                """
                {"id":4,"version":"3.3.0","hash":"ab","activatedBy":"editor",
                 "activatedAt":"2026-12-02T08:04:00Z",
                 "rereconciliation":{"done":250,"total":1000,"changed":240,"failed":1,
                   "running":true,"perSecond":500.0,"elapsedSeconds":0.5,"secondsLeft":1.5}}
                """));
    assertThat(r)
        .isEqualTo(new Run(4, "2026-12-02T08:04:00Z", "3.3.0", 1000, 250, 240, 1, true, 0.5));
  }

  @Test
  void aRunThatEndedBeforeTheWatchBeganIsNotShown() {
    tracker.look(run(1, "3.2.0", 24, 24, false));
    tracker.look(run(1, "3.2.0", 24, 24, false));
    assertThat(told).isEmpty();
  }

  @Test
  void anActivationIsShownFromStartThroughProgressToItsEnd() {
    tracker.look(run(1, "3.2.0", 24, 24, false));
    tracker.look(run(2, "3.3.0", 0, 1000, true));
    tracker.look(run(2, "3.3.0", 500, 1000, true));
    tracker.look(run(2, "3.3.0", 1000, 1000, false));
    tracker.look(run(2, "3.3.0", 1000, 1000, false));
    assertThat(told)
        .containsExactly("started 3.3.0 0/1000", "progressed 500/1000", "ended 3.3.0 1000/1000");
  }

  @Test
  void aRunThatStartedAndEndedBetweenTwoLooksIsStillShown() {
    tracker.look(run(1, "3.2.0", 24, 24, false));
    tracker.look(run(2, "3.3.0", 24, 24, false));
    assertThat(told).containsExactly("started 3.3.0 24/24", "ended 3.3.0 24/24");
  }

  @Test
  void aNewerActivationEndsTheRunShownAsLastSeenAndStartsItsOwn() {
    tracker.look(run(2, "3.3.0", 100, 1000, true));
    tracker.look(run(3, "3.2.0", 0, 1000, true));
    assertThat(told)
        .containsExactly("started 3.3.0 100/1000", "ended 3.3.0 100/1000", "started 3.2.0 0/1000");
  }
}
