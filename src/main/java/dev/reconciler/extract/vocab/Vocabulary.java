package dev.reconciler.extract.vocab;

import dev.reconciler.extract.text.TextReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The extractor's domain vocabulary: plain-text lists under {@code /extract/} on the class path,
 * one phrase a line, {@code #} for comments, an optional value after {@code |}. Lists are read on
 * first use and kept; they are immutable, so one vocabulary serves every thread.
 */
public final class Vocabulary {

  private final TextReader pipeline;
  private final Map<String, PhraseList> lists = new ConcurrentHashMap<>();
  private final Map<String, List<String>> rawLists = new ConcurrentHashMap<>();

  public Vocabulary(TextReader pipeline) {
    this.pipeline = pipeline;
  }

  /** The list in {@code /extract/NAME.txt}; a missing file is a packaging error. */
  public PhraseList list(String name) {
    return lists.computeIfAbsent(name, this::read);
  }

  /**
   * The phrases of {@code /extract/NAME.txt} as written, for matching raw text rather than tokens.
   */
  public List<String> phrases(String name) {
    return rawLists.computeIfAbsent(name, n -> List.copyOf(readLines(n).keySet()));
  }

  private PhraseList read(String name) {
    Map<List<String>, String[]> phrases = new LinkedHashMap<>();
    readLines(name)
        .forEach(
            (phrase, value) -> phrases.put(pipeline.words(phrase), new String[] {phrase, value}));
    return new PhraseList(name, phrases);
  }

  /** Phrase to value (null when the line has none), in file order. */
  private Map<String, String> readLines(String name) {
    String path = "/extract/" + name + ".txt";
    Map<String, String> phrases = new LinkedHashMap<>();
    try (InputStream in = Vocabulary.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is not on the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        int hash = line.indexOf('#');
        String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (content.isEmpty()) {
          continue;
        }
        int bar = content.indexOf('|');
        String phrase = (bar >= 0 ? content.substring(0, bar) : content).strip();
        String value = bar >= 0 ? content.substring(bar + 1).strip() : null;
        phrases.put(phrase, value);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
    return phrases;
  }
}
