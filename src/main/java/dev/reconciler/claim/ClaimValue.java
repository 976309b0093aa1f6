package dev.reconciler.claim;

/**
 * The value of a claim. Its type follows the attribute's {@link Attribute.Kind}.
 *
 * <p>Values know when they agree with another value of their kind (equal, or one a bound or a
 * vaguer form the other satisfies) and which of two agreeing values is more specific. Text values
 * agree only through editors' alias data, which the rules hold, so here they compare exactly.
 */
public sealed interface ClaimValue permits CountRange, TextValue, StartTime, DurationRange, YesNo {

  /** True when both values can be true of the same incident at once. */
  boolean agreesWith(ClaimValue other);

  /**
   * True when this value says strictly more than {@code other} (a narrower range, a clock time).
   */
  boolean isMoreSpecificThan(ClaimValue other);

  /** A short, readable form for tables and logs; the JSON form is {@code dev.reconciler.json}'s. */
  String display();
}
