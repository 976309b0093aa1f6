package dev.reconciler.bench;

import dev.reconciler.reconcile.RuleCompiler;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link EngineBenchmark} through JMH for the given incident sizes and prints, per engine and
 * size, the median throughput over every measured iteration of every fork with its range, the time
 * per incident, the Drools/hand-coded ratio, and how time grows with the number of claims.
 */
final class EngineRun {

  private EngineRun() {}

  static void run(String[] sizes) throws Exception {
    int forks = Integer.getInteger("bench.forks", 3);
    int warmups = Integer.getInteger("bench.warmups", 4);
    int iterations = Integer.getInteger("bench.iterations", 5);
    String seconds = System.getProperty("bench.seconds", "2");
    // Which rule compilers to measure: -Dbench.compilers=executable-model,interpreted for both.
    String[] compilers =
        System.getProperty("bench.compilers", RuleCompiler.configured().key()).split(",");
    Options options =
        new OptionsBuilder()
            .include(EngineBenchmark.class.getName() + "\\.")
            .param("claims", sizes)
            .param("compiler", compilers)
            .forks(forks)
            .warmupIterations(warmups)
            .warmupTime(TimeValue.seconds(Long.parseLong(seconds)))
            .measurementIterations(iterations)
            .measurementTime(TimeValue.seconds(Long.parseLong(seconds)))
            .jvmArgsAppend("-Xmx2g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=error")
            .build();
    Collection<RunResult> results = new Runner(options).run();

    // compiler -> claims -> engine -> median, min, max
    Map<String, Map<Integer, Map<String, double[]>>> byCompiler = new TreeMap<>();
    for (RunResult r : results) {
      int claims = Integer.parseInt(r.getParams().getParam("claims"));
      String compiler = r.getParams().getParam("compiler");
      String engine = r.getParams().getBenchmark().replaceAll(".*\\.", "");
      List<Double> scores = new ArrayList<>();
      for (BenchmarkResult b : r.getBenchmarkResults()) {
        for (IterationResult i : b.getIterationResults()) {
          scores.add(i.getPrimaryResult().getScore());
        }
      }
      byCompiler
          .computeIfAbsent(compiler, k -> new TreeMap<>())
          .computeIfAbsent(claims, k -> new TreeMap<>())
          .put(engine, Stats.of(scores));
    }
    for (var c : byCompiler.entrySet()) {
      print(c.getKey(), c.getValue(), forks, iterations, seconds);
    }
  }

  private static void print(
      String compiler,
      Map<Integer, Map<String, double[]>> byClaims,
      int forks,
      int iterations,
      String seconds) {
    System.out.println();
    System.out.printf(
        "engine throughput, rules compiled by %s (%d forks x %d iterations of %s s, one thread),"
            + " median [min..max]:%n",
        compiler, forks, iterations, seconds);
    System.out.printf(
        "%7s  %-34s %-34s %s%n",
        "claims",
        "drools (reconciliations/s)",
        "hand-coded (reconciliations/s)",
        "drools time / hand-coded time");
    for (var e : byClaims.entrySet()) {
      double[] d = e.getValue().get("drools");
      double[] h = e.getValue().get("handCoded");
      System.out.printf(
          "%7d  %-34s %-34s %.1fx%n", e.getKey(), Stats.format(d), Stats.format(h), h[0] / d[0]);
    }
    if (byClaims.size() > 1) {
      System.out.println();
      System.out.println(
          "growth: time per incident (median), and its growth from 10 claims against n log n");
      System.out.printf(
          "%7s  %14s %14s %12s %12s %12s%n",
          "claims", "drools us", "hand us", "drools x", "hand x", "n log n x");
      int n0 = byClaims.keySet().iterator().next();
      double d0 = 1e6 / byClaims.get(n0).get("drools")[0];
      double h0 = 1e6 / byClaims.get(n0).get("handCoded")[0];
      for (var e : byClaims.entrySet()) {
        int n = e.getKey();
        double d = 1e6 / e.getValue().get("drools")[0];
        double h = 1e6 / e.getValue().get("handCoded")[0];
        System.out.printf(
            "%7d  %14.1f %14.1f %12.1f %12.1f %12.1f%n",
            n, d, h, d / d0, h / h0, (n * Math.log(n)) / (n0 * Math.log(n0)));
      }
      List<Integer> ns = new ArrayList<>(byClaims.keySet());
      for (String engine : new String[] {"drools", "handCoded"}) {
        int a = ns.get(ns.size() - 2);
        int b = ns.get(ns.size() - 1);
        double ta = 1 / byClaims.get(a).get(engine)[0];
        double tb = 1 / byClaims.get(b).get(engine)[0];
        System.out.printf(
            "%s: time grows as n^%.2f between %d and %d claims (n log n would be n^%.2f there)%n",
            engine,
            Math.log(tb / ta) / Math.log((double) b / a),
            a,
            b,
            Math.log((b * Math.log(b)) / (a * Math.log(a))) / Math.log((double) b / a));
        // Least squares of log time on log n over every size, and the same for n log n itself.
        double[] x = new double[ns.size()];
        double[] y = new double[ns.size()];
        double[] z = new double[ns.size()];
        for (int i = 0; i < ns.size(); i++) {
          int n = ns.get(i);
          x[i] = Math.log(n);
          y[i] = Math.log(1 / byClaims.get(n).get(engine)[0]);
          z[i] = Math.log(n * Math.log(n));
        }
        System.out.printf(
            "%s: fitted exponent over %s claims: n^%.2f (n log n fitted the same way: n^%.2f)%n",
            engine, ns, slope(x, y), slope(x, z));
      }
    }
  }

  private static double slope(double[] x, double[] y) {
    double mx = 0;
    double my = 0;
    for (int i = 0; i < x.length; i++) {
      mx += x[i] / x.length;
      my += y[i] / y.length;
    }
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
    }
    return sxy / sxx;
  }
}
