package dev.reconciler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reconciler.claim.Claim;
import dev.reconciler.report.Report;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One extractor serves many threads at once and gives each the same claims as alone. */
class ConcurrencyTest {

  @Test
  void parallelExtractionGivesTheSameClaimsAsSequential() throws Exception {
    List<Report> reports = new ArrayList<>(SharedExtractor.reports(Path.of("seeds")));
    reports.addAll(
        SharedExtractor.reports(CorpusAccuracyTest.DEV.resolve("dhaka-holey-artisan-2016")));
    Extractor extractor = SharedExtractor.EXTRACTOR;
    List<List<Claim>> sequential = reports.stream().map(extractor::extract).toList();

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Claim>>> futures = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        for (Report r : reports) {
          futures.add(pool.submit(() -> extractor.extract(r)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % reports.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
