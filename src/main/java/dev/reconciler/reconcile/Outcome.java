package dev.reconciler.reconcile;

/** What happened to one claim in a resolution. */
public enum Outcome {
  /** Supports the published value. */
  SUPPORTS,
  /** Stands, but disagrees with the published value of a disputed attribute. */
  DISPUTES,
  /** Outweighed by a stronger disagreeing claim. */
  SUPERSEDED,
  /** Not about this incident. */
  EXCLUDED,
  /** A reported value that disagrees with a derived one. */
  INCONSISTENT;

  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
