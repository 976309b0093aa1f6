package dev.reconciler.bench;

import dev.reconciler.app.LocalTransactions;
import dev.reconciler.app.reconciling.ActiveRuleSet;
import dev.reconciler.app.rules.Progress;
import dev.reconciler.app.rules.Rereconciliation;
import dev.reconciler.app.rules.RuleSetVersions;
import dev.reconciler.reconcile.Reconciler;
import dev.reconciler.reconcile.RuleSet;
import dev.reconciler.reconcile.RuleSetLoader;
import dev.reconciler.store.TestSchema;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;

/**
 * Bulk re-reconciliation with persistence: {@code bench.incidents} (100,000) stored incidents of
 * {@code bench.claims} (30) claims on the embedded PostgreSQL (or RECONCILER_TEST_DB_URL), an
 * editor's rule change (reporters ranked 3 instead of 2), then the product's {@link
 * Rereconciliation} over all of them: the run stored with the activation, its partitions of {@code
 * Rereconciliation.BATCH} incidents claimed by the workers, changed resolutions and their audit
 * events written, one transaction per partition. Prints incidents/s end to end (activation to last
 * commit) and the peak memory of this JVM.
 */
final class BulkRereconciliation {

  private BulkRereconciliation() {}

  public static void main(String[] args) throws Exception {
    int incidents = Integer.getInteger("bench.incidents", 100_000);
    int claims = Integer.getInteger("bench.claims", 30);
    int workers = Integer.getInteger("bench.workers", Runtime.getRuntime().availableProcessors());
    int maxSeconds = Integer.getInteger("bench.maxSeconds", 0);
    Clock clock = Clock.systemUTC();
    RuleSet rules =
        RuleSetLoader.fromDirectory(Path.of(System.getProperty("bench.rules", "rules")));
    Map<String, String> edited = new TreeMap<>(rules.files());
    edited.put(
        "data/ranks.csv", edited.get("data/ranks.csv").replace("reporter,*,2", "reporter,*,3"));
    RuleSet changed = RuleSetLoader.fromTexts(edited, "edited");
    try (TestSchema db = TestSchema.create()) {
      LocalTransactions tx = new LocalTransactions(db.entityManagerFactory());
      ActiveRuleSet before =
          tx.inTransaction(em -> new RuleSetVersions(em, clock).activate(rules, "system"));
      long t0 = System.nanoTime();
      long rows = new BulkLoad(db.dataSource(), rules, before.id()).load(incidents, claims, 42);
      long t1 = System.nanoTime();
      System.out.printf(
          "loaded %,d incidents, %,d claims, and their resolutions in %.1f s (COPY; not timed"
              + " below)%n",
          incidents, rows, (t1 - t0) / 1e9);

      // The server compiles an edited rule set before activating it; so does this.
      long b0 = System.nanoTime();
      new Reconciler(changed);
      System.out.printf(
          "edited rule set compiled in %.1f s (before the timed part, as in the server)%n",
          (System.nanoTime() - b0) / 1e9);
      System.gc();
      resetPeaks();

      long t2 = System.nanoTime();
      ActiveRuleSet next =
          tx.inTransaction(em -> new RuleSetVersions(em, clock).activate(changed, "editor"));
      Rereconciliation job =
          new Rereconciliation(
              tx.reconcileAgain(clock), tx.unfinishedRun().id(), next, "editor", "bench");
      java.util.concurrent.ExecutorService pool =
          java.util.concurrent.Executors.newFixedThreadPool(Math.max(1, workers - 1));
      if (maxSeconds > 0) {
        // A time box for slow machines: the run stops after the incident in hand, and the rate
        // over what was done is reported with the projected time for all of them.
        java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
                r -> {
                  Thread t = new Thread(r);
                  t.setDaemon(true);
                  return t;
                })
            .schedule(job::cancel, maxSeconds, java.util.concurrent.TimeUnit.SECONDS);
      }
      Progress p = job.runWith(workers, pool);
      pool.shutdown();
      long t3 = System.nanoTime();
      double seconds = (t3 - t2) / 1e9;
      System.out.printf(
          "re-reconciled %,d of %,d incidents with %d worker(s) (%,d changed, %d failed) in %.1f s:"
              + " %.0f incidents/s end to end%s%n",
          p.done(),
          p.total(),
          workers,
          p.changed(),
          p.failed(),
          seconds,
          p.done() / seconds,
          p.done() < p.total()
              ? String.format(
                  " (time box reached; all %,d would take %.0f s at this rate)",
                  p.total(), p.total() / (p.done() / seconds))
              : "");
      System.out.printf(
          "peak heap %.0f MiB (max %.0f MiB), peak resident set of this JVM %s%n",
          peakHeap() / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0, residentPeak());
      try (Connection c = db.dataSource().getConnection();
          ResultSet r =
              c.createStatement()
                  .executeQuery(
                      "select (select count(*) from audit_event), (select count(*) from"
                          + " resolution), (select"
                          + " pg_size_pretty(pg_database_size(current_database())))")) {
        r.next();
        System.out.printf(
            "database: %,d audit events, %,d resolutions, size %s%n",
            r.getLong(1), r.getLong(2), r.getString(3));
      }
    }
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** VmHWM: the most memory this process ever had resident (includes the load phase). */
  private static String residentPeak() {
    try {
      return Files.readAllLines(Path.of("/proc/self/status")).stream()
          .filter(l -> l.startsWith("VmHWM"))
          .map(l -> l.replaceAll("VmHWM:\\s*", ""))
          .findFirst()
          .orElse("?");
    } catch (Exception e) {
      return "?";
    }
  }
}
