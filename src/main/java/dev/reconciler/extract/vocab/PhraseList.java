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
      int end = matchEnd(tokens, i, e.words);
      if (end >= 0) {
        return new Match(i, end, e.phrase, e.value);
      }
    }
    return null;
  }

  /** The longest phrase that ends just before token {@code end}, or null. */
  public Match endingAt(List<Token> tokens, int end) {
    for (Entry e : entries) {
      // a split-off possessive inside the phrase makes it one token longer
      for (int from = end - e.words.size(); from >= Math.max(0, end - e.words.size() - 1); from--) {
        if (from >= 0 && matchEnd(tokens, from, e.words) == end) {
          return new Match(from, end, e.phrase, e.value);
        }
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

  /**
   * Where the phrase ends when it starts at token {@code from}, or -1. A possessive in the text
   * still matches ("the group's spokesman" for "the group spokesman"), whether the tokenizer split
   * it off ("group" "'s") or not ("group's").
   */
  private static int matchEnd(List<Token> tokens, int from, List<String> words) {
    int i = from;
    for (int k = 0; k < words.size(); k++) {
      String w = words.get(k);
      if (i < tokens.size()
          && tokens.get(i).isPossessiveMarker()
          && !w.equals(tokens.get(i).lower())
          && k > 0) {
        i++;
      }
      if (i >= tokens.size()) {
        return -1;
      }
      Token t = tokens.get(i);
      if (!t.lower().equals(w) && !t.bare().equals(w)) {
        return -1;
      }
      i++;
    }
    return i;
  }
}
