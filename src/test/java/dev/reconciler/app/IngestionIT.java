package dev.reconciler.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reconciler.app.reconciling.ActiveRuleSet;
import dev.reconciler.app.reports.AddClaims;
import dev.reconciler.app.reports.IncidentAssignment;
import dev.reconciler.app.reports.ReportConflictException;
import dev.reconciler.app.reports.SubmitReport;
import dev.reconciler.app.reports.Submitted;
import dev.reconciler.app.rules.DryRun;
import dev.reconciler.app.rules.Progress;
import dev.reconciler.app.rules.ReplayResolution;
import dev.reconciler.app.rules.Rereconciliation;
import dev.reconciler.app.rules.RuleSetVersions;
import dev.reconciler.audit.AuditKind;
import dev.reconciler.claim.Attribute;
import dev.reconciler.claim.Claim;
import dev.reconciler.claim.CountRange;
import dev.reconciler.claim.Phase;
import dev.reconciler.claim.Role;
import dev.reconciler.claim.Scope;
import dev.reconciler.claim.TextValue;
import dev.reconciler.extract.Extractor;
import dev.reconciler.json.Json;
import dev.reconciler.read.Documents;
import dev.reconciler.read.IncidentList;
import dev.reconciler.read.IncidentQuery;
import dev.reconciler.read.IncidentReads;
import dev.reconciler.read.IncidentState;
import dev.reconciler.read.IncidentView;
import dev.reconciler.read.ResolutionTexts;
import dev.reconciler.read.Tagged;
import dev.reconciler.reconcile.RuleSet;
import dev.reconciler.reconcile.RuleSetLoader;
import dev.reconciler.report.Report;
import dev.reconciler.report.ReportReader;
import dev.reconciler.store.AuditEventRecord;
import dev.reconciler.store.AuditTrail;
import dev.reconciler.store.AuditVerifier;
import dev.reconciler.store.ClaimRecord;
import dev.reconciler.store.ClaimRepository;
import dev.reconciler.store.IncidentRepository;
import dev.reconciler.store.ResolutionRecord;
import dev.reconciler.store.ResolutionRepository;
import dev.reconciler.store.RuleSetRepository;
import dev.reconciler.store.TestSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ingestion use cases on a real PostgreSQL (embedded, or {@code RECONCILER_TEST_DB_URL}), with
 * the default rules and a test extractor that reads claims spelled out in the report text. Every
 * test ends by verifying the audit trail's hash chain.
 */
class IngestionIT {

  private static final LocalDate FEB_17 = LocalDate.of(2023, 2, 17);
  private static RuleSet defaultRules;

  private final Clock clock = Clock.systemUTC();
  private final ResolutionTexts texts = new ResolutionTexts();
  private final LineExtractor extractor = new LineExtractor();
  private TestSchema db;
  private LocalTransactions tx;
  private volatile ActiveRuleSet active;

  @BeforeAll
  static void loadRules() {
    defaultRules = RuleSetLoader.fromDirectory(Path.of("rules"));
  }

