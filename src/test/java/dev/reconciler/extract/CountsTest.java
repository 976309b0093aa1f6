package dev.reconciler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reconciler.claim.Attribute;
import dev.reconciler.claim.Claim;
import dev.reconciler.claim.CountRange;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Casualty and attacker counts: what is counted, what happened to them, and how parts add up. */
class CountsTest {

  /** "attribute=value" for every claim, in order. */
  static List<String> found(String text) {
    return SharedExtractor.claims(text).stream()
        .filter(c -> c.attribute().kind() == Attribute.Kind.COUNT)
        .map(c -> c.attribute().key() + "=" + c.value().display() + (c.approximate() ? "~" : ""))
        .collect(Collectors.toList());
  }

  @Test
  void severalAttributesInOneSentence() {
    // guards alone are a group among the dead: at least four died
    assertThat(found("Gunmen killed 4 guards, police said, adding 14 others were wounded."))
        .containsExactly("victims_killed=4+", "injured=14");
    assertThat(found("At least one officer and a civilian were killed and 11 soldiers wounded."))
        .containsExactly("victims_killed=2+", "injured=11");
  }

  @Test
  void allTheAttackersKilledIsAlsoHowManyThereWere() {
    assertThat(found("The raid ended with the killing of all four gunmen."))
        .containsExactly("attackers_killed=4", "attackers_count=4");
  }

  @Test
  void aTotalIncludingAttackersIsADeathsTotal() {
    assertThat(found("More than nine people, including two suicide bombers, were killed."))
        .containsExactly("deaths_total=10+", "attackers_killed=2");
  }

  @Test
  void aBreakdownOfVictimsIsNotCountedTwice() {
    assertThat(
            found("Five people were killed, including two policemen, one ranger and two students."))
        .containsExactly("victims_killed=5");
  }

  @Test
  void listsAddUp() {
    assertThat(found("The blast killed two policemen, one ranger and one sanitary worker."))
        .containsExactly("victims_killed=4");
    assertThat(found("Two officers, a civilian employee and a child were killed."))
        .containsExactly("victims_killed=4");
  }

  @Test
  void attackersTakingPartAreCounted() {
    assertThat(found("Five or six militants were involved in the attack."))
        .containsExactly("attackers_count=5-6");
    assertThat(found("Half a dozen armed men stormed the bank."))
        .containsExactly("attackers_count=6~");
  }

  @Test
  void aPartOfAGroupIsNotItsSize() {
    assertThat(found("Two of the attackers were arrested at the scene.")).isEmpty();
    assertThat(found("Three of the wounded were in critical condition.")).isEmpty();
    assertThat(found("Two of the attackers were also killed."))
        .containsExactly("attackers_killed=2");
  }

  @Test
  void tollsAndBareFigures() {
    assertThat(found("The death toll from the attack on the hotel rose to 21 on Monday."))
        .containsExactly("victims_killed=21");
    assertThat(found("The bombing left 12 dead and 30 injured."))
        .containsExactly("victims_killed=12", "injured=30");
    assertThat(found("No one was injured.")).containsExactly("injured=0");
  }

  @Test
  void thingsThatAreNotPeopleAreNotCounted() {
    assertThat(
            found("The attackers threw half a dozen grenades and cleared the first three floors."))
        .isEmpty();
    assertThat(found("Rescuers evacuated about 200 people from the building.")).isEmpty();
  }

  @Test
  void aPluralOfAUnitIsAtLeastTwoOfIt() {
    Claim c =
        SharedExtractor.claims("Dozens of people were wounded in the blast.", Attribute.INJURED)
            .get(0);
    assertThat(c.value()).isEqualTo(CountRange.atLeast(24));
    assertThat(c.approximate()).isTrue();
  }
}
