package dev.reconciler.reconcile.facts;

import java.util.Objects;

/** A reported value that disagrees with a derived one, and the rule that found it. */
public final class Inconsistent {

  private final String claimId;
  private final String rule;

  public Inconsistent(String claimId, String rule) {
    this.claimId = claimId;
    this.rule = rule;
  }

  public String getClaimId() {
    return claimId;
  }

  public String getRule() {
    return rule;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Inconsistent)) {
      return false;
    }
    Inconsistent x = (Inconsistent) o;
    return Objects.equals(claimId, x.claimId) && Objects.equals(rule, x.rule);
  }

  @Override
  public int hashCode() {
    return Objects.hash(claimId, rule);
  }

  @Override
  public String toString() {
    return "Inconsistent(" + claimId + ", " + rule + ")";
  }
}
