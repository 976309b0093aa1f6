package dev.reconciler.bench;

import dev.reconciler.reconcile.Reconciler;
import dev.reconciler.reconcile.RuleCompiler;
import dev.reconciler.reconcile.RuleSet;
import dev.reconciler.reconcile.RuleSetLoader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code build} task: how long building a KieBase of the rule set takes with each rule compiler
 * (what an editor waits for after a change, and a deployment at start), wall-clock and CPU of the
 * building thread. The first build of each compiler in the JVM is reported apart (cold: class
 * loading, no JIT); then {@code bench.iterations} builds, alternating the compilers.
 */
final class BuildRun {

  private BuildRun() {}

  static void run() {
    RuleSet rules =
        RuleSetLoader.fromDirectory(Path.of(System.getProperty("bench.rules", "rules")));
    String[] compilers =
        System.getProperty("bench.compilers", "executable-model,interpreted").split(",");
    int iterations = Integer.getInteger("bench.iterations", 5);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<List<Double>> wall = new ArrayList<>();
    List<List<Double>> cpu = new ArrayList<>();
    for (String c : compilers) {
      long t0 = System.nanoTime();
      long c0 = threads.getCurrentThreadCpuTime();
      int n = Reconciler.compileUncached(rules, RuleCompiler.parse(c));
      System.out.printf(
          "first build, %s: %.2f s (%.2f s CPU of this thread), %d rules%n",
          c, (System.nanoTime() - t0) / 1e9, (threads.getCurrentThreadCpuTime() - c0) / 1e9, n);
      wall.add(new ArrayList<>());
      cpu.add(new ArrayList<>());
    }
    for (int i = 0; i < iterations; i++) {
      for (int k = 0; k < compilers.length; k++) {
        long t0 = System.nanoTime();
        long c0 = threads.getCurrentThreadCpuTime();
        Reconciler.compileUncached(rules, RuleCompiler.parse(compilers[k]));
        wall.get(k).add((System.nanoTime() - t0) / 1e6);
        cpu.get(k).add((threads.getCurrentThreadCpuTime() - c0) / 1e6);
      }
    }
    for (int k = 0; k < compilers.length; k++) {
      System.out.printf(
          "KieBase build, %s, %d builds after the first: %s ms wall, %s ms CPU of this thread%n",
          compilers[k],
          iterations,
          Stats.format(Stats.of(wall.get(k))),
          Stats.format(Stats.of(cpu.get(k))));
    }
  }
}
