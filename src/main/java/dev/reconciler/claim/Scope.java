package dev.reconciler.claim;

import java.util.Locale;

/** Whether a claim is about the incident its report covers, or another one mentioned in passing. */
public enum Scope {
  THIS,
  OTHER;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Scope fromKey(String key) {
    for (Scope s : values()) {
      if (s.key().equals(key)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown scope '" + key + "' (known: this, other)");
  }

  @Override
  public String toString() {
    return key();
  }
}
