package dev.reconciler.reconcile;

import dev.reconciler.claim.Attribute;
import dev.reconciler.claim.ClaimValue;
import java.util.List;

/**
 * What is published about one attribute and why: status, best value and range, the deciding rule,
 * how many independent sources back the value, and every claim with its outcome.
 *
 * @param low the smallest value the claims allow, or null (unbounded, or not an ordered kind)
 * @param high the largest, or null
 * @param competing the groups whose own claims of responsibility stand side by side (GTD's {@code
 *     compclaim}), in name order; empty unless several groups claim the attack
 */
public record AttributeResult(
    Attribute attribute,
    Status status,
    ClaimValue best,
    ClaimValue low,
    ClaimValue high,
    boolean approximate,
    String decidedBy,
    int independentSources,
    List<ClaimOutcome> claims,
    List<String> competing) {

  public AttributeResult {
    claims = List.copyOf(claims);
    competing = List.copyOf(competing);
  }

  /** The claims with the given outcome. */
  public List<ClaimOutcome> claims(Outcome outcome) {
    return claims.stream().filter(c -> c.outcome() == outcome).toList();
  }
}
