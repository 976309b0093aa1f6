package dev.reconciler.claim;

import java.time.LocalTime;
import java.util.Locale;

/** A vague time of day ("Friday night"), as the clock hours it may stand for. */
public enum PartOfDay {
  MORNING(LocalTime.of(5, 0), LocalTime.of(12, 0)),
  AFTERNOON(LocalTime.of(12, 0), LocalTime.of(18, 0)),
  EVENING(LocalTime.of(17, 0), LocalTime.of(22, 0)),
  /** Wraps past midnight. */
  NIGHT(LocalTime.of(18, 0), LocalTime.of(5, 0));

  private final LocalTime from;
  private final LocalTime until;

  PartOfDay(LocalTime from, LocalTime until) {
    this.from = from;
    this.until = until;
  }

  public boolean contains(LocalTime t) {
    if (from.isBefore(until)) {
      return !t.isBefore(from) && !t.isAfter(until);
    }
    return !t.isBefore(from) || !t.isAfter(until);
  }

  public boolean overlaps(PartOfDay other) {
    return this == other
        || contains(other.from)
        || contains(other.until)
        || other.contains(from)
        || other.contains(until);
  }

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The part of day named by a word such as "night" or "evening", or null when none is. */
  public static PartOfDay fromWord(String word) {
    for (PartOfDay p : values()) {
      if (p.key().equalsIgnoreCase(word)) {
        return p;
      }
    }
    return null;
  }
}
