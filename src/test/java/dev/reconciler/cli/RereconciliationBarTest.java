package dev.reconciler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reconciler.launch.RereconciliationWatch.Run;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RereconciliationBarTest {

  private static Run run(int done, int changed, int failed, boolean running, double seconds) {
    return new Run(
        2, "2026-12-02T08:00:00Z", "3.3.0", 1000, done, changed, failed, running, seconds);
  }

  @Test
  void withoutATerminalItSaysWhatRunsAndEndsWithOneLineOfTheOutcome() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    RereconciliationBar bar = new RereconciliationBar(out, false);
    bar.started(run(0, 0, 0, true, 0));
    bar.progressed(run(400, 390, 0, true, 1.0));
    bar.ended(run(1000, 990, 2, false, 2.5));
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed)
        .startsWith("reconciler: rules 3.3.0 in force; re-reconciling 1000 incident(s)")
        .contains("1000/1000", "changed 990, failed 2")
        .endsWith(
            "reconciler: re-reconciled 1000 of 1000 incident(s) under rules 3.3.0 in 2.5 s: 990"
                + " changed, 2 failed"
                + System.lineSeparator());
  }

  @Test
  void aRunCutShortByANewerActivationSaysSo() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RereconciliationBar bar =
        new RereconciliationBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
    bar.started(run(0, 0, 0, true, 0));
    bar.ended(run(300, 300, 0, true, 0.6));
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("re-reconciled 300 of 1000 incident(s)", "(a newer activation took over)");
  }
}
