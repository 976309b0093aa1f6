package dev.reconciler.reconcile.facts;

import dev.reconciler.claim.Attribute;
import java.util.Objects;

/**
 * A claim's standing in its attribute's resolution, as the rules found it. A claim can hold
 * several: a leading claim also stands, and the published value's claims support it. Rules always
 * name the standing they mean ({@code ClaimStanding( standing == Standing.LEADING, ... )}).
 */
public record ClaimStanding(Standing standing, ClaimFact claim) {

  public ClaimStanding {
    Objects.requireNonNull(standing);
    Objects.requireNonNull(claim);
  }

  /** The claim's attribute, so that rules can join on it ({@code attribute == $attr}). */
  public Attribute attribute() {
    return claim.getAttribute();
  }

  // An enum's own hash differs from run to run; this is the hash the three former fact classes had.
  @Override
  public int hashCode() {
    return claim.hashCode() * 31 + standing.ordinal() + 1;
  }

  @Override
  public String toString() {
    return "ClaimStanding(" + standing + ", " + claim.getId() + ")";
  }
}
