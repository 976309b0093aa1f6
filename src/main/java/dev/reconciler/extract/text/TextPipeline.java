package dev.reconciler.extract.text;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a report's text with Stanford CoreNLP: paragraphs (lines), sentences, tokens with Universal
 * Dependencies part-of-speech tags, lemmas, fine-grained named entities (PERSON, TITLE,
 * ORGANIZATION, CITY, COUNTRY, NUMBER, DATE, TIME, DURATION, ...) with SUTime's normalised values
 * against the report's date, and each sentence's dependency parse. Every offset is relative to the
 * report's text.
 *
 * <p>The models load once per JVM, on the first call of {@link #shared()} (about 10 to 15 s and 1.5
 * GB of heap); afterwards the one pipeline serves any number of threads.
 */
public final class TextPipeline implements TextReader {

  /** The seed format's first line: " date YYYY-MM-DD" and then the first paragraph. */
  private static final Pattern DATE_PREFIX = Pattern.compile("^\\s*date\\s+\\S+\\s*");

  /** A byline such as "By Arab News": no claims in it. */
  private static final Pattern BYLINE =
      Pattern.compile("^By\\s+\\p{Lu}[\\p{L}.&'’-]*(?:\\s+\\p{Lu}[\\p{L}.&'’-]*){0,4}\\s*$");

  /**
   * A link to another story inside a page's text ("Read also: ...", "READ MORE: ...", "Related:
   * ..."), often run on to the sentence before it: the linked story is not this report's.
   */
  private static final Pattern RELATED_STORY =
      Pattern.compile(
          "(?:(?<=[.!?”\"])|^)\\s*(?:Read also|Also read|Read more|See also|Related(?:"
              + " story)?)\\s*:.*$",
          Pattern.CASE_INSENSITIVE);

  /** The longest run of text without a full stop that the annotators see as one sentence. */
  static final int MAX_SENTENCE_CHARS = 1_000;

  /**
   * A wire dateline before the lead's first word: a town in capitals, maybe a country or date after
   * a comma and an agency in brackets, then a dash or colon ("TEHRAN (Tasnim) –", "DHAKA,
   * Bangladesh (CNN) —", "CHARSADDA:").
   */
  private static final Pattern DATELINE =
      Pattern.compile(
          "^\\s*\\p{Lu}[\\p{Lu}.'’-]{2,}(?: \\p{Lu}[\\p{Lu}.'’-]+){0,2}(?:,[^()\\n–—:]{1,40}?)?"
              + "\\s*(?:\\([^()\\n]{1,40}\\))?\\s*(?:–|—|-|:)\\s+(?=\\p{Lu}|\\p{N}|[“\"])");

  /** The non-blank lines a dateline may open: past headline, standfirst and time stamps. */
  private static final int DATELINE_LINES = 6;

  /** Hyphenated names stay one token ("al-Shabaab", "Tehrik-e-Taliban", "10-hour"). */
  private static final String TOKENIZER_OPTIONS = "splitHyphenated=false,invertible=true";

  private final StanfordCoreNLP nlp;

  private static final class Holder {
    static final TextPipeline INSTANCE = new TextPipeline();
  }

  /** The JVM's pipeline, its models loaded on the first call. */
  public static TextPipeline shared() {
    return Holder.INSTANCE;
  }

