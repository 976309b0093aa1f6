package dev.reconciler.extract.text;

import java.time.LocalDate;
import java.util.List;

/** Reads report text into paragraphs, sentences and annotated tokens. */
public interface TextReader {

  /**
   * The paragraphs of a report's text; {@code date} is the report's day, which relative times are
   * normalised against, or null.
   */
  List<Paragraph> paragraphs(String text, LocalDate date);

  /** The tokens of a short text (a vocabulary phrase), lower-cased, split as reports are. */
  List<String> words(String text);
}
