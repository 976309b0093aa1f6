package dev.reconciler.extract.text;

import java.util.List;

/**
 * A paragraph of a report (one line of the text) and its sentences.
 *
 * @param start offset of its first character in the report's text
 */
public record Paragraph(int index, String text, int start, List<Sentence> sentences) {

  public Paragraph {
    sentences = List.copyOf(sentences);
  }

  public int end() {
    return start + text.length();
  }
}
