package dev.reconciler.claim;

import java.util.Arrays;
import java.util.Locale;

/** The attributes of the incident schema v1 (EDITORIAL-POLICY.md). */
public enum Attribute {
  VICTIMS_KILLED(Kind.COUNT),
  ATTACKERS_KILLED(Kind.COUNT),
  ATTACKERS_COUNT(Kind.COUNT),
  INJURED(Kind.COUNT),
  PERPETRATOR(Kind.TEXT),
  START_TIME(Kind.TIME),
  DURATION(Kind.DURATION),
  LOCATION(Kind.TEXT),
  HOSTAGES_TAKEN(Kind.YES_NO),
  /**
   * Derived from victims and attackers killed; reports that state a total are checked against it.
   */
  DEATHS_TOTAL(Kind.COUNT);

  /**
   * The kind of value an attribute takes, which fixes the {@link ClaimValue} type of its claims.
   */
  public enum Kind {
    COUNT,
    TEXT,
    TIME,
    DURATION,
    YES_NO
  }

  private final Kind kind;

  Attribute(Kind kind) {
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  /** The schema's name for this attribute, e.g. {@code victims_killed}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Looks an attribute up by its schema name; the message lists the known names. */
  public static Attribute fromKey(String key) {
    for (Attribute a : values()) {
      if (a.key().equals(key)) {
        return a;
      }
    }
    throw new IllegalArgumentException(
        "unknown attribute '" + key + "' (known: " + Arrays.toString(keys()) + ")");
  }

  public static String[] keys() {
    return Arrays.stream(values()).map(Attribute::key).toArray(String[]::new);
  }

  @Override
  public String toString() {
    return key();
  }
}
