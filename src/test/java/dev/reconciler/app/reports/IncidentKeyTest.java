package dev.reconciler.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reconciler.claim.Attribute;
import dev.reconciler.claim.Claim;
import dev.reconciler.claim.ClaimValue;
import dev.reconciler.claim.Phase;
import dev.reconciler.claim.Role;
import dev.reconciler.claim.Scope;
import dev.reconciler.claim.StartTime;
import dev.reconciler.claim.TextValue;
import dev.reconciler.reconcile.EditorsData;
import dev.reconciler.reconcile.RuleSetLoader;
import dev.reconciler.report.Report;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Where and when a report says its attack happened, with the default editors' data. */
class IncidentKeyTest {

  private static EditorsData data;

  @BeforeAll
  static void editorsData() {
    data = RuleSetLoader.fromDirectory(Path.of("rules")).data();
  }

  private static Report report(String text, LocalDate date) {
    return new Report("r1", text, null, null, date, null, "r1");
  }

  private static Claim claim(Attribute a, ClaimValue v, Role role, Scope scope) {
    return new Claim(
        "r1:" + a + v.display(), "r1", a, v, false, null, role, Phase.CONCLUDED, scope, null);
  }

  @Test
  void aLocationIsReducedToTheCityItNames() {
    IncidentKey key =
        IncidentKey.of(
            report("text", LocalDate.of(2023, 2, 18)),
            List.of(
                claim(
                    Attribute.LOCATION,
                    new TextValue("the police headquarters"),
                    Role.OFFICIAL,
                    Scope.THIS),
                claim(
                    Attribute.LOCATION,
                    new TextValue("the police chief’s office in Karachi"),
                    Role.REPORTER,
                    Scope.THIS),
                claim(Attribute.LOCATION, new TextValue("Peshawar"), Role.OFFICIAL, Scope.OTHER)),
            data);
    assertThat(key.place()).isEqualTo("Karachi");
    assertThat(key.date()).isEqualTo(LocalDate.of(2023, 2, 18));
    assertThat(key.lockKey()).isEqualTo("incident:karachi");
  }

  @Test
  void withoutACityInTheClaimsTheCityTheTextNamesMostOftenIsThePlace() {
    IncidentKey key =
        IncidentKey.of(
            report(
                "Gunmen in Karachi... a blast in Peshawar last month... Karachi police said.",
                null),
            List.of(
                claim(
                    Attribute.LOCATION,
                    new TextValue("the police headquarters in Pakistan's largest city"),
                    Role.REPORTER,
                    Scope.THIS)),
            data);
    assertThat(key.place()).isEqualTo("Karachi");
    assertThat(key.matchable()).isFalse();
  }

  @Test
  void aDatedStartTimeWinsOverTheReportDateAndAWeekdayStandsInForAMissingDate() {
    Claim dated =
        claim(
            Attribute.START_TIME,
            StartTime.parse("2023-02-17T19:10+05:00"),
            Role.OFFICIAL,
            Scope.THIS);
    assertThat(
            IncidentKey.of(report("Karachi", LocalDate.of(2023, 2, 18)), List.of(dated), data)
                .date())
        .isEqualTo(LocalDate.of(2023, 2, 17));
    IncidentKey undated =
        IncidentKey.of(
            report("In Karachi", null),
            List.of(
                claim(
                    Attribute.START_TIME,
                    StartTime.parse("Friday night"),
                    Role.REPORTER,
                    Scope.THIS)),
            data);
    assertThat(undated.date()).isNull();
    assertThat(undated.weekday()).isEqualTo(DayOfWeek.FRIDAY);
    assertThat(undated.matchable()).isTrue();
  }

  @Test
  void aReportThatNamesNoPlaceHasNone() {
    IncidentKey key =
        IncidentKey.of(
            report("Gunmen attacked a building.", LocalDate.of(2023, 2, 17)), List.of(), data);
    assertThat(key.place()).isNull();
    assertThat(key.matchable()).isFalse();
  }
}
