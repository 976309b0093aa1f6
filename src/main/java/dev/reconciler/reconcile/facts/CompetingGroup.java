package dev.reconciler.reconcile.facts;

import dev.reconciler.claim.Attribute;
import java.util.Objects;

/** A group whose own claim of responsibility still stands beside another group's: published as competing. */
public final class CompetingGroup {

  private final Attribute attribute;
  private final String group;

  public CompetingGroup(Attribute attribute, String group) {
    this.attribute = Objects.requireNonNull(attribute);
    this.group = Objects.requireNonNull(group);
  }

  public Attribute getAttribute() {
    return attribute;
  }

  /** The group's name as published (its canonical name where the editors' list has it). */
  public String getGroup() {
    return group;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CompetingGroup c && c.attribute == attribute && c.group.equals(group);
  }

  @Override
  public int hashCode() {
    return Objects.hash(attribute, group);
  }

  @Override
  public String toString() {
    return "CompetingGroup(" + attribute + ", " + group + ")";
  }
}
