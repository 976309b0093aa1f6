package dev.reconciler.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence of a report: its text, its offsets in the report's text ({@code start} inclusive,
 * {@code end} exclusive), its tokens, the paragraph it belongs to, and its dependency parse
 * (Universal Dependencies, basic: every token has one head).
 *
 * @param index position among the report's sentences, from 0
 * @param paragraph position of its paragraph among the report's paragraphs, from 0
 * @param heads for each token the index of its head, -1 for the root
 * @param relations for each token its relation to its head ({@code nsubj}, {@code obj}, {@code
 *     nummod}, {@code obl}, ...), {@code root} for the root
 */
public record Sentence(
    int index,
    int paragraph,
    String text,
    int start,
    int end,
    List<Token> tokens,
    int[] heads,
    String[] relations)
    implements java.io.Serializable {

  public Sentence {
    tokens = List.copyOf(tokens);
    if (heads == null) {
      heads = new int[tokens.size()];
      java.util.Arrays.fill(heads, -1);
    }
    if (relations == null) {
      relations = new String[tokens.size()];
      java.util.Arrays.fill(relations, "root");
    }
    if (heads.length != tokens.size() || relations.length != tokens.size()) {
      throw new IllegalArgumentException("a head and a relation for every token");
    }
  }

  /** A sentence without a parse (tests that need only tokens). */
  public Sentence(int index, int paragraph, String text, int start, int end, List<Token> tokens) {
    this(index, paragraph, text, start, end, tokens, null, null);
  }

  public int size() {
    return tokens.size();
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  /** The head of token {@code i}, or -1 for the root. */
  public int head(int i) {
    return heads[i];
  }

  /** The relation of token {@code i} to its head, e.g. {@code nsubj:pass}. */
  public String relation(int i) {
    return relations[i];
  }

  /** True when token {@code i}'s relation is {@code rel} or a subtype of it ({@code obl:tmod}). */
  public boolean hasRelation(int i, String rel) {
    String r = relations[i];
    return r.equals(rel) || r.startsWith(rel + ":");
  }

  /** The dependents of token {@code i}, left to right. */
  public List<Integer> dependents(int i) {
    List<Integer> out = new ArrayList<>();
    for (int k = 0; k < heads.length; k++) {
      if (heads[k] == i) {
        out.add(k);
      }
    }
    return out;
  }

  /** The dependents of token {@code i} with relation {@code rel} (or a subtype), left to right. */
  public List<Integer> dependents(int i, String rel) {
    List<Integer> out = new ArrayList<>();
    for (int k = 0; k < heads.length; k++) {
      if (heads[k] == i && hasRelation(k, rel)) {
        out.add(k);
      }
    }
    return out;
  }

  /**
   * True when token {@code i} has a {@code case} dependent that is {@code word} ("of", "by",
   * "among").
   */
  public boolean hasCase(int i, String word) {
    for (int d : dependents(i, "case")) {
      if (tokens.get(d).is(word)) {
        return true;
      }
    }
    return false;
  }

  /** True when token {@code i} is {@code ancestor} or lies below it in the parse. */
  public boolean isUnder(int i, int ancestor) {
    for (int k = i, steps = 0; k >= 0 && steps <= heads.length; k = heads[k], steps++) {
      if (k == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** The first and last token (inclusive) of the subtree under token {@code i}. */
  public int[] span(int i) {
    int from = i;
    int to = i;
    for (int k = 0; k < heads.length; k++) {
      if (isUnder(k, i)) {
        from = Math.min(from, k);
        to = Math.max(to, k);
      }
    }
    return new int[] {from, to};
  }

  /** The report text covered by tokens {@code from} (inclusive) to {@code to} (exclusive). */
  public String textOf(int from, int to) {
    if (from >= to) {
      return "";
    }
    return text.substring(tokens.get(from).start() - start, tokens.get(to - 1).end() - start);
  }
}
