package dev.reconciler.extract.text;

import java.util.List;

/**
 * A paragraph of a report (one line of the text) and its sentences.
 *
 * @param start offset of its first character in the report's text
 */
public record Paragraph(int index, String text, int start, List<Sentence> sentences)
    implements java.io.Serializable {

  public Paragraph {
    sentences = List.copyOf(sentences);
  }

  /** Most headings are short; a longer line without a full stop is a sentence missing one. */
  private static final int LONGEST_HEADING_WORDS = 15;

  /**
   * A headline or section heading: a short line that does not end like a sentence ("Toll in hotel
   * siege rises to 21", "What we know about the attack").
   */
  public boolean isHeading() {
    String last = text.isEmpty() ? "" : text.substring(text.length() - 1);
    return !".!?\"”’')…:".contains(last) && text.split("\\s+").length <= LONGEST_HEADING_WORDS;
  }

  public int end() {
    return start + text.length();
  }
}
