package dev.reconciler.extract.text;

import java.util.Locale;

/**
 * One token of a sentence, with its character offsets in the report's text and its Universal
 * Dependencies part-of-speech tag (NOUN, PROPN, VERB, NUM, PUNCT, ...).
 */
public record Token(String text, int start, int end, String tag) {

  /** The token in lower case, with typographic apostrophes made plain, for vocabulary lookups. */
  public String lower() {
    return text.toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  /** {@link #lower()} without a possessive ending: "pakistan's" is "pakistan". */
  public String bare() {
    String l = lower();
    return l.length() > 2 && l.endsWith("'s") ? l.substring(0, l.length() - 2) : l;
  }

  public boolean isPossessive() {
    return !bare().equals(lower());
  }

  public boolean isCapitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }

  public boolean is(String lowerText) {
    return lower().equals(lowerText) || bare().equals(lowerText);
  }

  public boolean isPunctuation() {
    // The tagger sometimes tags a possessive ("province's") PUNCT; only the characters decide.
    return text.chars().noneMatch(Character::isLetterOrDigit);
  }

  public boolean isQuote() {
    return text.equals("\"") || text.equals("“") || text.equals("”") || text.equals("''")
        || text.equals("``");
  }
}
