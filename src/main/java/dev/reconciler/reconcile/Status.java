package dev.reconciler.reconcile;

/** What may be published about one attribute. */
public enum Status {
  /** The remaining claims agree and one of them reaches the attribute's rank threshold. */
  SETTLED,
  /** Claims that nothing supersedes still disagree. */
  DISPUTED,
  /** The remaining claims agree but none reaches the threshold. */
  UNVERIFIED,
  /** No claim about this incident. */
  UNKNOWN;

  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
