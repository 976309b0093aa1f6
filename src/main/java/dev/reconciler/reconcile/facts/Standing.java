package dev.reconciler.reconcile.facts;

/** Where a claim stands in its attribute's resolution; see {@link ClaimStanding}. */
public enum Standing {

  /** Nothing excluded or superseded the claim: it still competes for its attribute. */
  STILL_STANDING,

  /**
   * The standing claim whose value is the best one: the most specific, from the strongest source.
   */
  LEADING,

  /** The claim supports the value published for its attribute. */
  SUPPORTING
}
