package dev.reconciler.app.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reconciler.app.LocalTransactions;
import dev.reconciler.app.reconciling.ActiveRuleSet;
import dev.reconciler.bench.BulkLoad;
import dev.reconciler.reconcile.RuleSet;
import dev.reconciler.reconcile.RuleSetLoader;
import dev.reconciler.store.AuditVerifier;
import dev.reconciler.store.RereconciliationRuns;
import dev.reconciler.store.RereconciliationRuns.Partition;
import dev.reconciler.store.TestSchema;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Re-reconciliation runs stored in PostgreSQL (embedded, or {@code RECONCILER_TEST_DB_URL}) and
 * worked through their partitions: claims skip what another transaction holds, a rolled-back claim
 * is free again, two workers never take the same partition, a partition whose transaction fails is
 * split so that its bad incident fails alone, a worker waits for a partition another holds and
 * takes it when its holder dies, and a newer activation stops an older run. 1,100 generated
 * incidents COPY-loaded under the default rules; the edit ranks reporters 3 instead of 2.
 */
class RereconciliationRunIT {

  private static final int INCIDENTS = 1_100;

  private final Clock clock = Clock.systemUTC();
  private TestSchema db;
  private LocalTransactions tx;
  private RuleSet edited;

  @BeforeEach
  void storedIncidents() throws Exception {
    db = TestSchema.create();
    tx = new LocalTransactions(db.entityManagerFactory());
    RuleSet rules = RuleSetLoader.fromDirectory(Path.of("rules"));
    ActiveRuleSet before =
        tx.inTransaction(em -> new RuleSetVersions(em, clock).activate(rules, "system"));
    new BulkLoad(db.dataSource(), rules, before.id()).load(INCIDENTS, 6, 7);
    Map<String, String> files = new TreeMap<>(rules.files());
    files.put(
        "data/ranks.csv", files.get("data/ranks.csv").replace("reporter,*,2", "reporter,*,3"));
    edited = RuleSetLoader.fromTexts(files, "edited");
  }

  @AfterEach
  void auditChainVerifiesThenDrop() throws Exception {
    try (Connection c = db.connection()) {
      AuditVerifier.Verification v = AuditVerifier.verify(c);
      assertThat(v.intact()).as("audit chain: %s at %s", v.problem(), v.firstBrokenId()).isTrue();
    } finally {
      db.close();
    }
  }

  private ActiveRuleSet activateEdited() {
    return tx.inTransaction(em -> new RuleSetVersions(em, clock).activate(edited, "editor"));
  }

  @Test
  void anActivationStoresPartitionsCoveringEveryIncident() throws Exception {
    activateEdited();
    RereconciliationRuns.Run run = tx.unfinishedRun();
    List<long[]> ranges = partitions(run.id());
    // 1,100 incidents: four of 250 and one of 100, ranges one after the other.
    assertThat(ranges).extracting(r -> r[2]).containsExactly(250L, 250L, 250L, 250L, 100L);
    assertThat(ranges.get(0)[0]).isEqualTo(1);
    assertThat(ranges.get(ranges.size() - 1)[1]).isEqualTo(INCIDENTS);
    for (int i = 1; i < ranges.size(); i++) {
      assertThat(ranges.get(i)[0]).isEqualTo(ranges.get(i - 1)[1] + 1);
    }
    Progress p = tx.reconcileAgain(clock).progress(run.id());
    assertThat(p.total()).isEqualTo(INCIDENTS);
    assertThat(p.done()).isZero();
    assertThat(p.running()).isTrue();
  }

  @Test
  void aClaimSkipsWhatAnotherTransactionHoldsAndARolledBackClaimIsFreeAgain() throws Exception {
    activateEdited();
    long run = tx.unfinishedRun().id();
    EntityManager holder = db.entityManagerFactory().createEntityManager();
    try {
      holder.getTransaction().begin();
      Partition held = new RereconciliationRuns(holder).claimNext(run).orElseThrow();
      assertThat(held.firstIncidentId()).isEqualTo(1);
      // Another transaction, while the first holds its partition, gets the next one.
      Partition other =
          tx.inTransaction(em -> new RereconciliationRuns(em).claimNext(run)).orElseThrow();
      assertThat(other.firstIncidentId()).isEqualTo(251);
      // The holder dies without committing: its partition is the first one free again.
      holder.getTransaction().rollback();
    } finally {
      holder.close();
    }
    Partition again =
        tx.inTransaction(em -> new RereconciliationRuns(em).claimNext(run)).orElseThrow();
    assertThat(again.firstIncidentId()).isEqualTo(1);
  }

