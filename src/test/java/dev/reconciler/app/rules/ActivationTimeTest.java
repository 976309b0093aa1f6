package dev.reconciler.app.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reconciler.store.RuleSetRecord;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The newest activation is the one in force, whatever the clocks of the instances say. */
class ActivationTimeTest {

  private static final Instant T = Instant.parse("2026-12-02T20:00:00.123456789Z");

  @Test
  void anActivationIsStampedNowInMicroseconds() {
    assertThat(RuleSetVersions.after(Optional.empty(), T))
        .isEqualTo(Instant.parse("2026-12-02T20:00:00.123456Z"));
    assertThat(RuleSetVersions.after(previous(T.minusSeconds(1)), T))
        .isEqualTo(Instant.parse("2026-12-02T20:00:00.123456Z"));
  }

  @Test
  void anInstanceWhoseClockIsBehindStillActivatesAfterThePreviousVersion() {
    Instant previous = Instant.parse("2026-12-02T20:00:05.000001Z");
    assertThat(RuleSetVersions.after(previous(previous), T))
        .isEqualTo(Instant.parse("2026-12-02T20:00:05.000002Z"));
    assertThat(RuleSetVersions.after(previous(previous), previous))
        .isEqualTo(Instant.parse("2026-12-02T20:00:05.000002Z"));
  }

  private static Optional<RuleSetRecord> previous(Instant activatedAt) {
    return Optional.of(new RuleSetRecord("1.0.0", "ab".repeat(32), "{}", "system", activatedAt));
  }
}
