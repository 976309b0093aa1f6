package dev.reconciler.extract.vocab;

import dev.reconciler.extract.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A list of phrases, each a sequence of lower-case words as the tokenizer splits them, that can be
 * found among a sentence's tokens. Each phrase may carry a value (the rest of its line in the
 * vocabulary file, after {@code |}).
 */
public final class PhraseList {

  /** A phrase found at token {@code from} (inclusive) to {@code to} (exclusive). */
  public record Match(int from, int to, String phrase, String value) {}

  private record Entry(List<String> words, String phrase, String value) {}

  private final String name;
  private final List<Entry> entries;

  PhraseList(String name, Map<List<String>, String[]> phrases) {
    this.name = name;
    List<Entry> list = new ArrayList<>();
    phrases.forEach((words, pv) -> list.add(new Entry(words, pv[0], pv[1])));
    // Longest first, so that "police chief" wins over "police".
    list.sort(Comparator.comparingInt((Entry e) -> -e.words.size()).thenComparing(Entry::phrase));
    this.entries = List.copyOf(list);
  }

  public String name() {
    return name;
  }

  /** The longest phrase that starts at token {@code i}, or null. */
  public Match at(List<Token> tokens, int i) {
    for (Entry e : entries) {
      if (matches(tokens, i, e.words)) {
        return new Match(i, i + e.words.size(), e.phrase, e.value);
      }
    }
    return null;
  }

  /** The longest phrase that ends just before token {@code end}, or null. */
  public Match endingAt(List<Token> tokens, int end) {
    for (Entry e : entries) {
      int from = end - e.words.size();
      if (from >= 0 && matches(tokens, from, e.words)) {
        return new Match(from, end, e.phrase, e.value);
      }
    }
    return null;
  }

  /** Every non-overlapping match in tokens {@code from} to {@code to}, left to right. */
  public List<Match> findAll(List<Token> tokens, int from, int to) {
    List<Match> out = new ArrayList<>();
    int i = Math.max(0, from);
    int end = Math.min(to, tokens.size());
    while (i < end) {
      Match m = at(tokens, i);
      if (m != null && m.to <= end) {
        out.add(m);
        i = m.to;
      } else {
        i++;
      }
    }
    return out;
  }

  public List<Match> findAll(List<Token> tokens) {
    return findAll(tokens, 0, tokens.size());
  }

  /** The first match in the tokens, or null. */
  public Match first(List<Token> tokens, int from, int to) {
    for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
      Match m = at(tokens, i);
      if (m != null && m.to <= to) {
        return m;
      }
    }
    return null;
  }

  public boolean containsAny(List<Token> tokens) {
    return first(tokens, 0, tokens.size()) != null;
  }

  /** The value of the one-word phrase, or null. */
  public String valueOfWord(String word) {
    for (Entry e : entries) {
      if (e.words.size() == 1 && e.words.get(0).equals(word)) {
        return e.value;
      }
    }
    return null;
  }

  private static boolean matches(List<Token> tokens, int from, List<String> words) {
    if (from + words.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < words.size(); k++) {
      Token t = tokens.get(from + k);
      String w = words.get(k);
      // The last word may carry a possessive in the text: "the group's spokesman".
      if (!t.lower().equals(w) && !t.bare().equals(w)) {
        return false;
      }
    }
    return true;
  }
}
