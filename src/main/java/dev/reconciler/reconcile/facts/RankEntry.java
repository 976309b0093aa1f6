package dev.reconciler.reconcile.facts;

import dev.reconciler.claim.Attribute;
import dev.reconciler.claim.Role;
import java.util.Objects;

/** One row of the editors' rank table: the rank of a role, for one attribute or (attribute null) for all others. */
public final class RankEntry {

  private final Role role;
  private final Attribute attribute;
  private final int rank;

  public RankEntry(Role role, Attribute attribute, int rank) {
    this.role = role;
    this.attribute = attribute;
    this.rank = rank;
  }

  public Role getRole() {
    return role;
  }

  public Attribute getAttribute() {
    return attribute;
  }

  public int getRank() {
    return rank;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RankEntry)) {
      return false;
    }
    RankEntry x = (RankEntry) o;
    return Objects.equals(role, x.role) && Objects.equals(attribute, x.attribute) && Objects.equals(rank, x.rank);
  }

  @Override
  public int hashCode() {
    return Objects.hash(role, attribute, rank);
  }

  @Override
  public String toString() {
    return "RankEntry(" + role + ", " + attribute + ", " + rank + ")";
  }
}
