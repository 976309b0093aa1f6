package dev.reconciler.claim;

/**
 * A count as a closed range: {@code 4} is 4..4, {@code at least 4} is 4.. (no {@code max}), {@code
 * five or six} is 5..6.
 *
 * @param min the smallest count the claim allows, never negative
 * @param max the largest, or null when the claim sets no upper bound
 */
public record CountRange(int min, Integer max) implements ClaimValue {

  public CountRange {
    if (min < 0) {
      throw new IllegalArgumentException("a count cannot be negative: " + min);
    }
    if (max != null && max < min) {
      throw new IllegalArgumentException("count range max " + max + " is below its min " + min);
    }
  }

  public static CountRange exactly(int n) {
    return new CountRange(n, n);
  }

  public static CountRange atLeast(int n) {
    return new CountRange(n, null);
  }

  public boolean isExact() {
    return max != null && max == min;
  }

  public boolean isBounded() {
    return max != null;
  }

  /** The range of {@code this + other}: how a derived total is computed from its parts. */
  public CountRange plus(CountRange other) {
    Integer sumMax = max == null || other.max == null ? null : max + other.max;
    return new CountRange(min + other.min, sumMax);
  }

  /** True when the two ranges share at least one count. */
  public boolean overlaps(CountRange other) {
    boolean thisBelowOther = max != null && max < other.min;
    boolean otherBelowThis = other.max != null && other.max < min;
    return !thisBelowOther && !otherBelowThis;
  }

  /** True when every count this range allows is also allowed by {@code other}. */
  public boolean within(CountRange other) {
    if (min < other.min) {
      return false;
    }
    if (other.max == null) {
      return true;
    }
    return max != null && max <= other.max;
  }

  @Override
  public boolean agreesWith(ClaimValue other) {
    return other instanceof CountRange o && overlaps(o);
  }

  @Override
  public boolean isMoreSpecificThan(ClaimValue other) {
    return other instanceof CountRange o && within(o) && !equals(o);
  }

  @Override
  public String display() {
    if (isExact()) {
      return Integer.toString(min);
    }
    return max == null ? min + "+" : min + "-" + max;
  }
}
