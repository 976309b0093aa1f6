package dev.reconciler.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reconciler.claim.Attribute;
import dev.reconciler.claim.Claim;
import dev.reconciler.claim.ClaimValue;
import dev.reconciler.claim.CountRange;
import dev.reconciler.claim.DurationRange;
import dev.reconciler.claim.Evidence;
import dev.reconciler.claim.Phase;
import dev.reconciler.claim.Role;
import dev.reconciler.claim.Scope;
import dev.reconciler.claim.StartTime;
import dev.reconciler.claim.TextValue;
import dev.reconciler.claim.YesNo;
import dev.reconciler.report.Report;
import dev.reconciler.store.ResolutionRepository.AttributeSummary;
import dev.reconciler.store.ResolutionRepository.NewResolution;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JPA mappings against the Flyway schema on a real PostgreSQL. */
class RepositoriesIT {

  private TestSchema db;

  @BeforeEach
  void freshSchema() throws Exception {
    db = TestSchema.create();
  }

  @AfterEach
  void dropSchema() throws Exception {
    db.close();
  }

  private static Claim claim(Attribute a, ClaimValue v, int n) {
    return new Claim(
        "r1:" + n,
        "r1",
        a,
        v,
        n % 2 == 0,
        n % 3 == 0 ? null : "Speaker " + n,
        Role.OFFICIAL,
        Phase.CONCLUDED,
        Scope.THIS,
        new Evidence("r1", "Sentence " + n + ".", n * 10, n * 10 + 9));
  }

  @Test
  void claimsOfEveryKindComeBackAsTheyWereStored() {
    List<Claim> claims =
        List.of(
            claim(Attribute.VICTIMS_KILLED, CountRange.exactly(4), 1),
            claim(Attribute.INJURED, CountRange.atLeast(11), 2),
            claim(Attribute.ATTACKERS_COUNT, new CountRange(5, 6), 3),
            claim(Attribute.PERPETRATOR, new TextValue("Some Front"), 4),
            claim(Attribute.START_TIME, StartTime.parse("2023-02-17T19:10+05:00"), 5),
            claim(Attribute.START_TIME, StartTime.parse("Friday night"), 6),
            claim(Attribute.DURATION, DurationRange.exactly(Duration.ofHours(3)), 7),
            claim(Attribute.DURATION, new DurationRange(Duration.ofHours(2), null), 8),
            claim(Attribute.HOSTAGES_TAKEN, new YesNo(true), 9),
            claim(Attribute.LOCATION, new TextValue("City police headquarters"), 10));
    AtomicLong incident = new AtomicLong();
    db.inTransaction(
        em -> {
          Report report =
              new Report(
                  "r1", "text", "Headline", "Wire", LocalDate.of(2023, 2, 17), null, "r1.txt");
          IncidentRecord i =
              new IncidentRepository(em)
                  .store(new IncidentRecord("t", "City", LocalDate.of(2023, 2, 17), Instant.now()));
          incident.set(i.id());
          new ReportRepository(em).store(new ReportRecord(report, Instant.now(), i.id()));
          List<ClaimRecord> records = new ArrayList<>();
          claims.forEach(
              c ->
                  records.add(
                      new ClaimRecord(c, i.id(), ClaimRecord.Origin.EXTRACTED, Instant.now())));
          new ClaimRepository(em).storeAll(records);
        });
    db.inTransaction(
        em -> {
          assertThat(
                  new ClaimRepository(em)
                      .recordsOf(incident.get()).stream().map(ClaimRecord::toClaim).toList())
              .containsExactlyElementsOf(claims);
          assertThat(new ReportRepository(em).find("r1").orElseThrow().toReport().publishedOn())
              .isEqualTo(LocalDate.of(2023, 2, 17));
        });
  }

