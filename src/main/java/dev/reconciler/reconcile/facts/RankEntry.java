package dev.reconciler.reconcile.facts;

import dev.reconciler.claim.Attribute;
import dev.reconciler.claim.Role;

/** One row of the editors' rank table: the rank of a role, for one attribute or (attribute null) for all others. */
public record RankEntry(Role role, Attribute attribute, int rank) {

  // The getters below stay only for ingest.IncidentKey, which is being rewritten (issue 14).

  /** @deprecated use {@link #role()} */
  @Deprecated(forRemoval = true)
  public Role getRole() {
    return role;
  }

  /** @deprecated use {@link #attribute()} */
  @Deprecated(forRemoval = true)
  public Attribute getAttribute() {
    return attribute;
  }

  /** @deprecated use {@link #rank()} */
  @Deprecated(forRemoval = true)
  public int getRank() {
    return rank;
  }
}
