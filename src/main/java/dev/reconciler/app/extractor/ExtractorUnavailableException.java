package dev.reconciler.app.extractor;

import java.util.OptionalLong;

/**
 * A report cannot be read now because the extractor is not there: its models are still loading (try
 * again after {@link #retryAfterSeconds()}), or they failed to load (until the server is restarted
 * with what it lacked). Nothing was stored.
 */
public class ExtractorUnavailableException extends RuntimeException {

  private final boolean loading;
  private final long retryAfterSeconds;

  private ExtractorUnavailableException(String message, boolean loading, long retryAfterSeconds) {
    super(message);
    this.loading = loading;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  static ExtractorUnavailableException loading(long retryAfterSeconds) {
    return new ExtractorUnavailableException(
        "the CoreNLP models are still loading (ready in about "
            + retryAfterSeconds
            + " s);"
            + " nothing was stored: send the report again after Retry-After",
        true,
        retryAfterSeconds);
  }

  static ExtractorUnavailableException failed(String problem) {
    return new ExtractorUnavailableException(
        problem
            + "; nothing was stored, and reports cannot be read until the server is restarted"
            + " (reads and POST /api/incidents/{id}/claims still work)",
        false,
        0);
  }

  /** True while the models load; false when they failed to. */
  public boolean loading() {
    return loading;
  }

  /** When to try again, while loading; empty when waiting will not help. */
  public OptionalLong retryAfterSeconds() {
    return loading ? OptionalLong.of(retryAfterSeconds) : OptionalLong.empty();
  }
}
