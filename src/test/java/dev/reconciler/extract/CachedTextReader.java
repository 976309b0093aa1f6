package dev.reconciler.extract;

import dev.reconciler.extract.text.Paragraph;
import dev.reconciler.extract.text.TextPipeline;
import dev.reconciler.extract.text.TextReader;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * For working on the finders only: CoreNLP's reading of each report text kept on disk (under {@code
 * target/nlp-cache}), so that a change to a finder is scored in seconds, not minutes. The pipeline
 * is loaded only when a text is not in the cache. Never used by the tests.
 */
final class CachedTextReader implements TextReader {

  /** The pipeline's compiled code: a change to how texts are read makes a new cache. */
  private static final String PIPELINE_CODE = pipelineCode();

  private final Path dir;
  private TextPipeline pipeline;

  private static String pipelineCode() {
    try (var in = TextPipeline.class.getResourceAsStream("TextPipeline.class")) {
      return dev.reconciler.report.ReportReader.idOf(
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1));
    } catch (IOException | NullPointerException e) {
      return "unknown";
    }
  }

  CachedTextReader(Path dir) {
    this.dir = dir;
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<Paragraph> paragraphs(String text, LocalDate date) {
    Path file =
        dir.resolve(
            dev.reconciler.report.ReportReader.idOf(PIPELINE_CODE + "|" + text + "|" + date)
                + ".ser");
    try {
      if (Files.exists(file)) {
        try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(file))) {
          return (List<Paragraph>) in.readObject();
        }
      }
      List<Paragraph> read = pipeline().paragraphs(text, date);
      Files.createDirectories(dir);
      try (ObjectOutputStream out = new ObjectOutputStream(Files.newOutputStream(file))) {
        out.writeObject(new java.util.ArrayList<>(read));
      }
      return read;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public List<String> words(String text) {
    return TextPipeline.wordsOf(text);
  }

  private synchronized TextPipeline pipeline() {
    if (pipeline == null) {
      pipeline = TextPipeline.shared();
    }
    return pipeline;
  }
}