  @Test
  void twoWorkersOnOneRunNeverTakeTheSamePartition() throws Exception {
    ActiveRuleSet active = activateEdited();
    long run = tx.unfinishedRun().id();
    List<String> claims = Collections.synchronizedList(new ArrayList<>());
    // Both start together, so that they compete for the first partitions.
    CountDownLatch ready = new CountDownLatch(2);
    Rereconciliation.Steps steps = recording(tx.reconcileAgain(clock), claims, ready);
    Rereconciliation a = new Rereconciliation(steps, run, active, "editor", "worker-a");
    Rereconciliation b = new Rereconciliation(steps, run, active, "editor", "worker-b");
    CompletableFuture<Progress> ra = CompletableFuture.supplyAsync(a::run);
    CompletableFuture<Progress> rb = CompletableFuture.supplyAsync(b::run);
    ra.get(5, TimeUnit.MINUTES);
    rb.get(5, TimeUnit.MINUTES);
    // Each worker waits for the partition the other holds, so both end with the run finished.
    Progress p = b.progress();

    assertThat(claims).as("partitions claimed").hasSize(5).doesNotHaveDuplicates();
    assertThat(p.done()).isEqualTo(INCIDENTS);
    assertThat(p.total()).isEqualTo(INCIDENTS);
    assertThat(p.failed()).isZero();
    assertThat(p.running()).isFalse();
    assertThat(p.partitionsDone()).isEqualTo(5);
    assertThat(tx.reconcileAgain(clock).finishIfDone(run)).isTrue();
    try (Connection c = db.connection()) {
      assertThat(longs(c, "select count(*) from rereconciliation_partition where done_by is null"))
          .containsExactly(0L);
      // Each changed incident got exactly one resolution under the new version: none twice.
      assertThat(
              longs(
                  c,
                  "select count(*) from resolution where rule_set_id = "
                      + active.id()
                      + " group by incident_id having count(*) > 1"))
          .isEmpty();
      assertThat(longs(c, "select count(*) from resolution where rule_set_id = " + active.id()))
          .containsExactly((long) p.changed());
    }
    assertThat(p.changed()).as("the edit changes some incidents").isPositive();
  }

  @Test
  void aWorkerWaitsForAPartitionHeldElsewhereAndTakesItWhenItsHolderDies() throws Exception {
    ActiveRuleSet active = activateEdited();
    long run = tx.unfinishedRun().id();
    CountDownLatch foundNothingFree = new CountDownLatch(1);
    Rereconciliation.Steps steps =
        new Delegating(tx.reconcileAgain(clock)) {
          @Override
          public Optional<Rereconciliation.Done> reconcileNextPartition(
              long r, ActiveRuleSet rules, String actor, String worker, Consumer<Partition> c) {
            Optional<Rereconciliation.Done> done =
                super.reconcileNextPartition(r, rules, actor, worker, c);
            if (done.isEmpty()) {
              foundNothingFree.countDown();
            }
            return done;
          }
        };
    // Another instance's worker holds the first partition, as if in the middle of it.
    EntityManager holder = db.entityManagerFactory().createEntityManager();
    CompletableFuture<Progress> worker;
    try {
      holder.getTransaction().begin();
      assertThat(new RereconciliationRuns(holder).claimNext(run)).isPresent();
      worker =
          CompletableFuture.supplyAsync(
              new Rereconciliation(steps, run, active, "editor", "survivor")::run);
      assertThat(foundNothingFree.await(5, TimeUnit.MINUTES))
          .as("the worker did the free partitions and found the held one")
          .isTrue();
      assertThat(worker).as("still waiting for the held partition").isNotDone();
      // The holder dies: its transaction rolls back and its partition is free.
      holder.getTransaction().rollback();
    } finally {
      holder.close();
    }
    Progress p = worker.get(5, TimeUnit.MINUTES);

    assertThat(p.done()).isEqualTo(INCIDENTS);
    assertThat(p.running()).isFalse();
    assertThat(p.partitionsDone()).isEqualTo(5);
    try (Connection c = db.connection()) {
      assertThat(
              longs(
                  c,
                  "select count(*) from rereconciliation_partition where run_id = "
                      + run
                      + " and done_by = 'survivor'"))
          .containsExactly(5L);
      assertThat(
              longs(
                  c,
                  "select count(*) from rereconciliation_run where id = "
                      + run
                      + " and finished_at is not null"))
          .containsExactly(1L);
    }
  }

