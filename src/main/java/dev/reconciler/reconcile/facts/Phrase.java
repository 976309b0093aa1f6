package dev.reconciler.reconcile.facts;

import java.util.Locale;
import java.util.regex.Pattern;

/** Whole-word, case-insensitive matching of an editors' phrase inside a claim's text. */
final class Phrase {

  private Phrase() {}

  /** Folds case, typographic apostrophes and spacing so that editors' data matches report text. */
  static String fold(String text) {
    return text.toLowerCase(Locale.ROOT)
        .replace('\u2019', '\'')
        .replace('\u2018', '\'')
        .replace('\u2010', '-')
        .replace('\u2011', '-')
        .replaceAll("\\s+", " ")
        .strip();
  }

  static Pattern compile(String phrase) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(fold(phrase)) + "(?![\\p{L}\\p{N}])");
  }
}
