package dev.reconciler.bench;

import dev.reconciler.extract.Extractor;
import dev.reconciler.report.Report;
import dev.reconciler.report.ReportReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The extractor with CoreNLP in this JVM: how long building it takes (the models load), the heap it
 * keeps, and the time per report once warm, over the seeds and the development corpus. Each report
 * is extracted {@code bench.warmups} times unmeasured, then {@code bench.iterations} times; its
 * figure is the median of those, wall-clock and CPU time of the (only) extracting thread. Run it on
 * one core ({@code taskset -c 1}) for the one-core figure: the JIT and GC threads then share the
 * core too.
 */
final class ExtractRun {

  private static final double MB = 1024.0 * 1024;

  private ExtractRun() {}

  static void run(String[] dirs) throws Exception {
    List<Path> files =
        reports(dirs.length > 0 ? dirs : new String[] {"seeds", "src/test/resources/corpus/dev"});
    List<Report> reports = files.stream().map(ReportReader::read).toList();
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double before = heapAfterGc(memory);
    long t0 = System.nanoTime();
    long c0 = threads.getCurrentThreadCpuTime();
    Extractor extractor = new Extractor();
    double loadSeconds = (System.nanoTime() - t0) / 1e9;
    double loadCpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
    double peak = peakHeap();
    double after = heapAfterGc(memory);
    System.out.printf(
        Locale.ROOT,
        "load: new Extractor() in %.1f s (%.1f s CPU of this thread); heap used after a full GC"
            + " %.0f MiB (%.0f MiB before), peak heap during the load %.0f MiB%n",
        loadSeconds,
        loadCpu,
        after,
        before,
        peak);

    long f0 = System.nanoTime();
    int claims = extractor.extract(reports.get(0)).size();
    System.out.printf(
        Locale.ROOT,
        "first report (cold): %.2f s, %d claims%n",
        (System.nanoTime() - f0) / 1e9,
        claims);

    int warmups = Integer.getInteger("bench.warmups", 2);
    int iterations = Integer.getInteger("bench.iterations", 3);
    int chars = reports.stream().mapToInt(r -> r.text().length()).sum();
    System.out.printf(
        Locale.ROOT,
        "%d reports, %d characters (%d to %d each); %d warm-up and %d measured extractions each%n",
        reports.size(),
        chars,
        reports.stream().mapToInt(r -> r.text().length()).min().orElse(0),
        reports.stream().mapToInt(r -> r.text().length()).max().orElse(0),
        warmups,
        iterations);
    long w0 = System.nanoTime();
    for (int w = 0; w < warmups; w++) {
      reports.forEach(extractor::extract);
    }
    System.out.printf(Locale.ROOT, "warm-up: %.0f s%n", (System.nanoTime() - w0) / 1e9);

    List<List<Double>> wall = new ArrayList<>();
    List<List<Double>> cpu = new ArrayList<>();
    reports.forEach(
        r -> {
          wall.add(new ArrayList<>());
          cpu.add(new ArrayList<>());
        });
    for (int i = 0; i < iterations; i++) {
      for (int k = 0; k < reports.size(); k++) {
        long s = System.nanoTime();
        long c = threads.getCurrentThreadCpuTime();
        extractor.extract(reports.get(k));
        cpu.get(k).add((threads.getCurrentThreadCpuTime() - c) / 1e6);
        wall.get(k).add((System.nanoTime() - s) / 1e6);
      }
    }
    List<Double> wallMs = new ArrayList<>();
    List<Double> cpuMs = new ArrayList<>();
    List<Double> wallPer2000 = new ArrayList<>();
    List<Double> wallPer2000Long = new ArrayList<>();
    int over = 0;
    for (int k = 0; k < reports.size(); k++) {
      double w = Stats.of(wall.get(k))[0];
      double c = Stats.of(cpu.get(k))[0];
      int n = reports.get(k).text().length();
      wallMs.add(w);
      cpuMs.add(c);
      double per2000 = w * 2000.0 / n;
      wallPer2000.add(per2000);
      if (n >= 1000) {
        wallPer2000Long.add(per2000);
      }
      // The target: at most 1 s for a report of 2,000 characters, i.e. 0.5 ms per character.
      if (w > 1000.0 * Math.max(n, 2000) / 2000.0) {
        over++;
      }
      if (Boolean.getBoolean("bench.each")) {
        System.out.printf(
            Locale.ROOT, "  %-70s %6d chars %8.1f ms %8.1f ms CPU%n", files.get(k), n, w, c);
      }
    }
    System.out.println("per report, median [min..max] over the reports of each report's median:");
    System.out.println("  wall ms:                 " + Stats.format(Stats.of(wallMs)));
    System.out.println("  CPU ms (this thread):    " + Stats.format(Stats.of(cpuMs)));
    System.out.println(
        "  wall ms per 2,000 chars: "
            + Stats.format(Stats.of(wallPer2000))
            + " (reports of 1,000 chars or more: "
            + Stats.format(Stats.of(wallPer2000Long))
            + ")");
    System.out.printf(
        Locale.ROOT,
        "  all %d reports in %.1f s of wall time per pass; %d above 1 s per 2,000 characters%n",
        reports.size(),
        wallMs.stream().mapToDouble(Double::doubleValue).sum() / 1000,
        over);
    System.out.printf(
        Locale.ROOT, "heap used after a full GC at the end: %.0f MiB%n", heapAfterGc(memory));
  }

  private static List<Path> reports(String[] dirs) throws Exception {
    List<Path> out = new ArrayList<>();
    for (String d : dirs) {
      try (Stream<Path> walk = Files.walk(Path.of(d))) {
        walk.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(out::add);
      }
    }
    return out;
  }

  private static double heapAfterGc(MemoryMXBean memory) {
    System.gc();
    System.gc();
    return memory.getHeapMemoryUsage().getUsed() / MB;
  }

  /** The sum of the heap pools' peaks: an upper bound of the heap the load needed at once. */
  private static double peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum / MB;
  }
}
