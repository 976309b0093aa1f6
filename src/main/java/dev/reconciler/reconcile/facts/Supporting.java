package dev.reconciler.reconcile.facts;

import dev.reconciler.claim.Attribute;

/** A claim that supports the value published for its attribute. */
public final class Supporting {

  private final ClaimFact claim;

  public Supporting(ClaimFact claim) {
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
    return o instanceof Supporting s && s.claim.equals(claim);
  }

  @Override
  public int hashCode() {
    return claim.hashCode() * 31 + 3;
  }

  @Override
  public String toString() {
    return "Supporting(" + claim.getId() + ")";
  }
}
