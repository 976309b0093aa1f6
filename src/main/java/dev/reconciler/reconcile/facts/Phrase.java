package dev.reconciler.reconcile.facts;

import java.util.Locale;
import java.util.regex.Pattern;

/** Whole-word, case-insensitive matching of an editors' phrase inside a claim's text. */
final class Phrase {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final String folded;
  private final Pattern pattern;

  Phrase(String phrase) {
    this.folded = fold(phrase);
    this.pattern =
        Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(folded) + "(?![\\p{L}\\p{N}])");
  }

  /**
   * True when the folded text holds this phrase as whole words; a plain search rules most texts out
   * first.
   */
  boolean foundIn(String foldedText) {
    return foldedText != null && foldedText.contains(folded) && pattern.matcher(foldedText).find();
  }

  /** Folds case, typographic apostrophes and spacing so that editors' data matches report text. */
  static String fold(String text) {
    return text.toLowerCase(Locale.ROOT)
        .replace('\u2019', '\'')
        .replace('\u2018', '\'')
        .replace('\u2010', '-')
        .replace('\u2011', '-')
        .transform(t -> SPACES.matcher(t).replaceAll(" "))
        .strip();
  }
}
