package dev.reconciler.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Wrong passwords slow the next attempt down, per account and per address, on a test clock. */
class LoginThrottleTest {

  /** A clock the test moves. */
  private static final class TestClock extends Clock {
    private Instant now = Instant.parse("2026-12-03T10:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  private final TestClock clock = new TestClock();
  private final LoginThrottle throttle = new LoginThrottle(clock);

  private void fail(int times, String account, String address) {
    for (int i = 0; i < times; i++) {
      throttle.failed(account, address);
    }
  }

  @Test
  void theFirstFailuresCostNothing() {
    fail(LoginThrottle.FREE_FAILURES - 1, "alice", "10.0.0.1");
    assertThat(throttle.waitFor("alice", "10.0.0.1")).isEmpty();
  }

  @Test
  void thenEachFailureDoublesTheWait() {
    fail(LoginThrottle.FREE_FAILURES, "alice", "10.0.0.1");
    assertThat(throttle.waitFor("alice", "10.0.0.1")).contains(Duration.ofSeconds(1));
    fail(1, "alice", "10.0.0.1");
    assertThat(throttle.waitFor("alice", "10.0.0.1")).contains(Duration.ofSeconds(2));
    fail(2, "alice", "10.0.0.1");
    assertThat(throttle.waitFor("alice", "10.0.0.1")).contains(Duration.ofSeconds(8));
    clock.advance(Duration.ofSeconds(5));
    assertThat(throttle.waitFor("alice", "10.0.0.1")).contains(Duration.ofSeconds(3));
    clock.advance(Duration.ofSeconds(3));
    assertThat(throttle.waitFor("alice", "10.0.0.1")).isEmpty();
  }

  @Test
  void theWaitHasACeiling() {
    fail(LoginThrottle.FREE_FAILURES + 40, "alice", "10.0.0.1");
    assertThat(throttle.waitFor("alice", "10.0.0.1")).contains(LoginThrottle.MAX_WAIT);
  }

  @Test
  void anAccountIsHeldBackFromEveryAddress() {
    for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
      throttle.failed("alice", "10.0.0." + i);
    }
    assertThat(throttle.waitFor("alice", "192.168.1.1")).isPresent();
    assertThat(throttle.waitFor("bob", "192.168.1.1")).isEmpty();
  }

  @Test
  void anAddressIsHeldBackForEveryAccount() {
    for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
      throttle.failed("user" + i, "10.0.0.9");
    }
    assertThat(throttle.waitFor("bob", "10.0.0.9")).isPresent();
    assertThat(throttle.waitFor("bob", "10.0.0.10")).isEmpty();
  }

  @Test
  void failuresAreForgottenAfterTheWindow() {
    fail(LoginThrottle.FREE_FAILURES + 3, "alice", "10.0.0.1");
    clock.advance(LoginThrottle.WINDOW.plusSeconds(1));
    assertThat(throttle.waitFor("alice", "10.0.0.1")).isEmpty();
    assertThat(throttle.failed("alice", "10.0.0.1")).isEqualTo(1);
  }

  @Test
  void aRightPasswordClearsTheAccountButNotTheAddress() {
    fail(LoginThrottle.FREE_FAILURES, "alice", "10.0.0.1");
    throttle.succeeded("alice");
    assertThat(throttle.waitFor("alice", "10.0.0.2")).isEmpty();
    assertThat(throttle.waitFor("alice", "10.0.0.1")).isPresent();
  }

  @Test
  void noUserNameCountsForTheAddressOnly() {
    fail(LoginThrottle.FREE_FAILURES, null, "10.0.0.1");
    assertThat(throttle.waitFor(null, "10.0.0.1")).isPresent();
    assertThat(throttle.waitFor("alice", "10.0.0.2")).isEmpty();
  }

  @Test
  void aBasicHeaderGivesItsUserNameAndNothingMalformedDoes() {
    String header =
        "Basic "
            + java.util.Base64.getEncoder()
                .encodeToString("alice:secret".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(BasicCredentials.userIn(header)).contains("alice");
    assertThat(BasicCredentials.userIn("Basic %%%not-base64")).isEmpty();
    assertThat(BasicCredentials.userIn("Bearer x")).isEmpty();
    assertThat(BasicCredentials.userIn(null)).isEmpty();
  }
}
