package dev.reconciler.extract.text;

import java.util.Locale;

/**
 * One token of a sentence, with its character offsets in the report's text, its Universal
 * Dependencies part-of-speech tag (NOUN, PROPN, VERB, NUM, PUNCT, ...) and what CoreNLP says of it:
 * the Penn Treebank tag, the lemma, the named-entity class (PERSON, TITLE, ORGANIZATION, CITY,
 * NUMBER, DATE, TIME, DURATION, ..., or O) and the entity's normalised value (a number as {@code
 * 20.0}, a time as {@code 2016-07-01T21:15}, a duration as {@code PT10H}), or null.
 */
public record Token(
    String text,
    int start,
    int end,
    String tag,
    String penn,
    String lemma,
    String ner,
    String normalized)
    implements java.io.Serializable {

  /** A token of a vocabulary phrase or a test, with a tag and nothing else known. */
  public Token(String text, int start, int end, String tag) {
    this(text, start, end, tag, null, fold(text), "O", null);
  }

  /** Lower case with typographic apostrophes made plain: the form vocabulary lists are kept in. */
  public static String fold(String text) {
    return text.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
  }

  /** The token in lower case, with typographic apostrophes made plain, for vocabulary lookups. */
  public String lower() {
    return fold(text);
  }

  /** {@link #lower()} without a possessive ending: "pakistan's" is "pakistan". */
  public String bare() {
    String l = lower();
    return l.length() > 2 && l.endsWith("'s") ? l.substring(0, l.length() - 2) : l;
  }

  public boolean isPossessive() {
    return !bare().equals(lower());
  }

  /** The possessive ending as a token of its own ("'s" after "group"), as CoreNLP splits it. */
  public boolean isPossessiveMarker() {
    return "POS".equals(penn)
        || lower().equals("'s")
        || (lower().equals("'") && "POS".equals(penn));
  }

  public boolean isCapitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }

  public boolean is(String lowerText) {
    return lower().equals(lowerText) || bare().equals(lowerText);
  }

  /** A named-entity class of CoreNLP's, e.g. {@code "PERSON"}. */
  public boolean isEntity(String entityClass) {
    return entityClass.equals(ner);
  }

  public boolean isPunctuation() {
    // The tagger sometimes tags a possessive ("province's") PUNCT; only the characters decide.
    return text.chars().noneMatch(Character::isLetterOrDigit);
  }

  public boolean isQuote() {
    return text.equals("\"")
        || text.equals("“")
        || text.equals("”")
        || text.equals("''")
        || text.equals("``");
  }
}
