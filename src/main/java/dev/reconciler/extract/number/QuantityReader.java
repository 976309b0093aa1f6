package dev.reconciler.extract.number;

import com.ibm.icu.text.RuleBasedNumberFormat;
import dev.reconciler.claim.CountRange;
import dev.reconciler.extract.text.Token;
import dev.reconciler.extract.vocab.PhraseList;
import dev.reconciler.extract.vocab.Vocabulary;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads counts from tokens: digits ("14", "1,200"), number words ("fourteen", "one hundred and
 * one", from ICU4J's English spell-out rules), vague quantities ({@code vague-quantities.txt}:
 * "half a dozen", "dozens"), ranges ("five or six", "5 to 6", "between 5 and 6") and the hedges of
 * {@code quantity-modifiers.txt} ("at least", "more than", "about").
 *
 * <p>"more than N" and "over N" are N+1 and up, as the editorial policy says; "fewer than N" is 0
 * to N-1; "up to N" is 0 to N.
 */
public final class QuantityReader {

  /** Number words are looked up in a table spelled out by ICU4J up to this value. */
  private static final int LARGEST_SPELLED = 1_000;

  private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d{1,7}");
  private static final Set<String> RANGE_JOINERS = Set.of("or", "to", "-", "–", "and");

  private final Map<String, Integer> spelled;
  private final Set<String> numberWords;
  private final PhraseList vague;
  private final PhraseList modifiers;

  public QuantityReader(Vocabulary vocabulary) {
    RuleBasedNumberFormat spellout =
        new RuleBasedNumberFormat(Locale.ENGLISH, RuleBasedNumberFormat.SPELLOUT);
    Map<String, Integer> table = new HashMap<>();
    Set<String> words = new HashSet<>();
    for (int n = 0; n <= LARGEST_SPELLED; n++) {
      String spelledOut = normal(spellout.format(n));
      table.put(spelledOut, n);
      words.addAll(List.of(spelledOut.split(" ")));
    }
    this.spelled = Map.copyOf(table);
    this.numberWords = Set.copyOf(words);
    this.vague = vocabulary.list("vague-quantities");
    this.modifiers = vocabulary.list("quantity-modifiers");
  }

  private static String normal(String words) {
    return words.toLowerCase(Locale.ROOT).replace('-', ' ').replace(" and ", " ").strip();
  }

  /** A number read at one position: its range, hedge and the token after it. */
  private record Reading(CountRange range, boolean approximate, int to) {}

  /** The quantity that starts at token {@code i} (hedges included), or null when none does. */
  public Quantity readAt(List<Token> tokens, int i) {
    int j = i;
    String kind = null;
    boolean all = false;
    for (int guard = 0; guard < 3 && j < tokens.size(); guard++) {
      PhraseList.Match m = modifiers.at(tokens, j);
      if (m == null) {
        break;
      }
      if ("all".equals(m.value())) {
        all = true;
      } else {
        kind = m.value();
      }
      j = m.to();
    }
    Reading first = number(tokens, j);
    if (first == null) {
      return null;
    }
    CountRange range = first.range;
    boolean approximate = first.approximate;
    int to = first.to;
    // "five or six", "5 to 6", "between 5 and 6"
    if (to + 1 < tokens.size() && RANGE_JOINERS.contains(tokens.get(to).lower())) {
      boolean and = tokens.get(to).is("and");
      Reading second = number(tokens, to + 1);
      if (second != null
          && (!and || "between".equals(kind))
          && second.range.min() > range.min()
          && !(i > 0 && tokens.get(i - 1).is("from"))) { // "rose from 5 to 12" is a change
        range = new CountRange(range.min(), second.range.max());
        approximate |= second.approximate;
        to = second.to;
      }
    }
    if (to < tokens.size() && (tokens.get(to).is("plus") || tokens.get(to).is("+"))) {
      range = CountRange.atLeast(range.min());
      to++;
    }
    if (kind != null) {
      switch (kind) {
        case "at_least" -> range = CountRange.atLeast(range.min());
        case "more_than" -> range = CountRange.atLeast(range.min() + 1);
        case "fewer_than" -> range = new CountRange(0, Math.max(0, range.min() - 1));
        case "up_to" -> range = new CountRange(0, range.max() == null ? range.min() : range.max());
        case "approximate" -> approximate = true;
        default -> {
          // "between" and unknown kinds leave the range as read
        }
      }
    }
    return new Quantity(range, approximate, all, i, to, first.range.min());
  }

  /** The number one word stands for ("three", "12"), or null. */
  public Integer valueOfWord(String word) {
    String w = normal(word);
    if (DIGITS.matcher(w).matches()) {
      return Integer.valueOf(w.replace(",", ""));
    }
    return spelled.get(w);
  }

  /** True when a number (not a hedge) starts at token {@code i}. */
  public boolean isNumberAt(List<Token> tokens, int i) {
    return number(tokens, i) != null;
  }

  private Reading number(List<Token> tokens, int i) {
    if (i >= tokens.size()) {
      return null;
    }
    PhraseList.Match v = vague.at(tokens, i);
    if (v != null) {
      String[] parts = v.value().split("\\|", -1);
      int min = Integer.parseInt(parts[0].strip());
      Integer max =
          parts.length > 1 && !parts[1].isBlank() ? Integer.valueOf(parts[1].strip()) : null;
      boolean approximate = parts.length > 2 && parts[2].strip().equals("approximate");
      return new Reading(new CountRange(min, max), approximate, v.to());
    }
    String word = tokens.get(i).lower();
    if (DIGITS.matcher(word).matches()) {
      if (i + 1 < tokens.size() && tokens.get(i + 1).is(":")) {
        return null; // a clock time
      }
      return new Reading(CountRange.exactly(Integer.parseInt(word.replace(",", ""))), false, i + 1);
    }
    return spelledNumber(tokens, i);
  }

  /** The longest run of number words from token {@code i} that spells a number ("and" allowed). */
  private Reading spelledNumber(List<Token> tokens, int i) {
    StringBuilder words = new StringBuilder();
    Reading best = null;
    for (int k = i; k < tokens.size() && k < i + 8; k++) {
      String w = normal(tokens.get(k).lower());
      if ((w.equals("and") || w.isEmpty()) && k > i) {
        continue; // "one hundred and one"; "twenty - one" when the tokenizer splits the hyphen off
      }
      boolean allNumberWords = !w.isEmpty();
      for (String part : w.split(" ")) {
        allNumberWords &= numberWords.contains(part);
      }
      if (!allNumberWords) {
        break;
      }
      if (words.length() > 0) {
        words.append(' ');
      }
      words.append(w);
      Integer n = spelled.get(words.toString());
      if (n != null) {
        best = new Reading(CountRange.exactly(n), false, k + 1);
      }
    }
    return best;
  }
}
