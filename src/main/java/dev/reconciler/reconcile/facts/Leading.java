package dev.reconciler.reconcile.facts;

import dev.reconciler.claim.Attribute;

/** The standing claim whose value is the best one for its attribute: the most specific, from the strongest source. */
public final class Leading {

  private final ClaimFact claim;

  public Leading(ClaimFact claim) {
    this.claim = claim;
  }

  public ClaimFact getClaim() {
    return claim;
  }

  public Attribute getAttribute() {
    return claim.getAttribute();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Leading s && s.claim.equals(claim);
  }

  @Override
  public int hashCode() {
    return claim.hashCode() * 31 + 2;
  }

  @Override
  public String toString() {
    return "Leading(" + claim.getId() + ")";
  }
}
