package dev.reconciler.cli;

import dev.reconciler.launch.RereconciliationWatch;
import dev.reconciler.launch.RereconciliationWatch.Run;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The console's view of a re-reconciliation after a rule change: a progress bar (done / total,
 * rate, time left, changed and failed) that redraws itself on a terminal, or a line every ten
 * seconds when the output is a file or a pipe, then one line with the outcome.
 */
final class RereconciliationBar implements RereconciliationWatch.Listener {

  private final PrintStream out;
  private final boolean terminal;
  private ProgressBar bar;

  /** {@code terminal}: redraw one line in place (a console), or print a line now and then. */
  RereconciliationBar(PrintStream out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  @Override
  public void started(Run run) {
    out.println(
        "reconciler: rules "
            + run.version()
            + " in force; re-reconciling "
            + run.total()
            + " incident(s)");
    ProgressBarConsumer consumer =
        terminal
            ? new ConsoleProgressBarConsumer(out)
            : new DelegatingProgressBarConsumer(line -> out.println("reconciler: " + line), 100);
    bar =
        new ProgressBarBuilder()
            .setTaskName("rules " + run.version())
            .setInitialMax(run.total())
            .setStyle(ProgressBarStyle.ASCII)
            .setUnit(" incidents", 1)
            .showSpeed()
            .setUpdateIntervalMillis(terminal ? 500 : 10_000)
            .startsFrom(run.done(), Duration.ofMillis(Math.round(run.elapsedSeconds() * 1000)))
            .setConsumer(consumer)
            .build();
    progressed(run);
  }

  @Override
  public void progressed(Run run) {
    bar.stepTo(run.done());
    bar.setExtraMessage(" changed " + run.changed() + ", failed " + run.failed());
  }

  @Override
  public void ended(Run run) {
    progressed(run);
    bar.close();
    bar = null;
    out.println(
        String.format(
            Locale.ROOT,
            "reconciler: re-reconciled %d of %d incident(s) under rules %s in %.1f s: %d changed,"
                + " %d failed%s",
            run.done(),
            run.total(),
            run.version(),
            run.elapsedSeconds(),
            run.changed(),
            run.failed(),
            run.done() < run.total() ? " (a newer activation took over)" : ""));
  }
}
