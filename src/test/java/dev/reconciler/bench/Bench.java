package dev.reconciler.bench;

import dev.reconciler.reconcile.RuleSet;
import dev.reconciler.reconcile.RuleSetLoader;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * BENCHMARK ENTRY POINT (test sources, never part of the product): {@code ./mvnw -Pbench
 * -DskipTests package exec:exec -Dbench=TASK}, TASK one of
 *
 * <ul>
 *   <li>{@code engine}: checks Drools and the hand-coded policy agree on generated incidents of 10,
 *       30, 100 and 300 claims, then JMH throughput of both at 30 claims and the ratio;
 *   <li>{@code growth}: JMH time per incident at 10, 30, 100 and 300 claims, both engines;
 *   <li>{@code build}: the time to build a KieBase of the rules with each rule compiler;
 *   <li>{@code ab}: rule sets and compilers side by side in one JVM, interleaved batches (for a
 *       shared machine);
 *   <li>{@code cpu}: a quick CPU-time comparison of both engines in one JVM, for iterating on
 *       rules;
 *   <li>{@code bulk}: 100,000 stored incidents of 30 claims re-reconciled after a rule change;
 *   <li>{@code api}: the running service under load from a separate process;
 *   <li>{@code extract}: the extractor's model load time and heap, and its time per report warm
 *       over the seeds and the development corpus.
 * </ul>
 *
 * Options are system properties, listed in BENCHMARKS.md. Figures never go into assertions.
 */
public final class Bench {

  private Bench() {}

  public static void main(String[] args) throws Exception {
    String task = args.length > 0 ? args[0] : "engine";
    String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
    Machine.print();
    switch (task) {
      case "engine" -> {
        checkAgreement();
        EngineRun.run(new String[] {"30"});
      }
      case "growth" -> EngineRun.run(new String[] {"10", "30", "100", "300"});
      case "build" -> BuildRun.run();
      case "ab" -> AbRun.run(rest.length > 0 ? rest : new String[] {"30"});
      case "cpu" -> CpuRun.run(rest.length > 0 ? rest : new String[] {"10", "30", "100", "300"});
      case "agreement" -> checkAgreement();
      case "bulk" -> BulkRereconciliation.main(rest);
      case "api" -> ApiLoad.main(rest);
      case "extract" -> ExtractRun.run(rest);
      default -> {
        System.err.println(
            "bench: unknown task '"
                + task
                + "' (engine, growth, build, ab, cpu, agreement, bulk, api, extract)");
        System.exit(2);
      }
    }
    System.exit(0);
  }

  /** The comparison is meaningless unless both decide the same: stop when they do not. */
  static void checkAgreement() {
    RuleSet rules =
        RuleSetLoader.fromDirectory(Path.of(System.getProperty("bench.rules", "rules")));
    boolean ok = true;
    for (int claims : new int[] {10, 30, 100, 300}) {
      int incidents = claims >= 300 ? 50 : 200;
      AgreementCheck.Report r = AgreementCheck.run(rules, 42, incidents, claims);
      System.out.printf(
          "agreement, %3d claims: %d incidents, %d differ in status or best value, %d in other"
              + " details%s%n",
          claims,
          r.incidents(),
          r.essential(),
          r.detailOnly(),
          r.kinds().isEmpty() ? "" : " " + r.kinds());
      r.examples().forEach(e -> System.out.println("  " + e));
      ok &= r.agrees();
    }
    if (!ok) {
      System.out.println(
          "bench: Drools and the hand-coded policy disagree; throughput not measured");
      System.exit(1);
    }
  }
}
