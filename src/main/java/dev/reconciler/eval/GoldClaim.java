package dev.reconciler.eval;

import dev.reconciler.claim.Attribute;
import dev.reconciler.claim.ClaimValue;
import dev.reconciler.claim.Role;
import java.util.List;
import java.util.Set;

/**
 * A claim an editor reads in one report: its attribute, the acceptable values and roles, and the
 * speaker where the text names one.
 *
 * @param report the report's file name
 * @param optional acceptable but not required: counts for precision, not for recall
 * @param label how the claim is named in a listing of misses
 */
public record GoldClaim(
    String report,
    Attribute attribute,
    List<ClaimValue> values,
    Set<Role> roles,
    String speaker,
    boolean optional,
    String label) {

  public GoldClaim {
    values = List.copyOf(values);
    roles = Set.copyOf(roles);
    if (values.isEmpty() || roles.isEmpty()) {
      throw new IllegalArgumentException(label + ": a gold claim needs a value and a role");
    }
  }
}
