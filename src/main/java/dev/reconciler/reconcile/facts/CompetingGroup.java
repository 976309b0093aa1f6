package dev.reconciler.reconcile.facts;

import dev.reconciler.claim.Attribute;
import java.util.Objects;

/**
 * A group whose own claim of responsibility still stands beside another group's: published as
 * competing. {@code group} is the name as published (its canonical name where the editors' list has
 * it).
 */
public record CompetingGroup(Attribute attribute, String group) {

  public CompetingGroup {
    Objects.requireNonNull(attribute);
    Objects.requireNonNull(group);
  }
}
