package dev.reconciler.reconcile.facts;

import dev.reconciler.claim.Attribute;
import java.util.Objects;

/** The editors' minimum rank before an attribute may be published as settled. */
public final class Threshold {

  private final Attribute attribute;
  private final int minRank;

  public Threshold(Attribute attribute, int minRank) {
    this.attribute = attribute;
    this.minRank = minRank;
  }

  public Attribute getAttribute() {
    return attribute;
  }

  public int getMinRank() {
    return minRank;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Threshold)) {
      return false;
    }
    Threshold x = (Threshold) o;
    return Objects.equals(attribute, x.attribute) && Objects.equals(minRank, x.minRank);
  }

  @Override
  public int hashCode() {
    return Objects.hash(attribute, minRank);
  }

  @Override
  public String toString() {
    return "Threshold(" + attribute + ", " + minRank + ")";
  }
}
