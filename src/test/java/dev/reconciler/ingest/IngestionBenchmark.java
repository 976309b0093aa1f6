package dev.reconciler.ingest;

import dev.reconciler.extract.Extractor;
import dev.reconciler.reconcile.RuleSet;
import dev.reconciler.reconcile.RuleSetLoader;
import dev.reconciler.report.Report;
import dev.reconciler.report.ReportReader;
import dev.reconciler.store.TestSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Not a test: a manual benchmark on the embedded PostgreSQL (or {@code RECONCILER_TEST_DB_URL}).
 * Ingests reports into {@code incidents} incidents of {@code perIncident} reports each (six claims
 * per report, test extractor), prints the time per report, then activates an edited rule set and
 * prints re-reconciliation incidents per second, then ingests the five seeds with the real
 * extractor. Run from the project root:
 *
 * <pre>
 * ./mvnw -q -o test-compile && java -cp target/test-classes:target/classes:'target/lib/*' \
 *   dev.reconciler.ingest.IngestionBenchmark [incidents] [perIncident]
 * </pre>
 */
public final class IngestionBenchmark {

  public static void main(String[] args) throws Exception {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
    int incidents = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    int perIncident = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Clock clock = Clock.systemUTC();
    RuleSet rules = RuleSetLoader.fromDirectory(Path.of("rules"));
    try (TestSchema db = TestSchema.create()) {
      Transactions tx = new LocalTransactions(db.entityManagerFactory());
      ActiveRuleSet active = tx.inTransaction(em -> new RuleSetVersions(em, clock).activate(rules, "system"));
      LineExtractor extractor = new LineExtractor();
      // Warm up: the KieBase build, Hibernate's first queries.
      ingest(tx, extractor, active, clock, report(-1, 0));
      long t0 = System.nanoTime();
      int n = 0;
      for (int r = 0; r < perIncident; r++) {
        for (int i = 0; i < incidents; i++) {
          ingest(tx, extractor, active, clock, report(i, r));
          n++;
        }
      }
      long t1 = System.nanoTime();
      System.out.printf("ingested %d reports (%d incidents, up to %d reports each): %.1f ms per report%n",
          n, incidents, perIncident, (t1 - t0) / 1e6 / n);

      Map<String, String> edited = new TreeMap<>(rules.files());
      edited.put("data/ranks.csv", edited.get("data/ranks.csv").replace("reporter,*,2", "reporter,*,3"));
      RuleSet changed = RuleSetLoader.fromTexts(edited, "edited");
      new dev.reconciler.reconcile.Reconciler(changed);
      ActiveRuleSet next = tx.inTransaction(em -> new RuleSetVersions(em, clock).activate(changed, "editor"));
      long t2 = System.nanoTime();
      Progress p = new Rereconciliation(tx, next, "editor", clock).run();
      long t3 = System.nanoTime();
      System.out.printf("re-reconciled %d incidents (%d changed, %d failed) in %.2f s: %.1f incidents/s%n",
          p.done(), p.changed(), p.failed(), (t3 - t2) / 1e9, p.done() / ((t3 - t2) / 1e9));

      // The five seeds through the real extractor: extraction alone, then whole ingestions.
      Extractor real = new Extractor();
      List<Report> seeds;
      try (Stream<Path> files = Files.list(Path.of("seeds"))) {
        seeds = files.filter(f -> f.toString().endsWith(".txt")).sorted().map(ReportReader::read).toList();
      }
      seeds.forEach(real::extract);
      long t4 = System.nanoTime();
      seeds.forEach(real::extract);
      long t5 = System.nanoTime();
      for (Report seed : seeds) {
        tx.inTransaction(em -> new ReportIngestion(em, real, () -> next, clock).ingest(seed, null, "bench"));
      }
      long t6 = System.nanoTime();
      System.out.printf("seeds: extraction %.1f ms per report; whole ingestion (extract, store, reconcile, audit) %.1f ms per report%n",
          (t5 - t4) / 1e6 / seeds.size(), (t6 - t5) / 1e6 / seeds.size());
    }
    System.exit(0);
  }

  private static void ingest(Transactions tx, LineExtractor extractor, ActiveRuleSet active, Clock clock, Report report) {
    tx.inTransaction(em -> new ReportIngestion(em, extractor, () -> active, clock).ingest(report, null, "bench"));
  }

  /** Report {@code r} of incident {@code i}: its own place, the same date for every report. */
  private static Report report(int i, int r) {
    String text =
        String.join(
            "\n",
            "Report " + r + " about incident " + i + ".",
            "@claim location reporter concluded \"Place " + i + " police headquarters\"",
            "@claim victims_killed official concluded " + (4 + r % 2) + " A Spokesman",
            "@claim injured reporter ongoing " + (10 + r),
            "@claim attackers_count anonymous_official concluded 3",
            "@claim perpetrator claimant concluded \"TTP\"",
            "@claim hostages_taken social_media ongoing true");
    return ReportReader.parse(text, "bench", "Wire", LocalDate.of(2023, 2, 17), null);
  }
}
