package dev.reconciler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reconciler.claim.Attribute;
import dev.reconciler.claim.Claim;
import dev.reconciler.claim.DurationRange;
import dev.reconciler.claim.Role;
import dev.reconciler.claim.StartTime;
import dev.reconciler.claim.TextValue;
import dev.reconciler.claim.YesNo;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Start time, duration, place, hostages and responsibility. */
class TimeAndPlaceTest {

  static Claim one(String text, Attribute a) {
    List<Claim> c = SharedExtractor.claims(text, a);
    assertThat(c).as(a.key() + " in: " + text).hasSize(1);
    return c.get(0);
  }

  @Test
  void aClockTimeWithItsUtcEquivalentHasAnOffset() {
    Claim c =
        one("The attack began at around 7:10 p.m. (1410 GMT) on Friday.", Attribute.START_TIME);
    assertThat(c.value()).isEqualTo(StartTime.parse("Friday 19:10+05:00"));
    assertThat(c.approximate()).isTrue();
  }

  @Test
  void aWeekdayAndPartOfDay() {
    assertThat(one("Gunmen stormed the hotel on Sunday evening.", Attribute.START_TIME).value())
        .isEqualTo(StartTime.parse("Sunday evening"));
  }

  @Test
  void aWhenClauseUnderAWordOfTheAttackTakesItsTime() {
    // Corpus: dev/manchester-arena-2017, 08-reuters.txt.
    assertThat(
            one(
                    " date 2017-05-24 x\n\nTwenty-two people were killed late on Monday when a"
                        + " suicide bomber detonated a device packed with metal nuts and bolts as"
                        + " thousands of people streamed out of a concert in Manchester.",
                    Attribute.START_TIME)
                .value())
        .isEqualTo(StartTime.parse("2017-05-22"));
    // Corpus: dev/grand-bassam-2016, 07-heraldnet.txt: talking is no word of the attack.
    assertThat(
            SharedExtractor.claims(
                " date 2016-03-14 x\n\nA few minutes later, Tanon was talking to a customer when"
                    + " a bullet hit the client in the neck.",
                Attribute.START_TIME))
        .isEmpty();
  }

  @Test
  void yesterdayIsDatedFromTheReport() {
    assertThat(
            one(
                    " date 2024-05-02 x\n\nA bomb exploded at the station yesterday.",
                    Attribute.START_TIME)
                .value())
        .isEqualTo(StartTime.parse("2024-05-01"));
  }

  @Test
  void durations() {
    assertThat(one("The siege ended after several hours.", Attribute.DURATION).value())
        .isEqualTo(new DurationRange(Duration.ofHours(2), Duration.ofHours(9)));
    Claim nearly = one("The operation, lasting nearly three hours, is over.", Attribute.DURATION);
    assertThat(nearly.value()).isEqualTo(DurationRange.exactly(Duration.ofHours(3)));
    assertThat(nearly.approximate()).isTrue();
    assertThat(one("Troops ended a 15-hour siege.", Attribute.DURATION).value())
        .isEqualTo(DurationRange.exactly(Duration.ofHours(15)));
    assertThat(
            one("The attack has been under way for more than three hours.", Attribute.DURATION)
                .value())
        .isEqualTo(new DurationRange(Duration.ofHours(3), null));
  }

  @Test
  void thePlaceAttacked() {
    assertThat(
            one(
                    "Militants launched an attack on the central police station in Port Harcourt on"
                        + " Monday.",
                    Attribute.LOCATION)
                .value())
        .isEqualTo(new TextValue("central police station, Port Harcourt"));
    assertThat(
            SharedExtractor.claims("Police blamed the attack on Boko Haram.", Attribute.LOCATION))
        .isEmpty();
  }

  @Test
  void hostages() {
    assertThat(
            one("The gunmen took 20 people hostage in the bank.", Attribute.HOSTAGES_TAKEN).value())
        .isEqualTo(new YesNo(true));
    assertThat(one("No hostages were taken, police said.", Attribute.HOSTAGES_TAKEN).value())
        .isEqualTo(new YesNo(false));
  }

  @Test
  void responsibility() {
    Claim claimed =
        one("The Northern Brigade claimed responsibility for the attack.", Attribute.PERPETRATOR);
    assertThat(claimed.value()).isEqualTo(new TextValue("Northern Brigade"));
    assertThat(claimed.role()).isEqualTo(Role.CLAIMANT);

    Claim none = one("No group has claimed responsibility so far.", Attribute.PERPETRATOR);
    assertThat(none.value()).isEqualTo(new TextValue(TextValue.UNCLAIMED));
    assertThat(none.role()).isEqualTo(Role.REPORTER);

    Claim denied =
        one("The Northern Brigade denied any involvement in the bombing.", Attribute.PERPETRATOR);
    assertThat(denied.value()).isEqualTo(TextValue.denialBy("Northern Brigade"));
    assertThat(denied.role()).isEqualTo(Role.CLAIMANT);

    Claim blamed = one("Officials blamed the attack on the Eastern Front.", Attribute.PERPETRATOR);
    assertThat(blamed.value().display()).contains("Eastern Front");
    assertThat(blamed.role()).isEqualTo(Role.ANONYMOUS_OFFICIAL);
  }
}