  /** Loads the CoreNLP models from the class path (the stanford-corenlp models JAR). */
  private TextPipeline() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    p.setProperty("tokenize.language", "en");
    p.setProperty("tokenize.options", TOKENIZER_OPTIONS);
    // A line is a paragraph: no sentence runs from a headline into the body.
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    p.setProperty("ner.applyFineGrained", "true");
    p.setProperty("ner.useSUTime", "true");
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
    this.nlp = new StanfordCoreNLP(p);
  }

  /**
   * The paragraphs of a report's text, each with its sentences and tokens. {@code date} is the
   * report's date, which relative times ("Friday night", "this afternoon") are normalised against;
   * null when the report gives no day.
   */
  @Override
  public List<Paragraph> paragraphs(String text, LocalDate date) {
    char[] chars = text.toCharArray();
    blankOut(text, chars);
    curlQuotes(chars);
    String visible = new String(chars);
    blankDateline(chars);
    breakRunOns(chars);
    HeadlineCase.lowerCommonWords(chars);
    String cased = caseOnly(text, chars);
    Annotation doc = new Annotation(new String(chars));
    if (date != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
    }
    nlp.annotate(doc);
    List<Paragraph> out = new ArrayList<>();
    List<Sentence> current = new ArrayList<>();
    int currentLine = -1;
    int sentenceIndex = 0;
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      if (labels.isEmpty()) {
        continue;
      }
      int start = labels.get(0).beginPosition();
      int line = lineStart(text, start);
      if (line != currentLine && !current.isEmpty()) {
        out.add(paragraph(visible, out.size(), currentLine, current));
        current = new ArrayList<>();
      }
      currentLine = line;
      current.add(sentence(text, cased, s, labels, sentenceIndex++, out.size()));
    }
    if (!current.isEmpty()) {
      out.add(paragraph(visible, out.size(), currentLine, current));
    }
    return out;
  }

  /** Blanks the date line's prefix and bylines with spaces, so that offsets stay the text's. */
  private static void blankOut(String text, char[] visible) {
    Matcher date = DATE_PREFIX.matcher(text);
    if (date.find()) {
      Arrays.fill(visible, date.start(), date.end(), ' ');
    }
    int lineStart = 0;
    while (lineStart < text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      String line = new String(visible, lineStart, lineEnd - lineStart).strip();
      if (BYLINE.matcher(line).matches()) {
        Arrays.fill(visible, lineStart, lineEnd, ' ');
      }
      Matcher related = RELATED_STORY.matcher(new String(visible, lineStart, lineEnd - lineStart));
      if (related.find()) {
        Arrays.fill(visible, lineStart + related.start(), lineEnd, ' ');
      }
      lineStart = lineEnd + 1;
    }
  }

  /**
   * Blanks the dateline for the annotators only (the paragraph's text keeps it, for {@code
   * ReportPlace}): parsed as words of the lead, "TEHRAN (Tasnim) –" became its root, and the
   * sentence's reporting verb ("..., the minister said") sank below the clause it reports.
   */
  private static void blankDateline(char[] chars) {
    int lineStart = 0;
    for (int lines = 0; lines < DATELINE_LINES && lineStart < chars.length; ) {
      int lineEnd = lineStart;
      while (lineEnd < chars.length && chars[lineEnd] != '\n') {
        lineEnd++;
      }
      String line = new String(chars, lineStart, lineEnd - lineStart);
      Matcher m = DATELINE.matcher(line);
      if (m.find()) {
        Arrays.fill(chars, lineStart, lineStart + m.end(), ' '); // "UPDATED:", "VIDEO:" too
      }
      lines += line.isBlank() ? 0 : 1;
      lineStart = lineEnd + 1;
    }
  }

  /**
   * Straight double quotes as opening and closing ones, in turn within each line: the parser reads
   * "“...,” X said" far better than "\"...,\" X said" (it took the quotation's last noun for the
   * speaker). One character for one, so offsets do not move.
   */
  private static void curlQuotes(char[] chars) {
    boolean open = false;
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] == '\n') {
        open = false;
      } else if (chars[i] == '"') {
        chars[i] = open ? '\u201d' : '\u201c';
        open = !open;
      }
    }
  }

  /**
   * Cuts a run of more than {@value #MAX_SENTENCE_CHARS} characters without a full stop (a
   * 100,000-character line) at a space, with a line break in place of the space: every sentence the
   * annotators see is bounded, so that their time is (SUTime's patterns grow faster than linearly
   * with a sentence's length). Offsets do not move; paragraphs are still the text's lines.
   */
  private static void breakRunOns(char[] chars) {
    int runStart = 0;
    int lastSpace = -1;
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c == '\n' || c == '.' || c == '!' || c == '?') {
        runStart = i + 1;
        lastSpace = -1;
      } else if (c == ' ') {
        lastSpace = i;
      }
      if (i - runStart >= MAX_SENTENCE_CHARS && lastSpace > runStart) {
        chars[lastSpace] = '\n';
        runStart = lastSpace + 1;
        lastSpace = -1;
      }
    }
  }

  private static int lineStart(String text, int offset) {
    return text.lastIndexOf('\n', offset - 1) + 1;
  }

  /** The line at {@code lineStart} of the (blanked) text as a paragraph of its sentences. */
  private static Paragraph paragraph(
      String visible, int index, int lineStart, List<Sentence> sentences) {
    int lineEnd = visible.indexOf('\n', lineStart);
    String line = visible.substring(lineStart, lineEnd < 0 ? visible.length() : lineEnd);
    int from = lineStart + (line.length() - line.stripLeading().length());
    String content = line.strip();
    List<Sentence> renumbered = new ArrayList<>();
    for (Sentence s : sentences) {
      renumbered.add(
          new Sentence(
              s.index(),
              index,
              s.text(),
              s.start(),
              s.end(),
              s.tokens(),
              s.heads(),
              s.relations()));
    }
    return new Paragraph(index, content, from, renumbered);
  }

  /**
   * The report's text with the annotators' changes of letter case only (a headline's common words
   * in lower case), so that tokens read as the annotators read them and keep every other character.
   */
  private static String caseOnly(String text, char[] annotated) {
    char[] out = text.toCharArray();
    for (int i = 0; i < out.length; i++) {
      if (Character.toLowerCase(out[i]) == annotated[i]) {
        out[i] = annotated[i];
      }
    }
    return new String(out);
  }

  private static Sentence sentence(
      String text, String cased, CoreMap s, List<CoreLabel> labels, int index, int paragraph) {
    List<Token> tokens = new ArrayList<>(labels.size());
    for (CoreLabel l : labels) {
      String normalized = l.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
      String ner = l.ner() == null ? "O" : l.ner();
      String word = cased.substring(l.beginPosition(), l.endPosition());
      tokens.add(
          new Token(
              word,
              l.beginPosition(),
              l.endPosition(),
              UniversalTags.of(l.tag(), l.lemma()),
              l.tag(),
              l.lemma() == null
                  ? word.toLowerCase(Locale.ROOT)
                  : l.lemma().toLowerCase(Locale.ROOT),
              ner,
              normalized));
    }
    int[] heads = new int[labels.size()];
    String[] relations = new String[labels.size()];
    Arrays.fill(heads, -1);
    Arrays.fill(relations, "root");
    SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    if (graph != null) {
      for (SemanticGraphEdge e : graph.edgeIterable()) {
        int dep = e.getDependent().index() - 1;
        heads[dep] = e.getGovernor().index() - 1;
        relations[dep] = e.getRelation().toString();
      }
    }
    int start = labels.get(0).beginPosition();
    int end = labels.get(labels.size() - 1).endPosition();
    return new Sentence(
        index, paragraph, text.substring(start, end), start, end, tokens, heads, relations);
  }

  /** The tokens of a short text (a vocabulary phrase), lower-cased, split as reports are. */
  @Override
  public List<String> words(String text) {
    return wordsOf(text);
  }

  /** {@link #words}, which needs only the tokenizer (no model). */
  public static List<String> wordsOf(String text) {
    PTBTokenizer<CoreLabel> tokenizer =
        new PTBTokenizer<>(new StringReader(text), new CoreLabelTokenFactory(), TOKENIZER_OPTIONS);
    List<String> out = new ArrayList<>();
    while (tokenizer.hasNext()) {
      out.add(Token.fold(tokenizer.next().originalText()));
    }
    return out;
  }
}
