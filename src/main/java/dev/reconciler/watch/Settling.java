package dev.reconciler.watch;

/**
 * Decides, look by look, when a changed directory has settled: it has differed from the last
 * settled state and then stayed the same for the settle time.
 */
final class Settling {

  private final long settleNanos;
  private DirectoryFingerprint settled;
  private DirectoryFingerprint pending;
  private long quietSince;

  Settling(DirectoryFingerprint baseline, long settleNanos) {
    this.settled = baseline;
    this.settleNanos = settleNanos;
  }

  /** Takes one look at the directory at time {@code nanos}; true when a change has settled. */
  boolean look(DirectoryFingerprint now, long nanos) {
    if (!now.equals(pending == null ? settled : pending)) {
      pending = now.equals(settled) ? null : now;
      quietSince = nanos;
      return false;
    }
    if (pending != null && nanos - quietSince >= settleNanos) {
      settled = pending;
      pending = null;
      return true;
    }
    return false;
  }
}
