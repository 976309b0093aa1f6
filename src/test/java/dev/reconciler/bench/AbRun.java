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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The {@code ab} task, for a machine shared with other work: several rule sets ({@code
 * bench.rules}, comma-separated directories) with several compilers ({@code bench.compilers}) and
 * the hand-coded policy, measured in one JVM in interleaved batches (each engine one batch in turn,
 * round after round), so that the load of the machine falls on all of them alike. CPU time of the
 * measuring thread per reconciliation of the same generated incidents, median [min..max] over the
 * measured rounds, and each engine's ratio to the hand-coded policy of the same rounds.
 */
final class AbRun {

  private AbRun() {}

  static void run(String[] sizes) {
    int warmups = Integer.getInteger("bench.warmups", 20);
    int rounds = Integer.getInteger("bench.iterations", 30);
    String[] dirs = System.getProperty("bench.rules", "rules").split(",");
    String[] compilers =
        System.getProperty("bench.compilers", RuleCompiler.configured().key()).split(",");
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<String, List<Double>> medians = new LinkedHashMap<>();
    for (String size : sizes) {
      int claims = Integer.parseInt(size);
      Map<String, Function<Incident, Object>> engines = new LinkedHashMap<>();
      RuleSet first = null;
      for (String dir : dirs) {
        RuleSet rules = RuleSetLoader.fromDirectory(Path.of(dir));
        first = first == null ? rules : first;
        for (String c : compilers) {
          Reconciler r = new Reconciler(rules, RuleCompiler.parse(c));
          engines.put("rules " + rules.version() + ", " + c, r::reconcile);
        }
      }
      HandCodedPolicy handCoded = new HandCodedPolicy(first.data());
      engines.put("hand-coded", handCoded::reconcile);
      IncidentGenerator generator = new IncidentGenerator(42, first.data());
      Incident[] incidents = new Incident[EngineBenchmark.POOL];
      for (int i = 0; i < incidents.length; i++) {
        incidents[i] = generator.next(claims);
      }
      int batch = Math.max(2, 6_000 / claims);
      Map<String, List<Double>> times = new LinkedHashMap<>();
      engines.keySet().forEach(k -> times.put(k, new ArrayList<>()));
      int next = 0;
      for (int round = 0; round < warmups + rounds; round++) {
        for (var e : engines.entrySet()) {
          long start = threads.getCurrentThreadCpuTime();
          for (int k = 0; k < batch; k++) {
            e.getValue().apply(incidents[(next + k) % incidents.length]);
          }
          long cpu = threads.getCurrentThreadCpuTime() - start;
          if (round >= warmups) {
            times.get(e.getKey()).add(cpu / 1_000.0 / batch);
          }
        }
        next = (next + batch) % incidents.length;
      }
      double hand = Stats.of(times.get("hand-coded"))[0];
      System.out.printf(
          "%d claims, %d rounds of %d incidents after %d warm-up rounds, us CPU per incident:%n",
          claims, rounds, batch, warmups);
      for (var e : times.entrySet()) {
        double[] s = Stats.of(e.getValue());
        medians.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(s[0]);
        System.out.printf(
            "  %-40s %-26s %8.0f/s   %.1fx hand-coded%n",
            e.getKey(), Stats.format(s), 1e6 / s[0], s[0] / hand);
      }
    }
    if (sizes.length > 1) {
      double[] x = new double[sizes.length];
      double[] nlogn = new double[sizes.length];
      for (int i = 0; i < sizes.length; i++) {
        int n = Integer.parseInt(sizes[i]);
        x[i] = Math.log(n);
        nlogn[i] = Math.log(n * Math.log(n));
      }
      System.out.printf(
          "growth over %s claims, least squares of log time on log n (n log n fitted the same"
              + " way: n^%.2f):%n",
          String.join(", ", sizes), slope(x, nlogn));
      for (var e : medians.entrySet()) {
        double[] y = e.getValue().stream().mapToDouble(Math::log).toArray();
        int last = sizes.length - 1;
        System.out.printf(
            "  %-40s n^%.2f (between %s and %s claims: n^%.2f)%n",
            e.getKey(),
            slope(x, y),
            sizes[last - 1],
            sizes[last],
            (y[last] - y[last - 1]) / (x[last] - x[last - 1]));
      }
    }
  }

  private static double slope(double[] x, double[] y) {
    double mx = java.util.Arrays.stream(x).average().orElse(0);
    double my = java.util.Arrays.stream(y).average().orElse(0);
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
    }
    return sxy / sxx;
  }
}
