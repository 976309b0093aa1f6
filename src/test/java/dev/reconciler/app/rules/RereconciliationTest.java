package dev.reconciler.app.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reconciler.app.reconciling.ActiveRuleSet;
import dev.reconciler.reconcile.RuleSetLoader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * How a re-reconciliation goes through the incidents: in batches, a failed batch again one incident
 * at a time, an incident whose rules fail counted alone. The steps here stand in for the database
 * (IngestionIT runs the real ones on PostgreSQL).
 */
class RereconciliationTest {

  private static final ActiveRuleSet RULES =
      new ActiveRuleSet(1, RuleSetLoader.fromDirectory(Path.of("rules")), "editor", Instant.EPOCH);

  /** 600 incidents; the batch holding 300 fails as a whole, and 300 fails alone too. */
  private static final class Steps implements Rereconciliation.PerIncident {
    final List<List<Long>> batches = Collections.synchronizedList(new ArrayList<>());
    final List<Long> alone = Collections.synchronizedList(new ArrayList<>());

    @Override
    public List<Long> incidentIds() {
      return LongStream.rangeClosed(1, 600).boxed().toList();
    }

    @Override
    public Rereconciliation.Batch reconcileAgain(
        List<Long> incidentIds, ActiveRuleSet rules, String actor) {
      batches.add(List.copyOf(incidentIds));
      if (incidentIds.contains(300L)) {
        throw new IllegalStateException("the batch's transaction failed");
      }
      // Incident 7's rules fail; the others of its batch are stored, even ones unchanged.
      return incidentIds.contains(7L)
          ? new Rereconciliation.Batch(
              incidentIds.size() - 2, Map.of(7L, new IllegalStateException("rules failed")))
          : new Rereconciliation.Batch(incidentIds.size(), Map.of());
    }

    @Override
    public boolean reconcileAgain(long incidentId, ActiveRuleSet rules, String actor) {
      alone.add(incidentId);
      if (incidentId == 300L) {
        throw new IllegalStateException("incident 300 cannot be reconciled");
      }
      return true;
    }
  }

  @Test
  void goesInBatchesAndTriesAFailedBatchOneIncidentAtATime() {
    Steps steps = new Steps();
    Progress p = new Rereconciliation(steps, RULES, "editor").run();

    assertThat(steps.batches).extracting(List::size).containsExactly(250, 250, 100);
    assertThat(steps.alone).hasSize(250).contains(300L).doesNotContain(7L, 550L);
    assertThat(p.total()).isEqualTo(600);
    assertThat(p.done()).isEqualTo(600);
    assertThat(p.failed()).isEqualTo(2);
    // 248 of the first batch (7 failed, one unchanged), 249 of the second, 100 of the third.
    assertThat(p.changed()).isEqualTo(248 + 249 + 100);
    assertThat(p.running()).isFalse();
    assertThat(p.timeLeft()).isNull();
    assertThat(p.toJson().path("perSecond").asDouble()).isPositive();
  }

  @Test
  void twoWorkersTakeEveryBatchOnce() {
    Steps steps = new Steps();
    var pool = Executors.newSingleThreadExecutor();
    try {
      Progress p = new Rereconciliation(steps, RULES, "editor").runWith(2, pool);
      assertThat(p.done()).isEqualTo(600);
      assertThat(steps.batches.stream().flatMap(List::stream).distinct().count()).isEqualTo(600);
      assertThat(steps.batches.stream().mapToInt(List::size).sum()).isEqualTo(600);
    } finally {
      pool.shutdown();
    }
  }
}
