package dev.reconciler.reconcile.bench;

import dev.reconciler.reconcile.Incident;
import dev.reconciler.reconcile.Reconciler;
import dev.reconciler.reconcile.RuleSet;
import dev.reconciler.reconcile.RuleSetLoader;
import dev.reconciler.reconcile.scenario.ScenarioReader;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Not a test: a manual benchmark. Prints the KieBase build time (first build in a fresh JVM, and a
 * second build of an edited rule set) and warm reconciliations per second of the seeds incident on
 * the calling thread. Run pinned to one core:
 *
 * <pre>
 * mvn -q -o test-compile && taskset -c 0 java -cp target/test-classes:target/classes:'target/lib/*' \
 *   dev.reconciler.reconcile.bench.ReconcileBenchmark [rules] [seconds] [claims.json]
 * </pre>
 *
 * <p>With a claims JSON file ({@code extract --json} form) that incident is measured instead of
 * the seeds scenario.
 */
public final class ReconcileBenchmark {

  public static void main(String[] args) {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
    Path rules = Path.of(args.length > 0 ? args[0] : "rules");
    double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
    Incident seeds =
        args.length > 2
            ? claimsJson(Path.of(args[2]))
            : ScenarioReader.read(rules.resolve("tests/seeds-karachi-police-office.yaml")).incident();

    long t0 = System.nanoTime();
    RuleSet ruleSet = RuleSetLoader.fromDirectory(rules);
    long t1 = System.nanoTime();
    Reconciler reconciler = new Reconciler(ruleSet);
    long t2 = System.nanoTime();
    Map<String, String> edited = new TreeMap<>(ruleSet.files());
    edited.put("policy/scope.drl", edited.get("policy/scope.drl") + "\n// edited\n");
    long t3 = System.nanoTime();
    new Reconciler(RuleSetLoader.fromTexts(edited, "edited"));
    long t4 = System.nanoTime();
    long t5 = System.nanoTime();
    new Reconciler(RuleSetLoader.fromDirectory(rules));
    long t6 = System.nanoTime();
    System.out.printf("claims in incident: %d%n", seeds.claims().size());
    System.out.printf("load rule set (files, data, hash): %.1f ms%n", (t1 - t0) / 1e6);
    System.out.printf("KieBase build, first in JVM:       %.0f ms%n", (t2 - t1) / 1e6);
    System.out.printf("KieBase build, edited rule set:    %.0f ms%n", (t4 - t3) / 1e6);
    System.out.printf("same rule set again (cache hit):   %.2f ms%n", (t6 - t5) / 1e6);

    long warmUntil = System.nanoTime() + 5_000_000_000L;
    int warm = 0;
    while (System.nanoTime() < warmUntil) {
      reconciler.reconcile(seeds);
      warm++;
    }
    long start = System.nanoTime();
    long end = start + (long) (seconds * 1e9);
    int n = 0;
    while (System.nanoTime() < end) {
      reconciler.reconcile(seeds);
      n++;
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    System.out.printf("warm-up: %d reconciliations%n", warm);
    System.out.printf("reconciliations: %d in %.1f s = %.0f per second (%.2f ms each)%n", n, elapsed, n / elapsed, 1000 * elapsed / n);
  }

  private static Incident claimsJson(Path file) {
    try {
      com.fasterxml.jackson.databind.JsonNode root =
          dev.reconciler.json.Json.MAPPER.readTree(java.nio.file.Files.readString(file));
      Map<String, java.time.LocalDate> dates = new java.util.HashMap<>();
      root.path("reports")
          .forEach(
              r ->
                  dates.put(
                      r.path("id").asText(),
                      r.path("publishedOn").isTextual()
                          ? java.time.LocalDate.parse(r.path("publishedOn").asText())
                          : null));
      java.util.List<dev.reconciler.claim.Claim> claims = new java.util.ArrayList<>();
      int i = 0;
      for (com.fasterxml.jackson.databind.JsonNode c : root.path("claims")) {
        claims.add(dev.reconciler.json.ClaimJson.fromJson(c, "claims[" + i++ + "]"));
      }
      return new Incident(claims, dates);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