  @Test
  void aPartitionWhoseTransactionFailsIsSplitAndItsBadIncidentFailsAlone() throws Exception {
    ActiveRuleSet active = activateEdited();
    long run = tx.unfinishedRun().id();
    long bad = 300;
    Rereconciliation.Steps real = tx.reconcileAgain(clock);
    // The transaction of any partition holding incident 300 fails after its work, as a failed
    // commit would: everything it did rolls back.
    Rereconciliation.Steps failing =
        new Delegating(real) {
          @Override
          public Optional<Rereconciliation.Done> reconcileNextPartition(
              long r, ActiveRuleSet rules, String actor, String worker, Consumer<Partition> c) {
            return tx.inTransaction(
                em -> {
                  Optional<Rereconciliation.Done> done =
                      new ReconcileAgain(em, clock)
                          .reconcileNextPartition(r, rules, actor, worker, c);
                  done.filter(
                          d ->
                              d.partition().firstIncidentId() <= bad
                                  && bad <= d.partition().lastIncidentId())
                      .ifPresent(
                          d -> {
                            throw new IllegalStateException("the transaction failed");
                          });
                  return done;
                });
          }
        };
    Progress p = new Rereconciliation(failing, run, active, "editor", "worker").run();

    assertThat(p.done()).isEqualTo(INCIDENTS);
    assertThat(p.failed()).isEqualTo(1);
    assertThat(p.running()).isFalse();
    // The partition of 251..500 became 250 partitions of one incident each.
    assertThat(p.partitions()).isEqualTo(4 + 250);
    try (Connection c = db.connection()) {
      assertThat(
              longs(
                  c,
                  "select failed from rereconciliation_partition where run_id = "
                      + run
                      + " and first_incident_id = "
                      + bad))
          .containsExactly(1L);
      assertThat(
              longs(
                  c,
                  "select count(*) from resolution where rule_set_id = "
                      + active.id()
                      + " and incident_id = "
                      + bad))
          .containsExactly(0L);
      assertThat(
              longs(
                  c,
                  "select count(*) from rereconciliation_partition where run_id = "
                      + run
                      + " and failed > 0"))
          .containsExactly(1L);
    }
  }

  @Test
  void aNewerActivationStopsTheOlderRunAfterThePartitionInHand() throws Exception {
    ActiveRuleSet first = activateEdited();
    long older = tx.unfinishedRun().id();
    Rereconciliation.Steps steps = tx.reconcileAgain(clock);
    assertThat(steps.reconcileNextPartition(older, first, "editor", "w", p -> {})).isPresent();

    RuleSet rules = RuleSetLoader.fromDirectory(Path.of("rules"));
    ActiveRuleSet back =
        tx.inTransaction(em -> new RuleSetVersions(em, clock).activate(rules, "editor"));
    long newer = tx.unfinishedRun().id();
    assertThat(newer).isGreaterThan(older);

    assertThat(steps.reconcileNextPartition(older, first, "editor", "w", p -> {})).isEmpty();
    Progress stopped = steps.progress(older);
    assertThat(stopped.superseded()).isTrue();
    assertThat(stopped.running()).isFalse();
    assertThat(stopped.partitionsDone()).isEqualTo(1);

    Progress p = new Rereconciliation(steps, newer, back, "editor", "w").run();
    assertThat(p.done()).isEqualTo(INCIDENTS);
    assertThat(p.running()).isFalse();
  }

  /** Steps that record each partition claimed, after both workers are ready. */
  private static Rereconciliation.Steps recording(
      Rereconciliation.Steps real, List<String> claims, CountDownLatch ready) {
    return new Delegating(real) {
      private final ThreadLocal<Boolean> started = ThreadLocal.withInitial(() -> false);

      @Override
      public Optional<Rereconciliation.Done> reconcileNextPartition(
          long run, ActiveRuleSet rules, String actor, String worker, Consumer<Partition> c) {
        if (!started.get()) {
          started.set(true);
          ready.countDown();
          try {
            ready.await(1, TimeUnit.MINUTES);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        return super.reconcileNextPartition(
            run,
            rules,
            actor,
            worker,
            p -> {
              claims.add(p.firstIncidentId() + ".." + p.lastIncidentId());
              c.accept(p);
            });
      }
    };
  }

  /** Passes every step on to the real ones. */
  private static class Delegating implements Rereconciliation.Steps {
    private final Rereconciliation.Steps real;

    Delegating(Rereconciliation.Steps real) {
      this.real = real;
    }

    @Override
    public Optional<Rereconciliation.Done> reconcileNextPartition(
        long run, ActiveRuleSet rules, String actor, String worker, Consumer<Partition> claimed) {
      return real.reconcileNextPartition(run, rules, actor, worker, claimed);
    }

    @Override
    public void splitPartition(long run, long firstIncidentId) {
      real.splitPartition(run, firstIncidentId);
    }

    @Override
    public void failPartition(long run, long firstIncidentId, String worker) {
      real.failPartition(run, firstIncidentId, worker);
    }

    @Override
    public boolean finishIfDone(long run) {
      return real.finishIfDone(run);
    }

    @Override
    public Progress progress(long run) {
      return real.progress(run);
    }
  }

  /** Each partition of {@code run} as {first, last, incidents}, in order. */
  private List<long[]> partitions(long run) throws Exception {
    List<long[]> ranges = new ArrayList<>();
    try (Connection c = db.connection();
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "select first_incident_id, last_incident_id, incidents from"
                        + " rereconciliation_partition where run_id = "
                        + run
                        + " order by first_incident_id")) {
      while (rs.next()) {
        ranges.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
      }
    }
    return ranges;
  }

  private static List<Long> longs(Connection c, String query) throws Exception {
    List<Long> values = new ArrayList<>();
    try (ResultSet rs = c.createStatement().executeQuery(query)) {
      while (rs.next()) {
        values.add(rs.getLong(1));
      }
    }
    return values;
  }
}
