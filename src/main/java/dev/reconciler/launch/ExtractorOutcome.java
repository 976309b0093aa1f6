package dev.reconciler.launch;

/**
 * Where the service's extractor is, as {@code /health/ready} tells it.
 *
 * @param kind loaded, failed, or still loading
 * @param detail the load time in seconds (loaded), the one-line reason (failed), or the last answer
 *     of {@code /health/ready} (loading)
 * @param retryAfterSeconds while loading, the server's estimate of the time left, or 0
 */
public record ExtractorOutcome(Kind kind, String detail, long retryAfterSeconds) {

  public enum Kind {
    LOADING,
    LOADED,
    FAILED
  }
}
