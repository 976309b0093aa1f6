package dev.reconciler.bench;

import dev.reconciler.reconcile.Incident;
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
 * A quick single-JVM measurement for iterating on the rules: CPU time of the measuring thread per
 * reconciliation, Drools and hand-coded, on the same 256 generated incidents per size. CPU time,
 * not wall-clock time, so that other load on a shared machine does not count; JMH ({@code engine},
 * {@code growth}) gives the figures quoted as throughput.
 */
final class CpuRun {

  private CpuRun() {}

  static void run(String[] sizes) {
    RuleSet rules =
        RuleSetLoader.fromDirectory(Path.of(System.getProperty("bench.rules", "rules")));
    for (String compiler :
        System.getProperty("bench.compilers", RuleCompiler.configured().key()).split(",")) {
      System.out.println("rules compiled by " + compiler);
      run(rules, new Reconciler(rules, RuleCompiler.parse(compiler)), sizes);
    }
  }

  private static void run(RuleSet rules, Reconciler drools, String[] sizes) {
    HandCodedPolicy handCoded = new HandCodedPolicy(rules.data());
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    System.out.printf(
        "%7s  %-28s %-28s %s%n",
        "claims", "drools us CPU/incident", "hand-coded us CPU/incident", "ratio");
    for (String size : sizes) {
      int claims = Integer.parseInt(size);
      IncidentGenerator generator = new IncidentGenerator(42, rules.data());
      Incident[] incidents = new Incident[EngineBenchmark.POOL];
      for (int i = 0; i < incidents.length; i++) {
        incidents[i] = generator.next(claims);
      }
      // Batches sized so that each takes roughly the same time whatever the number of claims.
      int batch = Math.max(2, 6_000 / claims);
      double[] d = measure(threads, batch, () -> incidents, i -> drools.reconcile(i));
      double[] h = measure(threads, batch, () -> incidents, i -> handCoded.reconcile(i));
      double firings = 0;
      for (Incident i : incidents) {
        firings += drools.reconcile(i).firedRules().size();
      }
      System.out.printf(
          "%7d  %-28s %-28s %5.1fx   %.0f rules fired per incident%n",
          claims, Stats.format(d), Stats.format(h), d[0] / h[0], firings / incidents.length);
    }
  }

  private static double[] measure(
      ThreadMXBean threads,
      int batch,
      java.util.function.Supplier<Incident[]> pool,
      java.util.function.Consumer<Incident> engine) {
    Incident[] incidents = pool.get();
    int next = 0;
    int warmups = Integer.getInteger("bench.warmups", 10);
    int batches = Integer.getInteger("bench.iterations", 30);
    List<Double> perIncident = new ArrayList<>();
    for (int b = 0; b < warmups + batches; b++) {
      long start = threads.getCurrentThreadCpuTime();
      for (int k = 0; k < batch; k++) {
        engine.accept(incidents[next]);
        next = (next + 1) % incidents.length;
      }
      long cpu = threads.getCurrentThreadCpuTime() - start;
      if (b >= warmups) {
        perIncident.add(cpu / 1_000.0 / batch);
      }
    }
    return Stats.of(perIncident);
  }
}
