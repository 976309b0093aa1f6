package dev.reconciler.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Slows down guessing editors' passwords: after {@link #FREE_FAILURES} wrong passwords for one
 * account, or from one client address, within {@link #WINDOW}, each further attempt must wait,
 * twice as long after every failure (1 s, 2 s, 4 s, ... at most {@link #MAX_WAIT}); an attempt made
 * too early is refused without checking the password. Nothing blocks a thread: the caller answers
 * 429 with the wait as {@code Retry-After}. Counts live in a bounded in-memory map, so a flood of
 * made-up names or addresses cannot grow it; a restart forgets them.
 */
public final class LoginThrottle {

  static final int FREE_FAILURES = 5;
  static final Duration WINDOW = Duration.ofMinutes(15);
  static final Duration FIRST_WAIT = Duration.ofSeconds(1);
  static final Duration MAX_WAIT = Duration.ofMinutes(15);
  private static final int MAX_KEYS = 100_000;

  /** The failures counted for one account or one address. */
  private record Failures(int count, Instant last) {}

  private final Clock clock;
  private final Cache<String, Failures> failures;

  public LoginThrottle(Clock clock) {
    this.clock = clock;
    this.failures =
        Caffeine.newBuilder()
            .maximumSize(MAX_KEYS)
            // Caffeine's own clock follows the injected one, so that tests control expiry too.
            .ticker(() -> clock.millis() * 1_000_000L)
            .expireAfterWrite(WINDOW)
            .build();
  }

  /**
   * How long the next attempt for {@code account} from {@code address} must still wait; empty when
   * it may be made now. Either may be null (no user name sent).
   */
  public Optional<Duration> waitFor(String account, String address) {
    Duration a = waitFor(key("account", account));
    Duration b = waitFor(key("address", address));
    Duration longer = a.compareTo(b) >= 0 ? a : b;
    return longer.isZero() ? Optional.empty() : Optional.of(longer);
  }

  /** Counts a wrong password; returns the account's failures within the window. */
  public int failed(String account, String address) {
    Instant now = clock.instant();
    int forAddress = count(key("address", address), now);
    int forAccount = count(key("account", account), now);
    return Math.max(forAccount, forAddress);
  }

  /** A right password: the account's failures are forgotten (the address's stay). */
  public void succeeded(String account) {
    String k = key("account", account);
    if (k != null) {
      failures.invalidate(k);
    }
  }

  private int count(String key, Instant now) {
    if (key == null) {
      return 0;
    }
    Failures f =
        failures
            .asMap()
            .merge(key, new Failures(1, now), (old, one) -> new Failures(old.count + 1, now));
    return f.count;
  }

  private Duration waitFor(String key) {
    Failures f = key == null ? null : failures.getIfPresent(key);
    if (f == null || f.count < FREE_FAILURES) {
      return Duration.ZERO;
    }
    int doublings = Math.min(f.count - FREE_FAILURES, 30);
    Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
    if (wait.compareTo(MAX_WAIT) > 0) {
      wait = MAX_WAIT;
    }
    Duration left = Duration.between(clock.instant(), f.last.plus(wait));
    return left.isNegative() ? Duration.ZERO : left;
  }

  private static String key(String kind, String value) {
    return value == null || value.isEmpty() ? null : kind + ":" + value;
  }
}
