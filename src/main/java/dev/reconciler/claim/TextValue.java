package dev.reconciler.claim;

import java.util.Locale;

/**
 * A text value (a perpetrator group, a place) as the report words it, or a group's denial of
 * responsibility. Whether two wordings name the same thing is decided against editors' alias data
 * by the rules; here only equal text, case and spacing aside, agrees.
 *
 * <p>A denial ({@link #denialBy}) is about the group that denies and nothing else: "denied by X"
 * disagrees with a claim naming X and agrees with every other value (another group, {@code
 * unclaimed}, any other denial). It is not {@code unclaimed}: another group may still have claimed
 * the attack.
 *
 * @param text the wording; for a denial, the group that denies
 * @param denied true when the value is the group's denial that it was responsible
 */
public record TextValue(String text, boolean denied) implements ClaimValue {

  /** The perpetrator value that says no group has claimed the attack. */
  public static final String UNCLAIMED = "unclaimed";

  public TextValue {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(
          denied ? "a denial needs the group that denies" : "a text value cannot be empty");
    }
    text = text.strip().replaceAll("\\s+", " ");
  }

  /** The wording as given: a group, a place, {@code unclaimed}. */
  public TextValue(String text) {
    this(text, false);
  }

  /** The group's denial that it carried out the attack. */
  public static TextValue denialBy(String group) {
    return new TextValue(group, true);
  }

  /** The same kind of value (denial or not) with another wording, such as a canonical name. */
  public TextValue renamed(String text) {
    return new TextValue(text, denied);
  }

  public String folded() {
    return text.toLowerCase(Locale.ROOT);
  }

  /** True for the value {@code unclaimed} (a denial never is). */
  public boolean isUnclaimed() {
    return !denied && folded().equals(UNCLAIMED);
  }

  @Override
  public boolean agreesWith(ClaimValue other) {
    if (!(other instanceof TextValue o)) {
      return false;
    }
    if (denied && o.denied) {
      return true;
    }
    if (denied || o.denied) {
      // "Denied by X" rules out X only.
      return !folded().equals(o.folded());
    }
    return folded().equals(o.folded());
  }

  /**
   * An affirmative value says more than a denial it agrees with: who did it, or that nobody
   * claimed.
   */
  @Override
  public boolean isMoreSpecificThan(ClaimValue other) {
    return !denied && other instanceof TextValue o && o.denied && agreesWith(o);
  }

  @Override
  public String display() {
    return denied ? "denied by " + text : text;
  }
}
