package dev.reconciler.extract.number;

import dev.reconciler.claim.CountRange;

/**
 * A quantity read from a sentence: the range it allows, whether it was hedged, whether it was said
 * of a whole group ("all three"), and the tokens it covers ({@code from} inclusive, {@code to}
 * exclusive), and the number as written ({@code stated}: 7 in "more than seven").
 */
public record Quantity(
    CountRange range, boolean approximate, boolean all, int from, int to, int stated) {

  public Quantity(CountRange range, boolean approximate, boolean all, int from, int to) {
    this(range, approximate, all, from, to, range.min());
  }

  /** This quantity plus another, as in a list that adds up ("two policemen and one ranger"). */
  public Quantity plus(Quantity other) {
    return new Quantity(
        range.plus(other.range),
        approximate || other.approximate,
        all && other.all,
        from,
        other.to,
        stated + other.stated);
  }

  /** The same words read as another range ("six security personnel died": at least six). */
  public Quantity withRange(CountRange other) {
    return new Quantity(other, approximate, all, from, to, stated);
  }

  public Quantity endingAt(int end) {
    return new Quantity(range, approximate, all, from, end, stated);
  }
}
