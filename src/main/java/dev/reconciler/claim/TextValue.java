package dev.reconciler.claim;

import java.util.Locale;

/**
 * A text value (a perpetrator group, a place) as the report words it. Whether two wordings name
 * the same thing is decided against editors' alias data by the rules; here only equal text, case
 * and spacing aside, agrees.
 */
public record TextValue(String text) implements ClaimValue {

  /** The perpetrator value that says no group has claimed the attack. */
  public static final String UNCLAIMED = "unclaimed";

  public TextValue {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("a text value cannot be empty");
    }
    text = text.strip().replaceAll("\\s+", " ");
  }

  public String folded() {
    return text.toLowerCase(Locale.ROOT);
  }

  @Override
  public boolean agreesWith(ClaimValue other) {
    return other instanceof TextValue o && folded().equals(o.folded());
  }

  @Override
  public boolean isMoreSpecificThan(ClaimValue other) {
    return false;
  }

  @Override
  public String display() {
    return text;
  }
}