  @Test
  void headlinesRevisionsAndDenialsComeBackAsTheyWereStored() throws Exception {
    List<Claim> claims =
        List.of(
            new Claim(
                "r1:1",
                "r1",
                Attribute.VICTIMS_KILLED,
                CountRange.exactly(140),
                false,
                null,
                Role.REPORTER,
                Phase.ONGOING,
                Scope.THIS,
                new Evidence("r1", "140 killed in attack", 0, 20),
                true,
                false),
            new Claim(
                "r1:2",
                "r1",
                Attribute.VICTIMS_KILLED,
                CountRange.exactly(137),
                false,
                "Health ministry",
                Role.OFFICIAL,
                Phase.CONCLUDED,
                Scope.THIS,
                new Evidence("r1", "The toll was revised down to 137.", 30, 63),
                false,
                true),
            new Claim(
                "r1:3",
                "r1",
                Attribute.PERPETRATOR,
                TextValue.denialBy("Some Front"),
                false,
                "a spokesman",
                Role.CLAIMANT,
                Phase.ONGOING,
                Scope.THIS,
                null),
            new Claim(
                "r1:4",
                "r1",
                Attribute.PERPETRATOR,
                new TextValue("Other Front"),
                false,
                null,
                Role.CLAIMANT,
                Phase.ONGOING,
                Scope.THIS,
                null,
                true,
                true,
                StartTime.parse("2024-03-22T21:00")));
    AtomicLong incident = new AtomicLong();
    db.inTransaction(
        em -> {
          Report report =
              new Report(
                  "r1", "text", "Headline", "Wire", LocalDate.of(2024, 3, 23), null, "r1.txt");
          IncidentRecord i =
              new IncidentRepository(em)
                  .store(new IncidentRecord("t", "City", LocalDate.of(2024, 3, 22), Instant.now()));
          incident.set(i.id());
          new ReportRepository(em).store(new ReportRecord(report, Instant.now(), i.id()));
          List<ClaimRecord> records = new ArrayList<>();
          claims.forEach(
              c ->
                  records.add(
                      new ClaimRecord(c, i.id(), ClaimRecord.Origin.EXTRACTED, Instant.now())));
          new ClaimRepository(em).storeAll(records);
        });
    db.inTransaction(
        em ->
            assertThat(
                    new ClaimRepository(em)
                        .recordsOf(incident.get()).stream().map(ClaimRecord::toClaim).toList())
                .containsExactlyElementsOf(claims));
    // In the columns and the jsonb value themselves, not only through the mapping.
    try (java.sql.Connection c = db.connection();
        java.sql.ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "select claim_key, headline, revision, value ->> 'denied', stated_at from claim"
                        + " order by claim_key")) {
      List<String> rows = new ArrayList<>();
      while (rs.next()) {
        rows.add(
            rs.getString(1)
                + " "
                + rs.getBoolean(2)
                + " "
                + rs.getBoolean(3)
                + " "
                + rs.getString(4)
                + " "
                + rs.getString(5));
      }
      assertThat(rows)
          .containsExactly(
              "r1:1 true false null null",
              "r1:2 false true null null",
              "r1:3 false false Some Front null",
              "r1:4 true true null 2024-03-22T21:00");
    }
  }

  @Test
  void claimsStoredBeforeTheHeadlineColumnsAreBodyClaimsThatReviseNothing() throws Exception {
    AtomicLong incident = new AtomicLong();
    db.inTransaction(
        em -> {
          Report report =
              new Report(
                  "r1", "text", "Headline", "Wire", LocalDate.of(2024, 3, 23), null, "r1.txt");
          IncidentRecord i =
              new IncidentRepository(em)
                  .store(new IncidentRecord("t", "City", LocalDate.of(2024, 3, 22), Instant.now()));
          incident.set(i.id());
          new ReportRepository(em).store(new ReportRecord(report, Instant.now(), i.id()));
        });
    try (java.sql.Connection c = db.connection()) {
      // As the bulk loader and any older writer insert: without the two columns.
      c.createStatement()
          .execute(
              "insert into claim (claim_key, report_id, incident_id, attribute, value, role, phase,"
                  + " scope) values ('r1:1', 'r1', "
                  + incident.get()
                  + ", 'injured', '3', 'reporter', 'ongoing', 'this')");
    }
    db.inTransaction(
        em -> {
          Claim c =
              new ClaimRepository(em)
                  .recordsOf(incident.get()).stream().map(ClaimRecord::toClaim).toList().get(0);
          assertThat(c.headline()).isFalse();
          assertThat(c.revision()).isFalse();
        });
  }

  @Test
  void incidentsAreFoundByPlaceWithinADay() {
    db.inTransaction(
        em -> {
          IncidentRepository incidents = new IncidentRepository(em);
          incidents.store(
              new IncidentRecord("a", "Lagos", LocalDate.of(2024, 5, 1), Instant.now()));
          incidents.store(
              new IncidentRecord("b", "Lagos", LocalDate.of(2024, 5, 5), Instant.now()));
          assertThat(incidents.near("lagos", LocalDate.of(2024, 5, 2)))
              .extracting(IncidentRecord::title)
              .containsExactly("a");
          assertThat(incidents.near("Lagos", LocalDate.of(2024, 5, 3))).isEmpty();
          assertThat(incidents.near("Abuja", LocalDate.of(2024, 5, 1))).isEmpty();
        });
  }

  @Test
  void theNewestResolutionIsCurrentAndAllStay() {
    AtomicLong incident = new AtomicLong();
    db.inTransaction(
        em -> {
          long i =
              new IncidentRepository(em)
                  .store(new IncidentRecord("t", null, null, Instant.now()))
                  .id();
          incident.set(i);
          RuleSetRecord rules =
              new RuleSetRepository(em)
                  .store(
                      new RuleSetRecord(
                          "1.0.0", "abc", "{\"a.drl\":\"rule\"}", "system", Instant.now()));
          ResolutionRepository resolutions = new ResolutionRepository(em);
          List<Long> ids =
              resolutions.storeAll(
                  List.of(
                      new NewResolution(
                          i,
                          rules.id(),
                          Instant.now(),
                          "{\"n\":1}",
                          "h1",
                          List.of(),
                          List.of(new AttributeSummary("injured", "settled", "14"))),
                      new NewResolution(
                          i,
                          rules.id(),
                          Instant.now(),
                          "{\"n\":2}",
                          "h2",
                          List.of(1L),
                          List.of(new AttributeSummary("injured", "disputed", "11")))));
          assertThat(ids.get(1)).isGreaterThan(ids.get(0));
        });
    db.inTransaction(
        em -> {
          ResolutionRepository resolutions = new ResolutionRepository(em);
          assertThat(resolutions.current(incident.get()).orElseThrow().resultJson())
              .isEqualTo("{\"n\": 2}");
          assertThat(resolutions.history(incident.get())).hasSize(2);
          ResolutionRepository.Current current =
              resolutions.currentOf(List.of(incident.get())).get(incident.get());
          assertThat(current.explanationHash()).isEqualTo("h2");
          assertThat(current.attributes())
              .containsExactly(new AttributeSummary("injured", "disputed", "11"));
          assertThat(resolutions.current(incident.get()).orElseThrow().inputClaimIdsJson())
              .isEqualTo("[1]");
          assertThat(new RuleSetRepository(em).active().orElseThrow().contentHash())
              .isEqualTo("abc");
        });
  }
}
