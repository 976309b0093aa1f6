package dev.reconciler.claim;

import java.time.Duration;

/**
 * How long the attack or operation lasted, as a range: {@code three hours} is PT3H..PT3H, {@code
 * more than three hours} is PT3H.. (no max), {@code several hours} is a wide range.
 */
public record DurationRange(Duration min, Duration max) implements ClaimValue {

  public DurationRange {
    if (min == null || min.isNegative()) {
      throw new IllegalArgumentException("a duration needs a non-negative minimum, got " + min);
    }
    if (max != null && max.compareTo(min) < 0) {
      throw new IllegalArgumentException("duration max " + max + " is below its min " + min);
    }
  }

  public static DurationRange exactly(Duration d) {
    return new DurationRange(d, d);
  }

  public boolean isExact() {
    return min.equals(max);
  }

  private boolean within(DurationRange o) {
    if (min.compareTo(o.min) < 0) {
      return false;
    }
    if (o.max == null) {
      return true;
    }
    return max != null && max.compareTo(o.max) <= 0;
  }

  @Override
  public boolean agreesWith(ClaimValue other) {
    if (!(other instanceof DurationRange o)) {
      return false;
    }
    boolean thisBelow = max != null && max.compareTo(o.min) < 0;
    boolean otherBelow = o.max != null && o.max.compareTo(min) < 0;
    return !thisBelow && !otherBelow;
  }

  @Override
  public boolean isMoreSpecificThan(ClaimValue other) {
    return other instanceof DurationRange o && within(o) && !equals(o);
  }

  @Override
  public String display() {
    if (isExact()) {
      return min.toString();
    }
    return max == null ? min + ".." : min + ".." + max;
  }
}
