package dev.reconciler.reconcile.facts;

import java.util.Objects;

/** A claim that never enters this incident's resolution, the rule that excluded it and why. */
public final class Excluded {

  private final String claimId;
  private final String rule;
  private final String reason;

  public Excluded(String claimId, String rule, String reason) {
    this.claimId = claimId;
    this.rule = rule;
    this.reason = reason;
  }

  public String getClaimId() {
    return claimId;
  }

  public String getRule() {
    return rule;
  }

  public String getReason() {
    return reason;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Excluded)) {
      return false;
    }
    Excluded x = (Excluded) o;
    return Objects.equals(claimId, x.claimId) && Objects.equals(rule, x.rule) && Objects.equals(reason, x.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(claimId, rule, reason);
  }

  @Override
  public String toString() {
    return "Excluded(" + claimId + ", " + rule + ", " + reason + ")";
  }
}
