package dev.reconciler.reconcile.facts;

import dev.reconciler.claim.Attribute;
import java.util.Objects;

/** An attribute whose standing claims still disagree: a dispute. */
public final class Disagreement {

  private final Attribute attribute;

  public Disagreement(Attribute attribute) {
    this.attribute = attribute;
  }

  public Attribute getAttribute() {
    return attribute;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Disagreement)) {
      return false;
    }
    Disagreement x = (Disagreement) o;
    return Objects.equals(attribute, x.attribute);
  }

  @Override
  public int hashCode() {
    return Objects.hash(attribute);
  }

  @Override
  public String toString() {
    return "Disagreement(" + attribute + ")";
  }
}
