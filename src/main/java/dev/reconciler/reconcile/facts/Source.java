package dev.reconciler.reconcile.facts;

import dev.reconciler.claim.Attribute;
import java.util.Objects;

/** One independent source behind an attribute's published value (a speaker, or an unnamed voice in one report). */
public final class Source {

  private final Attribute attribute;
  private final String key;

  public Source(Attribute attribute, String key) {
    this.attribute = attribute;
    this.key = key;
  }

  public Attribute getAttribute() {
    return attribute;
  }

  public String getKey() {
    return key;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Source)) {
      return false;
    }
    Source x = (Source) o;
    return Objects.equals(attribute, x.attribute) && Objects.equals(key, x.key);
  }

  @Override
  public int hashCode() {
    return Objects.hash(attribute, key);
  }

  @Override
  public String toString() {
    return "Source(" + attribute + ", " + key + ")";
  }
}
