package dev.reconciler.reconcile.facts;

import java.util.Objects;

/** A standing claim that an agreeing, more specific claim outdoes as the best value. */
public final class LessSpecific {

  private final String claimId;
  private final String byClaimId;

  public LessSpecific(String claimId, String byClaimId) {
    this.claimId = claimId;
    this.byClaimId = byClaimId;
  }

  public String getClaimId() {
    return claimId;
  }

  public String getByClaimId() {
    return byClaimId;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof LessSpecific)) {
      return false;
    }
    LessSpecific x = (LessSpecific) o;
    return Objects.equals(claimId, x.claimId) && Objects.equals(byClaimId, x.byClaimId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(claimId, byClaimId);
  }

  @Override
  public String toString() {
    return "LessSpecific(" + claimId + ", " + byClaimId + ")";
  }
}
