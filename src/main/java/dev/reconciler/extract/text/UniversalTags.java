package dev.reconciler.extract.text;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Penn Treebank tags (what CoreNLP's English tagger gives) to Universal Dependencies tags (what the
 * finders ask for), after the UD project's conversion table; forms of "be", "have" and "do" and
 * modals are AUX, as UD tags them when they help another verb.
 */
final class UniversalTags {

  private static final Map<String, String> TABLE =
      Map.ofEntries(
          Map.entry("NN", "NOUN"),
          Map.entry("NNS", "NOUN"),
          Map.entry("NNP", "PROPN"),
          Map.entry("NNPS", "PROPN"),
          Map.entry("VB", "VERB"),
          Map.entry("VBD", "VERB"),
          Map.entry("VBG", "VERB"),
          Map.entry("VBN", "VERB"),
          Map.entry("VBP", "VERB"),
          Map.entry("VBZ", "VERB"),
          Map.entry("MD", "AUX"),
          Map.entry("JJ", "ADJ"),
          Map.entry("JJR", "ADJ"),
          Map.entry("JJS", "ADJ"),
          Map.entry("RB", "ADV"),
          Map.entry("RBR", "ADV"),
          Map.entry("RBS", "ADV"),
          Map.entry("WRB", "ADV"),
          Map.entry("DT", "DET"),
          Map.entry("PDT", "DET"),
          Map.entry("WDT", "DET"),
          Map.entry("IN", "ADP"),
          Map.entry("CC", "CCONJ"),
          Map.entry("CD", "NUM"),
          Map.entry("PRP", "PRON"),
          Map.entry("PRP$", "PRON"),
          Map.entry("WP", "PRON"),
          Map.entry("WP$", "PRON"),
          Map.entry("EX", "PRON"),
          Map.entry("POS", "PART"),
          Map.entry("RP", "ADP"),
          Map.entry("TO", "PART"),
          Map.entry("UH", "INTJ"),
          Map.entry("SYM", "SYM"),
          Map.entry("FW", "X"),
          Map.entry("LS", "X"),
          Map.entry("ADD", "X"),
          Map.entry("AFX", "ADJ"),
          Map.entry("GW", "X"),
          Map.entry("HYPH", "PUNCT"),
          Map.entry("NFP", "PUNCT"));

  private static final Set<String> AUXILIARY_LEMMAS = Set.of("be", "have", "do");

  private UniversalTags() {}

  static String of(String penn, String lemma) {
    if (penn == null) {
      return "X";
    }
    String tag = TABLE.get(penn);
    if (tag == null) {
      return "PUNCT"; // , . : `` '' -LRB- -RRB- $ #
    }
    if ("VERB".equals(tag)
        && lemma != null
        && AUXILIARY_LEMMAS.contains(lemma.toLowerCase(Locale.ROOT))) {
      return "AUX";
    }
    return tag;
  }
}
