package dev.reconciler.extract.text;

import java.util.List;

/**
 * A sentence of a report: its text, its offsets in the report's text ({@code start} inclusive,
 * {@code end} exclusive), its tokens, and the paragraph it belongs to.
 *
 * @param index position among the report's sentences, from 0
 * @param paragraph position of its paragraph among the report's paragraphs, from 0
 */
public record Sentence(int index, int paragraph, String text, int start, int end, List<Token> tokens) {

  public Sentence {
    tokens = List.copyOf(tokens);
  }

  public int size() {
    return tokens.size();
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  /** The report text covered by tokens {@code from} (inclusive) to {@code to} (exclusive). */
  public String textOf(int from, int to) {
    if (from >= to) {
      return "";
    }
    return text.substring(tokens.get(from).start() - start, tokens.get(to - 1).end() - start);
  }
}
