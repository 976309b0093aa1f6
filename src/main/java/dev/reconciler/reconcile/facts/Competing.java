package dev.reconciler.reconcile.facts;

import java.util.Objects;

/**
 * A group's own claim of responsibility and another group's claim naming a different group: they
 * are kept side by side, so neither supersedes the other. Inserted for both orders of the pair.
 */
public final class Competing {

  private final String claimId;
  private final String rivalId;

  public Competing(String claimId, String rivalId) {
    this.claimId = claimId;
    this.rivalId = rivalId;
  }

  public String getClaimId() {
    return claimId;
  }

  public String getRivalId() {
    return rivalId;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Competing c && Objects.equals(c.claimId, claimId) && Objects.equals(c.rivalId, rivalId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(claimId, rivalId);
  }

  @Override
  public String toString() {
    return "Competing(" + claimId + ", " + rivalId + ")";
  }
}