  @BeforeEach
  void freshSchema() throws Exception {
    db = TestSchema.create();
    tx = new LocalTransactions(db.entityManagerFactory());
    active =
        tx.inTransaction(em -> new RuleSetVersions(em, clock).activate(defaultRules, "system"));
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

  // --- helpers ---------------------------------------------------------------------------------

  private static Report report(String name, LocalDate date, String... lines) {
    String text = "A report named " + name + ".\n" + String.join("\n", lines) + "\n";
    return ReportReader.parse(text, name, "Wire", date, null);
  }

  private Submitted ingest(Report report, Long incidentId) {
    return tx.inTransaction(
        em ->
            new SubmitReport(em, () -> extractor, () -> active, clock)
                .submit(report, incidentId, "alice"));
  }

  private List<AuditEventRecord> audit(long incident) {
    return tx.inTransaction(em -> new AuditTrail(em).forIncident(incident));
  }

  private static List<AuditEventRecord> ofKind(List<AuditEventRecord> events, AuditKind kind) {
    return events.stream().filter(e -> e.entry().kind().equals(kind.key())).toList();
  }

  private static JsonNode detail(AuditEventRecord e) {
    return Json.stored(e.entry().detail());
  }

  private long count(String table) throws Exception {
    try (Connection c = db.connection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("select count(*) from " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static final String KARACHI =
      "@claim location reporter concluded \"Karachi police headquarters\"";

  // --- tests -----------------------------------------------------------------------------------

  @Test
  void theSameReportTwiceAddsNothingAndNamesTheStoredOne() throws Exception {
    Report first =
        report("a", FEB_17, KARACHI, "@claim victims_killed official concluded 4 Murtaza Wahab");
    Submitted stored = ingest(first, null);
    assertThat(stored.created()).isTrue();
    long[] before = {count("report"), count("claim"), count("resolution"), count("audit_event")};

    // Re-wrapped and re-cased text is the same report.
    Report again =
        ReportReader.parse(
            first.text().toUpperCase().replace("\n", "\n\n"), "again", null, null, null);
    Submitted duplicate = ingest(again, null);

    assertThat(duplicate.created()).isFalse();
    assertThat(duplicate.report().id()).isEqualTo(stored.report().id());
    assertThat(duplicate.incident().id()).isEqualTo(stored.incident().id());
    assertThat(
            new long[] {count("report"), count("claim"), count("resolution"), count("audit_event")})
        .isEqualTo(before);
    assertThat(ingest(first, stored.incident().id()).created()).isFalse();
    assertThatThrownBy(() -> ingest(first, stored.incident().id() + 1))
        .isInstanceOf(ReportConflictException.class)
        .hasMessageContaining("incident " + stored.incident().id());
  }

  @Test
  void aReportJoiningAnIncidentReadsOnlyTheEarlierClaimsAndAnswersWithTheTextItStored() {
    Submitted a =
        ingest(
            report(
                "a", FEB_17, KARACHI, "@claim victims_killed official concluded 4 Murtaza Wahab"),
            null);
    Statistics statistics = db.entityManagerFactory().unwrap(SessionFactory.class).getStatistics();
    statistics.clear();

    Submitted b =
        ingest(
            report("b", FEB_17.plusDays(1), KARACHI, "@claim victims_killed reporter ongoing 2"),
            null);

    assertThat(b.incident().id()).isEqualTo(a.incident().id());
    assertThat(b.claims()).hasSize(2);
    // Report a's claims are read once; b's go to the engine from memory.
    assertThat(statistics.getEntityStatistics(ClaimRecord.class.getName()).getLoadCount())
        .isEqualTo(a.claims().size());
    JsonNode answered = Json.stored(b.resolution().json());
    assertThat(answered).isEqualTo(resolutionOf(b.incident().id()));
    assertThat(answered.path("attributes").path("victims_killed").path("claims").size())
        .isEqualTo(2);
  }

  @Test
  void reportsGoToTheNamedIncidentOrByPlaceAndDateOrToANewOneAndTheAuditSaysWhy() {
    Submitted a = ingest(report("a", FEB_17, KARACHI), null);
    // Karachi named differently, a day later: the same incident.
    Submitted b =
        ingest(
            report("b", FEB_17.plusDays(1), "@claim location official concluded \"Karachi\""),
            null);
    // Karachi three days later: another incident.
    Submitted c = ingest(report("c", FEB_17.plusDays(3), KARACHI), null);
    // Elsewhere, but the client says it is incident a.
    Submitted d =
        ingest(
            report("d", LocalDate.of(2024, 1, 1), "@claim location reporter concluded \"Lahore\""),
            a.incident().id());
    // No place at all: a new incident.
    Submitted e = ingest(report("e", FEB_17, "@claim injured official concluded 3"), null);

    assertThat(a.assignment()).isEqualTo(IncidentAssignment.NEW);
    assertThat(a.incident().place()).isEqualTo("Karachi");
    assertThat(a.incident().incidentDate()).isEqualTo(FEB_17);
    assertThat(b.incident().id()).isEqualTo(a.incident().id());
    assertThat(b.assignment()).isEqualTo(IncidentAssignment.BY_PLACE_AND_DATE);
    assertThat(c.incident().id()).isNotEqualTo(a.incident().id());
    assertThat(c.assignment()).isEqualTo(IncidentAssignment.NEW);
    assertThat(d.incident().id()).isEqualTo(a.incident().id());
    assertThat(d.assignment()).isEqualTo(IncidentAssignment.BY_CLIENT);
    assertThat(e.incident().id()).isNotIn(a.incident().id(), c.incident().id());

    List<String> reasons =
        ofKind(audit(a.incident().id()), AuditKind.INCIDENT_ASSIGNED).stream()
            .map(x -> detail(x).path("reason").asText())
            .toList();
    assertThat(reasons)
        .containsExactly(
            IncidentAssignment.NEW,
            IncidentAssignment.BY_PLACE_AND_DATE,
            IncidentAssignment.BY_CLIENT);
    assertThat(
            ofKind(audit(e.incident().id()), AuditKind.INCIDENT_ASSIGNED).get(0).entry().detail())
        .contains("no place");

    List<String> kinds = audit(c.incident().id()).stream().map(x -> x.entry().kind()).toList();
    assertThat(kinds)
        .startsWith(
            "report_received", "claims_extracted", "incident_assigned", "reconciliation_run")
        .allMatch(k -> !k.isBlank());
    assertThat(audit(c.incident().id()))
        .allSatisfy(x -> assertThat(x.entry().actor()).isEqualTo("alice"));
  }

  @Test
  void theFiveSeedsThroughTheRealExtractorMakeOneIncidentResolvedAsByTheReconcileCommand()
      throws Exception {
    Extractor real = new Extractor();
    List<Report> seeds;
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      seeds =
          files
              .filter(p -> p.toString().endsWith(".txt"))
              .sorted()
              .map(ReportReader::read)
              .toList();
    }
    Set<Long> incidents = new HashSet<>();
    List<Claim> claims = new ArrayList<>();
    java.util.Map<String, LocalDate> dates = new java.util.HashMap<>();
    for (Report r : seeds) {
      Submitted i =
          tx.inTransaction(
              em ->
                  new SubmitReport(em, () -> real, () -> active, clock).submit(r, null, "seeder"));
      incidents.add(i.incident().id());
      claims.addAll(real.extract(r));
      dates.put(r.id(), r.publishedOn());
    }
    assertThat(incidents).as("incidents of the five seeds").hasSize(1);
    long incident = incidents.iterator().next();
    JsonNode expected =
        dev.reconciler.json.ResolutionJson.toJson(
            new dev.reconciler.reconcile.Reconciler(defaultRules)
                .reconcile(new dev.reconciler.reconcile.Incident(claims, dates)));
    assertThat(resolutionOf(incident)).isEqualTo(expected);
    String place =
        tx.inTransaction(em -> new IncidentRepository(em).find(incident).orElseThrow().place());
    assertThat(place).isEqualTo("Karachi");
  }

  @Test
  void anUnknownIncidentIdIsRefusedAndNothingIsStored() throws Exception {
    assertThatThrownBy(() -> ingest(report("a", FEB_17, KARACHI), 999L))
        .isInstanceOf(NoSuchIncidentException.class)
        .hasMessage("no incident 999");
    assertThat(count("report") + count("claim") + count("incident") + count("audit_event") - 1)
        .isZero();
  }

  @Test
  void everyAttributeWhoseStatusOrBestValueChangesIsAudited() {
    Submitted first =
        ingest(
            report(
                "a", FEB_17, KARACHI, "@claim victims_killed official concluded 4 Murtaza Wahab"),
            null);
    long incident = first.incident().id();
    List<AuditEventRecord> changes = ofKind(audit(incident), AuditKind.ATTRIBUTE_CHANGED);
    assertThat(changes)
        .extracting(x -> detail(x).path("attribute").asText())
        .contains("victims_killed", "location");
    JsonNode victims =
        changes.stream()
            .map(IngestionIT::detail)
            .filter(d -> d.path("attribute").asText().equals("victims_killed"))
            .findFirst()
            .orElseThrow();
    assertThat(victims.path("before").path("status").asText()).isEqualTo("unknown");
    assertThat(victims.path("after").path("status").asText()).isEqualTo("settled");
    assertThat(victims.path("after").path("best").asText()).isEqualTo("4");

    // Another official, a day later, says more died: the best value moves or the count is disputed.
    ingest(
        report(
            "b",
            FEB_17.plusDays(1),
            KARACHI,
            "@claim victims_killed official concluded 6 Ghulam Nabi Memon"),
        null);
    List<JsonNode> later =
        ofKind(audit(incident), AuditKind.ATTRIBUTE_CHANGED).stream()
            .map(IngestionIT::detail)
            .skip(changes.size())
            .toList();
    assertThat(later)
        .extracting(d -> d.path("attribute").asText())
        .containsExactly("victims_killed");
    assertThat(later.get(0).path("before").path("best").asText()).isEqualTo("4");
    assertThat(later.get(0).path("after").path("best").asText()).isEqualTo("6");

    JsonNode run = detail(ofKind(audit(incident), AuditKind.RECONCILIATION_RUN).get(1));
    assertThat(run.path("claims").asInt()).isEqualTo(4);
    // The fired rules are kept once, in the resolution the event names (with its hash).
    JsonNode resolution = resolutionOf(incident);
    assertThat(resolution.path("firedRules").size()).isPositive();
    assertThat(run.path("explanationHash").asText())
        .isEqualTo(
            tx.inTransaction(
                em ->
                    new ResolutionRepository(em)
                        .current(incident)
                        .orElseThrow()
                        .explanationHash()));
  }

  @Test
  void twentyConcurrentReportsOfOneIncidentLoseNothingAndMakeOneIncident() throws Exception {
    int n = 20;
    ExecutorService pool = Executors.newFixedThreadPool(n);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Submitted>> futures = new ArrayList<>();
    try {
      for (int i = 0; i < n; i++) {
        Report r =
            report(
                "r" + i,
                FEB_17.plusDays(i % 2),
                KARACHI,
                "@claim injured reporter ongoing " + (10 + i),
                "@claim attackers_count social_media ongoing " + (i + 1));
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return ingest(r, null);
                }));
      }
      start.countDown();
      Set<Long> incidents = new HashSet<>();
      for (Future<Submitted> f : futures) {
        incidents.add(f.get(120, TimeUnit.SECONDS).incident().id());
      }
      assertThat(incidents).hasSize(1);
      long incident = incidents.iterator().next();
      assertThat(count("incident")).isEqualTo(1);
      assertThat(count("report")).isEqualTo(n);
      tx.inTransaction(
          em -> {
            List<Long> claimIds =
                new ClaimRepository(em).recordsOf(incident).stream().map(c -> c.id()).toList();
            assertThat(claimIds).hasSize(3 * n);
            ResolutionRecord current = new ResolutionRepository(em).current(incident).orElseThrow();
            List<Long> inputs = new ArrayList<>();
            Json.stored(current.inputClaimIdsJson()).forEach(x -> inputs.add(x.asLong()));
            assertThat(inputs).containsExactlyElementsOf(claimIds);
            JsonNode injured =
                Json.stored(current.resultJson()).path("attributes").path("injured").path("claims");
            assertThat(injured.size()).isEqualTo(n);
            assertThat(new ResolutionRepository(em).history(incident)).hasSize(n);
            return null;
          });
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void clientClaimsAreStoredAsClientClaimsAndReconciled() throws Exception {
    long incident = ingest(report("a", FEB_17, KARACHI), null).incident().id();
    Claim perpetrator =
        new Claim(
            "c1",
            "wire-42",
            Attribute.PERPETRATOR,
            new TextValue("Tehreek-e-Taliban Pakistan"),
            false,
            "a TTP spokesman",
            Role.CLAIMANT,
            Phase.CONCLUDED,
            Scope.THIS,
            null);
    Claim killed =
        new Claim(
            "c2",
            "wire-42",
            Attribute.VICTIMS_KILLED,
            CountRange.exactly(4),
            false,
            "Murtaza Wahab",
            Role.OFFICIAL,
            Phase.CONCLUDED,
            Scope.THIS,
            null);
    AddClaims.Added added =
        tx.inTransaction(
            em ->
                new AddClaims(em, () -> active, clock)
                    .add(incident, List.of(perpetrator, killed), "bob"));

    assertThat(added.added())
        .hasSize(2)
        .allSatisfy(c -> assertThat(c.origin()).isEqualTo("client"));
    JsonNode result = Json.stored(added.resolution().json()).path("attributes");
    assertThat(result.path("perpetrator").path("status").asText()).isEqualTo("settled");
    assertThat(result.path("victims_killed").path("best").asInt()).isEqualTo(4);
    assertThat(ofKind(audit(incident), AuditKind.CLAIMS_RECEIVED))
        .singleElement()
        .satisfies(e -> assertThat(e.entry().actor()).isEqualTo("bob"));

    // The same claims again add nothing; a claim id taken by another report is a conflict.
    long resolutions = count("resolution");
    assertThat(
            tx.inTransaction(
                    em ->
                        new AddClaims(em, () -> active, clock)
                            .add(incident, List.of(killed), "bob"))
                .added())
        .isEmpty();
    assertThat(count("resolution")).isEqualTo(resolutions);
    Claim clash =
        new Claim(
            "c2",
            "wire-43",
            Attribute.INJURED,
            CountRange.exactly(1),
            false,
            null,
            Role.REPORTER,
            Phase.ONGOING,
            Scope.THIS,
            null);
    assertThatThrownBy(
            () ->
                tx.inTransaction(
                    em ->
                        new AddClaims(em, () -> active, clock)
                            .add(incident, List.of(clash), "bob")))
        .isInstanceOf(ReportConflictException.class)
        .hasMessageContaining("wire-42");
    assertThatThrownBy(
            () ->
                tx.inTransaction(
                    em ->
                        new AddClaims(em, () -> active, clock)
                            .add(incident + 100, List.of(clash), "bob")))
        .isInstanceOf(NoSuchIncidentException.class);
  }

  @Test
  void headlinesRevisionsAndDenialsAreStoredAndReconciledFromTheDatabase() throws Exception {
    long incident = ingest(report("a", FEB_17, KARACHI), null).incident().id();
    List<Claim> claims =
        List.of(
            new Claim(
                "h1",
                "wire-7",
                Attribute.VICTIMS_KILLED,
                CountRange.exactly(10),
                false,
                null,
                Role.REPORTER,
                Phase.ONGOING,
                Scope.THIS,
                null,
                true,
                false),
            new Claim(
                "h2",
                "wire-7",
                Attribute.VICTIMS_KILLED,
                CountRange.exactly(4),
                false,
                "Murtaza Wahab",
                Role.OFFICIAL,
                Phase.CONCLUDED,
                Scope.THIS,
                null,
                false,
                true),
            new Claim(
                "h3",
                "wire-7",
                Attribute.PERPETRATOR,
                new TextValue("BLA"),
                false,
                null,
                Role.CLAIMANT,
                Phase.ONGOING,
                Scope.THIS,
                null),
            new Claim(
                "h4",
                "wire-7",
                Attribute.PERPETRATOR,
                new TextValue("TTP"),
                false,
                null,
                Role.CLAIMANT,
                Phase.ONGOING,
                Scope.THIS,
                null),
            new Claim(
                "h5",
                "wire-7",
                Attribute.PERPETRATOR,
                TextValue.denialBy("Jamaat-ul-Ahrar"),
                false,
                "a spokesman",
                Role.CLAIMANT,
                Phase.ONGOING,
                Scope.THIS,
                null));
    AddClaims.Added added =
        tx.inTransaction(em -> new AddClaims(em, () -> active, clock).add(incident, claims, "bob"));

    JsonNode result = Json.stored(added.resolution().json()).path("attributes");
    assertThat(result.at("/victims_killed/best").asInt()).isEqualTo(4);
    assertThat(result.at("/perpetrator/status").asText()).isEqualTo("disputed");
    assertThat(result.at("/perpetrator/competing").toString())
        .isEqualTo("[\"Balochistan Liberation Army\",\"Tehreek-e-Taliban Pakistan\"]");
    for (JsonNode c : result.at("/victims_killed/claims")) {
      if (c.path("id").asText().equals("h1")) {
        assertThat(c.path("outcome").asText()).isEqualTo("excluded");
      }
    }
    tx.inTransaction(
        em -> {
          List<Claim> stored =
              new ClaimRepository(em)
                  .recordsOf(incident).stream().map(ClaimRecord::toClaim).toList();
          assertThat(stored).containsAll(claims);
          return null;
        });
  }

  @Test
  void aChangedRuleSetReReconcilesEveryIncidentInTheBackgroundAndReplayStillGivesTheStoredResult(
      @TempDir Path tmp) throws Exception {
    // Incident 1: an injured count told only by the narration (rank 2, below the threshold 3).
    long narrated =
        ingest(
                report(
                    "a",
                    FEB_17,
                    "@claim location official concluded \"Karachi\"",
                    "@claim injured reporter concluded 14"),
                null)
            .incident()
            .id();
    // Incident 2: only officials; a change to the reporter's rank leaves it as it is.
    long official =
        ingest(
                report(
                    "b",
                    FEB_17.plusDays(5),
                    "@claim location official concluded \"Karachi\"",
                    "@claim victims_killed official concluded 4"),
                null)
            .incident()
            .id();
    // Incident 3: its stored claim is broken, so it cannot be reconciled.
    long broken =
        ingest(
                report(
                    "c",
                    FEB_17.plusDays(10),
                    "@claim location official concluded \"Karachi\"",
                    "@claim injured reporter concluded 2"),
                null)
            .incident()
            .id();
    try (Connection c = db.connection();
        Statement st = c.createStatement()) {
      st.executeUpdate(
          "update claim set value = '\"many\"' where attribute = 'injured' and incident_id = "
              + broken);
    }
    long before =
        tx.inTransaction(em -> new ResolutionRepository(em).current(narrated).orElseThrow().id());
    JsonNode injuredBefore = resolutionOf(narrated).path("attributes").path("injured");
    assertThat(injuredBefore.path("status").asText()).isEqualTo("unverified");

    Path rules = copyRules(tmp.resolve("rules"));
    Path ranks = rules.resolve("data/ranks.csv");
    Files.writeString(ranks, Files.readString(ranks).replace("reporter,*,2", "reporter,*,3"));
    RuleSet edited = RuleSetLoader.fromDirectory(rules);
    assertThat(edited.hash()).isNotEqualTo(defaultRules.hash());

    // The dry run shows the change and writes nothing.
    long resolutionsBefore = count("resolution");
    JsonNode dry = tx.inTransaction(em -> new DryRun(em, clock).run(edited));
    assertThat(dry.path("incidents").asInt()).isEqualTo(3);
    assertThat(dry.path("changes"))
        .anySatisfy(
            ch -> {
              assertThat(ch.path("incident").asLong()).isEqualTo(narrated);
              assertThat(ch.path("attribute").asText()).isEqualTo("injured");
              assertThat(ch.path("after").path("status").asText()).isEqualTo("settled");
            });
    assertThat(dry.path("failures"))
        .singleElement()
        .satisfies(f -> assertThat(f.path("incident").asLong()).isEqualTo(broken));
    assertThat(count("resolution")).isEqualTo(resolutionsBefore);

    active = tx.inTransaction(em -> new RuleSetVersions(em, clock).activate(edited, "editor"));
    Rereconciliation job =
        new Rereconciliation(
            tx.reconcileAgain(clock), tx.unfinishedRun().id(), active, "editor", "test");
    assertThat(job.progress().running()).as("running from activation on").isTrue();
    CompletableFuture<Progress> run = CompletableFuture.supplyAsync(job::run);
    Progress progress = awaitFinished(job, Duration.ofSeconds(60));
    assertThat(run.get(5, TimeUnit.SECONDS)).isEqualTo(progress);
    assertThat(progress.total()).isEqualTo(3);
    assertThat(progress.done()).isEqualTo(3);
    assertThat(progress.failed()).isEqualTo(1);
    assertThat(progress.changed()).isEqualTo(1);

    assertThat(resolutionOf(narrated).path("attributes").path("injured").path("status").asText())
        .isEqualTo("settled");
    assertThat(resolutionOf(narrated).path("ruleset").path("hash").asText())
        .isEqualTo(edited.hash());
    assertThat(resolutionOf(official).path("ruleset").path("hash").asText())
        .isEqualTo(defaultRules.hash());
    assertThat(count("resolution")).isEqualTo(resolutionsBefore + 1);
    assertThat(ofKind(audit(narrated), AuditKind.RERECONCILED_AFTER_RULE_CHANGE))
        .singleElement()
        .satisfies(
            e ->
                assertThat(detail(e).path("changes").get(0).path("attribute").asText())
                    .isEqualTo("injured"));
    assertThat(ofKind(audit(official), AuditKind.RERECONCILED_AFTER_RULE_CHANGE)).isEmpty();

    // The earlier resolution, re-run with its stored rules and claims, is what was stored, though
    // the rules in force (and the files the test edited) now say otherwise.
    ReplayResolution.Replayed replayed =
        tx.inTransaction(em -> new ReplayResolution(em).replay(narrated, before));
    assertThat(replayed.same()).isTrue();
    assertThat(replayed.replayed().path("attributes").path("injured")).isEqualTo(injuredBefore);
    long after =
        tx.inTransaction(em -> new ResolutionRepository(em).current(narrated).orElseThrow().id());
    assertThat(tx.inTransaction(em -> new ReplayResolution(em).replay(narrated, after)).same())
        .isTrue();
  }

  @Test
  void reactivatingAStoredVersionReusesItsRow(@TempDir Path tmp) throws Exception {
    Path rules = copyRules(tmp.resolve("rules"));
    Path ranks = rules.resolve("data/ranks.csv");
    Files.writeString(
        ranks, Files.readString(ranks).replace("social_media,*,1", "social_media,*,2"));
    RuleSet edited = RuleSetLoader.fromDirectory(rules);
    tx.inTransaction(em -> new RuleSetVersions(em, clock).activate(edited, "editor"));
    ActiveRuleSet back =
        tx.inTransaction(em -> new RuleSetVersions(em, clock).activate(defaultRules, "editor"));
    assertThat(back.id()).isEqualTo(active.id());
    assertThat(count("rule_set_version")).isEqualTo(2);
    tx.inTransaction(
        em -> {
          assertThat(new RuleSetRepository(em).active().orElseThrow().contentHash())
              .isEqualTo(defaultRules.hash());
          assertThat(new RuleSetVersions(em, clock).active().orElseThrow().ruleSet().files())
              .isEqualTo(defaultRules.files());
          return null;
        });
    try (Connection c = db.connection();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "select actor, detail from audit_event where kind = 'rule_set_activated' order by"
                    + " id")) {
      List<String> details = new ArrayList<>();
      while (rs.next()) {
        details.add(rs.getString(2));
      }
      assertThat(details).hasSize(3);
      assertThat(Json.stored(details.get(2)).path("reused").asBoolean()).isTrue();
    }
  }

  @Test
  void aRestartWithTheSameRulesWritesNothingAndChangedRulesOnDiskAreActivatedAsSystem(
      @TempDir Path tmp) throws Exception {
    long events = count("audit_event");
    RuleSetVersions.StartUp same =
        tx.inTransaction(em -> new RuleSetVersions(em, clock).atStartUp(defaultRules, List.of()));
    assertThat(same.replacedAnother()).isFalse();
    assertThat(same.active().id()).isEqualTo(active.id());
    assertThat(count("audit_event")).isEqualTo(events);

    Path rules = copyRules(tmp.resolve("rules"));
    Path ranks = rules.resolve("data/ranks.csv");
    Files.writeString(
        ranks, Files.readString(ranks).replace("social_media,*,1", "social_media,*,2"));
    RuleSet onDisk = RuleSetLoader.fromDirectory(rules);
    RuleSetVersions.StartUp changed =
        tx.inTransaction(em -> new RuleSetVersions(em, clock).atStartUp(onDisk, List.of()));
    assertThat(changed.replacedAnother()).as("the incidents need reconciling again").isTrue();
    assertThat(changed.active().ruleSet().hash()).isEqualTo(onDisk.hash());
    assertThat(changed.active().activatedBy()).isEqualTo("system");
    assertThat(count("audit_event")).isEqualTo(events + 1);
  }

  @Test
  void incidentViewsServeTheStoredJson() {
    Submitted a =
        ingest(
            report(
                "a", FEB_17, KARACHI, "@claim victims_killed official concluded 4 Murtaza Wahab"),
            null);
    ingest(
        report("b", FEB_17.plusDays(1), KARACHI, "@claim victims_killed reporter ongoing 2"), null);
    long id = a.incident().id();
    tx.inTransaction(
        em -> {
          IncidentReads views = new IncidentReads(em, texts);
          IncidentList list = new IncidentList(em);
          // As a client gets it: the resolution is passed through as stored text.
          JsonNode incident = asSent(views.incident(id).orElseThrow());
          assertThat(incident.path("place").asText()).isEqualTo("Karachi");
          assertThat(
                  incident
                      .path("resolution")
                      .path("attributes")
                      .path("victims_killed")
                      .path("best")
                      .asInt())
              .isEqualTo(4);
          JsonNode page = list.page(new IncidentQuery(FEB_17, FEB_17, "karach", "settled", 0, 10));
          assertThat(page.path("total").asInt()).isEqualTo(1);
          assertThat(page.path("items").get(0).path("statuses").path("victims_killed").asText())
              .isEqualTo("settled");
          assertThat(
                  list.page(new IncidentQuery(null, null, "Lahore", null, 0, 10))
                      .path("total")
                      .asInt())
              .isZero();
          JsonNode history = views.history(id).document().path("resolutions");
          assertThat(history.size()).isEqualTo(2);
          assertThat(history.get(0).path("id").asLong())
              .isGreaterThan(history.get(1).path("id").asLong());
          assertThat(views.claims(id).document().path("claims").size()).isEqualTo(4);
          assertThat(views.reports(id).document().path("reports").size()).isEqualTo(2);
          assertThat(views.audit(id).document().path("events").get(0).path("kind").asText())
              .isEqualTo("report_received");
          assertThatThrownBy(() -> views.history(id + 99))
              .isInstanceOf(NoSuchIncidentException.class);
          JsonNode body =
              asSent(
                  Documents.submitted(
                      true, a.report(), a.incident(), a.claims(), a.resolution(), a.assignment()));
          assertThat(body.path("incident").path("id").asLong()).isEqualTo(id);
          assertThat(body.path("claims").size()).isEqualTo(2);
          return null;
        });
  }

  @Test
  void theTagsOfAnIncidentsDocumentsChangeWithAReportAndNameWhatIsServed() {
    Submitted a =
        ingest(
            report(
                "t1", FEB_17, KARACHI, "@claim victims_killed official concluded 4 Murtaza Wahab"),
            null);
    long id = a.incident().id();
    Map<String, String> before =
        tx.inTransaction(em -> tagsServed(new IncidentReads(em, texts), id));
    JsonNode first =
        tx.inTransaction(em -> asSent(new IncidentReads(em, texts).incident(id).orElseThrow()));
    tx.inTransaction(
        em -> {
          IncidentReads views = new IncidentReads(em, texts);
          IncidentState state = views.state(id).orElseThrow();
          assertThat(state.resolutionId()).isEqualTo(a.resolution().id());
          // The document built from a state is the incident's document as served.
          assertThat(asSent(views.incident(state)))
              .isEqualTo(asSent(views.incident(id).orElseThrow()));
          JsonNode full = asSent(views.incident(state));
          JsonNode summary = asSent(views.summary(state));
          assertThat(summary.has("resolution")).isFalse();
          for (String field : List.of("id", "place", "date", "title", "resolvedAt")) {
            assertThat(summary.path(field)).as(field).isEqualTo(full.path(field));
          }
          full.path("resolution")
              .path("attributes")
              .fieldNames()
              .forEachRemaining(
                  name ->
                      assertThat(summary.path("attributes").path(name).path("status"))
                          .as(name)
                          .isEqualTo(
                              full.path("resolution")
                                  .path("attributes")
                                  .path(name)
                                  .path("status")));
          assertThat(summary.path("attributes").path("victims_killed").path("best").asText())
              .isEqualTo("4");
          assertThat(views.state(id + 99)).isEmpty();
          return null;
        });

    ingest(
        report("t2", FEB_17.plusDays(1), KARACHI, "@claim victims_killed reporter ongoing 2"), id);
    Map<String, String> after =
        tx.inTransaction(em -> tagsServed(new IncidentReads(em, texts), id));
    for (String document : before.keySet()) {
      assertThat(after.get(document)).as(document).isNotEqualTo(before.get(document));
    }
    Map<String, String> again =
        tx.inTransaction(em -> tagsServed(new IncidentReads(em, texts), id));
    assertThat(again).isEqualTo(after);
    // The texts kept from the first reads do not stand in for the new resolution's.
    JsonNode served =
        tx.inTransaction(em -> asSent(new IncidentReads(em, texts).incident(id).orElseThrow()));
    JsonNode fresh =
        tx.inTransaction(
            em -> asSent(new IncidentReads(em, new ResolutionTexts()).incident(id).orElseThrow()));
    assertThat(served).isEqualTo(fresh);
    JsonNode victims = served.path("resolution").path("attributes").path("victims_killed");
    assertThat(victims.path("claims").size())
        .isEqualTo(
            first.path("resolution").path("attributes").path("victims_killed").path("claims").size()
                + 1);
  }

  /**
   * The tag of each document of the incident, checking that the small query's tag (what a
   * conditional request is answered from) is the tag of the document as read.
   */
  private static Map<String, String> tagsServed(IncidentReads views, long id) {
    Map<String, String> tags = new LinkedHashMap<>();
    IncidentState state = views.state(id).orElseThrow();
    tags.put("full", state.tag(IncidentView.FULL));
    tags.put("summary", state.tag(IncidentView.SUMMARY));
    assertThat(tags.get("summary")).isNotEqualTo(tags.get("full"));
    Map<IncidentReads.Listing, Tagged> lists =
        Map.of(
            IncidentReads.Listing.HISTORY, views.history(id),
            IncidentReads.Listing.AUDIT, views.audit(id),
            IncidentReads.Listing.CLAIMS, views.claims(id),
            IncidentReads.Listing.REPORTS, views.reports(id));
    lists.forEach(
        (kind, served) -> {
          assertThat(views.listTag(id, kind)).as(kind.name()).isEqualTo(served.tag());
          tags.put(kind.name(), served.tag());
        });
    return tags;
  }

  private JsonNode resolutionOf(long incident) {
    return tx.inTransaction(
        em ->
            Json.stored(new ResolutionRepository(em).current(incident).orElseThrow().resultJson()));
  }

  private static Progress awaitFinished(Rereconciliation job, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      Progress p = job.progress();
      if (!p.running() && !job.working()) {
        return p;
      }
      Thread.sleep(20);
    }
    throw new AssertionError(
        "re-reconciliation did not finish within " + timeout + ": " + job.progress());
  }

  private static Path copyRules(Path target) throws IOException {
    Path source = Path.of("rules");
    try (Stream<Path> walk = Files.walk(source)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path to = target.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    return target;
  }

  /** The tree as a client receives it: written out and read back. */
  private static JsonNode asSent(JsonNode node) {
    try {
      return Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(node));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
