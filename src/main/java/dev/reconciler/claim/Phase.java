package dev.reconciler.claim;

import java.util.Locale;

/** Whether a claim was made while the attack or operation was going on, or after it ended. */
public enum Phase {
  ONGOING,
  CONCLUDED;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Phase fromKey(String key) {
    for (Phase p : values()) {
      if (p.key().equals(key)) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown phase '" + key + "' (known: ongoing, concluded)");
  }

  @Override
  public String toString() {
    return key();
  }
}
