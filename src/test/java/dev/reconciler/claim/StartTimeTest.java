package dev.reconciler.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StartTimeTest {

  @Test
  void theTextFormRoundTrips() {
    for (String s :
        new String[] {
          "2023-02-17T19:10+05:00", "19:10", "2023-02-17", "Friday night", "2023-02-17 evening"
        }) {
      assertThat(StartTime.parse(s).display()).isEqualTo(s);
    }
  }

  @Test
  void aClockTimeAgreesWithThePartOfDayItFallsIn() {
    assertThat(StartTime.parse("19:10").agreesWith(StartTime.parse("Friday night"))).isTrue();
    assertThat(StartTime.parse("09:10").agreesWith(StartTime.parse("Friday night"))).isFalse();
    assertThat(StartTime.parse("2023-02-17 night").agreesWith(StartTime.parse("Friday"))).isTrue();
    assertThat(StartTime.parse("2023-02-18").agreesWith(StartTime.parse("Friday"))).isFalse();
  }

  @Test
  void aClockTimeIsMoreSpecificThanADatedPartOfDay() {
    StartTime clock = StartTime.parse("19:10");
    StartTime night = StartTime.parse("2023-02-17 night");
    assertThat(clock.isMoreSpecificThan(night)).isTrue();
    assertThat(night.isMoreSpecificThan(clock)).isFalse();
    assertThat(StartTime.parse("2023-02-17T19:10").isMoreSpecificThan(clock)).isTrue();
  }

  @Test
  void completionTakesTheMissingPartsFromAnAgreeingValue() {
    StartTime done = StartTime.parse("19:10").completedBy(StartTime.parse("2023-02-17 night"));
    assertThat(done.display()).isEqualTo("2023-02-17T19:10");
  }

  @Test
  void unreadableTextNamesThePart() {
    assertThatThrownBy(() -> StartTime.parse("around teatime")).hasMessageContaining("around");
  }
}
