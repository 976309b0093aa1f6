package dev.reconciler.reconcile.facts;

import dev.reconciler.claim.Attribute;

/** A claim that nothing excluded or superseded: it still competes for its attribute. */
public final class Standing {

  private final ClaimFact claim;

  public Standing(ClaimFact claim) {
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
    return o instanceof Standing s && s.claim.equals(claim);
  }

  @Override
  public int hashCode() {
    return claim.hashCode() * 31 + 1;
  }

  @Override
  public String toString() {
    return "Standing(" + claim.getId() + ")";
  }
}
