package dev.reconciler.app.extractor;

import dev.reconciler.extract.ClaimExtractor;
import java.time.Duration;
import java.time.Instant;

/**
 * Where the service's extractor is: loading (with when it should be ready), loaded, or failed to
 * load (with why, in one line).
 *
 * @param state loading, loaded or failed
 * @param extractor the extractor once loaded, else null
 * @param expectedBy when loading should be done, while it is loading
 * @param loadTime how long building the extractor took, once loaded
 * @param problem why it failed, in one line, once failed
 */
public record ExtractorStatus(
    State state, ClaimExtractor extractor, Instant expectedBy, Duration loadTime, String problem) {

  /** While the models are loading, a client that waits longer than expected retries this often. */
  static final Duration OVERDUE_RETRY = Duration.ofSeconds(5);

  public enum State {
    LOADING,
    LOADED,
    FAILED
  }

  static ExtractorStatus loading(Instant expectedBy) {
    return new ExtractorStatus(State.LOADING, null, expectedBy, null, null);
  }

  static ExtractorStatus loaded(ClaimExtractor extractor, Duration loadTime) {
    return new ExtractorStatus(State.LOADED, extractor, null, loadTime, null);
  }

  static ExtractorStatus failed(String problem) {
    return new ExtractorStatus(State.FAILED, null, null, null, problem);
  }

  /**
   * Whole seconds until the extractor should be loaded, at least 1; once the estimate has passed,
   * {@link #OVERDUE_RETRY}. Only while loading.
   */
  public long retryAfterSeconds(Instant now) {
    Duration left = Duration.between(now, expectedBy);
    if (left.isNegative() || left.isZero()) {
      return OVERDUE_RETRY.toSeconds();
    }
    return Math.max(1, (left.toMillis() + 999) / 1000);
  }

  /**
   * The extractor, or the reason there is none yet.
   *
   * @throws ExtractorUnavailableException while loading or after a failed load
   */
  public ClaimExtractor require(Instant now) {
    return switch (state) {
      case LOADED -> extractor;
      case LOADING -> throw ExtractorUnavailableException.loading(retryAfterSeconds(now));
      case FAILED -> throw ExtractorUnavailableException.failed(problem);
    };
  }
}
