package dev.reconciler.extract.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Splits a report's text into paragraphs (lines), sentences (OpenNLP) and tokens with
 * part-of-speech tags (OpenNLP, Universal Dependencies tags), keeping every offset relative to the
 * report's text.
 *
 * <p>The models are read once from the class path (the {@code opennlp-models-*-en} JARs) and are
 * thread-safe; the OpenNLP tools that use them are not, so each thread gets its own.
 */
public final class TextPipeline {

  /** The seed format's first line: " date YYYY-MM-DD" and then the first paragraph. */
  private static final Pattern DATE_PREFIX = Pattern.compile("^\\s*date\\s+\\S+\\s*");
  /** A byline such as "By Arab News": no claims in it. */
  private static final Pattern BYLINE =
      Pattern.compile("^By\\s+\\p{Lu}[\\p{L}.&'’-]*(?:\\s+\\p{Lu}[\\p{L}.&'’-]*){0,4}\\s*$");
  /**
   * No real sentence is longer; longer runs (a 100,000-character line without full stops) are cut
   * so that the tagger and the finders work on bounded pieces.
   */
  static final int MAX_SENTENCE_CHARS = 1_000;

  private final ThreadLocal<SentenceDetectorME> sentences;
  private final ThreadLocal<TokenizerME> tokenizer;
  private final ThreadLocal<POSTaggerME> tagger;

  /** Loads the models named in {@code /extract/models.properties}. */
  public TextPipeline() {
    Properties names = new Properties();
    try (InputStream in = resource("/extract/models.properties")) {
      names.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    SentenceModel sentenceModel = load(names, "sentences", SentenceModel::new);
    TokenizerModel tokenModel = load(names, "tokens", TokenizerModel::new);
    POSModel posModel = load(names, "pos", POSModel::new);
    sentences = ThreadLocal.withInitial(() -> new SentenceDetectorME(sentenceModel));
    tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(tokenModel));
    tagger = ThreadLocal.withInitial(() -> new POSTaggerME(posModel, POSTagFormat.UD));
  }

  private interface ModelReader<M> {
    M read(InputStream in) throws IOException;
  }

  private static <M> M load(Properties names, String key, ModelReader<M> reader) {
    String name = names.getProperty(key);
    if (name == null) {
      throw new IllegalStateException("/extract/models.properties names no '" + key + "' model");
    }
    try (InputStream in = resource("/" + name.strip())) {
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the OpenNLP model " + name, e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = TextPipeline.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(name + " is not on the class path");
    }
    return in;
  }

  /** The paragraphs of a report's text, each with its sentences and tokens. */
  public List<Paragraph> paragraphs(String text) {
    List<Paragraph> out = new ArrayList<>();
    int sentenceIndex = 0;
    int lineStart = 0;
    boolean first = true;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      int from = lineStart;
      if (first) {
        Matcher date = DATE_PREFIX.matcher(text.substring(lineStart, lineEnd));
        if (date.find()) {
          from += date.end();
        }
        first = false;
      }
      String line = text.substring(from, lineEnd);
      int lead = line.length() - line.stripLeading().length();
      String content = line.strip();
      if (!content.isEmpty() && !BYLINE.matcher(content).matches()) {
        int start = from + lead;
        List<Sentence> found = sentences(content, start, out.size(), sentenceIndex);
        sentenceIndex += found.size();
        out.add(new Paragraph(out.size(), content, start, found));
      }
      lineStart = lineEnd + 1;
    }
    return out;
  }

  /** The sentences of a paragraph's text that starts at {@code offset} in the report. */
  private List<Sentence> sentences(String paragraph, int offset, int paragraphIndex, int firstIndex) {
    List<Sentence> out = new ArrayList<>();
    for (int[] span : mergedSentenceSpans(paragraph)) {
      for (int[] piece : pieces(paragraph, span[0], span[1])) {
        String text = paragraph.substring(piece[0], piece[1]);
        if (!text.isBlank()) {
          int start = offset + piece[0];
          out.add(
              new Sentence(
                  firstIndex + out.size(), paragraphIndex, text, start, start + text.length(), tokens(text, start)));
        }
      }
    }
    return out;
  }

  /**
   * OpenNLP's sentence spans, with a span that starts in lower case or with a bracket joined to the
   * one before: the model splits after abbreviations such as "p.m." that do not end a sentence
   * ("7:10 p.m. local time", "7:10 p.m. (1410 GMT)").
   */
  private List<int[]> mergedSentenceSpans(String paragraph) {
    List<int[]> out = new ArrayList<>();
    for (Span s : sentences.get().sentPosDetect(paragraph)) {
      char first = paragraph.charAt(s.getStart());
      if (!out.isEmpty() && (Character.isLowerCase(first) || first == '(')) {
        out.get(out.size() - 1)[1] = s.getEnd();
      } else {
        out.add(new int[] {s.getStart(), s.getEnd()});
      }
    }
    return out;
  }

  /** A sentence span cut at white space into pieces of at most MAX_SENTENCE_CHARS. */
  private static List<int[]> pieces(String text, int start, int end) {
    List<int[]> out = new ArrayList<>();
    while (end - start > MAX_SENTENCE_CHARS) {
      int cut = text.lastIndexOf(' ', start + MAX_SENTENCE_CHARS);
      if (cut <= start) {
        cut = start + MAX_SENTENCE_CHARS;
      }
      out.add(new int[] {start, cut});
      start = cut;
      while (start < end && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
    }
    out.add(new int[] {start, end});
    return out;
  }

  private List<Token> tokens(String sentence, int offset) {
    Span[] spans = tokenizer.get().tokenizePos(sentence);
    String[] words = new String[spans.length];
    for (int i = 0; i < spans.length; i++) {
      words[i] = sentence.substring(spans[i].getStart(), spans[i].getEnd());
    }
    String[] tags = tagger.get().tag(words);
    List<Token> out = new ArrayList<>(spans.length);
    for (int i = 0; i < spans.length; i++) {
      out.add(new Token(words[i], offset + spans[i].getStart(), offset + spans[i].getEnd(), tags[i]));
    }
    return out;
  }

  /** The tokens of a short text (a vocabulary phrase), lower-cased; offsets are not needed. */
  public List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : tokenizer.get().tokenize(text)) {
      out.add(new Token(w, 0, 0, null).lower());
    }
    return out;
  }
}
