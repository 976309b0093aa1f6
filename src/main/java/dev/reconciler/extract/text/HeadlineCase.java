package dev.reconciler.extract.text;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headline case undone from the report itself: in a line written in title case ("19 Dead, 50
 * Injured In Manchester Arena Explosion"), a word the body writes in lower case at least as often
 * as capitalised inside a sentence is put in lower case for the annotators. Read in title case, the
 * tagger took "Dead" and "Injured" for names and the parser counted 19 injured; the body knows
 * which words are names ("Manchester Arena") without any word list. One character for one, so
 * offsets do not move.
 */
final class HeadlineCase {

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");

  /** Fewer capitalised long words than this and a line is not a title-case headline. */
  private static final int MIN_CAPITALISED = 3;

  /** Lower-case words a title-case line may keep: "of", "in", "to", "and", "the". */
  private static final int FUNCTION_WORD_LENGTH = 3;

  private HeadlineCase() {}

  static void lowerCommonWords(char[] chars) {
    String text = new String(chars);
    Map<String, int[]> body = new HashMap<>(); // word in lower case -> {lower, capitalised}
    forEachLine(
        text,
        (from, to) -> {
          if (!isTitleCase(text, from, to)) {
            countWords(text, from, to, body);
          }
        });
    forEachLine(
        text,
        (from, to) -> {
          if (!isTitleCase(text, from, to)) {
            return;
          }
          Matcher m = WORD.matcher(text).region(from, to);
          while (m.find()) {
            String w = m.group();
            int[] seen = body.get(w.toLowerCase(java.util.Locale.ROOT));
            boolean common = seen != null && seen[0] > 0 && seen[0] >= seen[1];
            if (common && Character.isUpperCase(w.charAt(0)) && !isAllCapitals(w)) {
              chars[m.start()] = Character.toLowerCase(w.charAt(0));
            }
          }
        });
  }

  /** Mostly capitalised words, and lower-case ones only short: a headline in title case. */
  static boolean isTitleCase(String text, int from, int to) {
    Matcher m = WORD.matcher(text).region(from, to);
    int capitalisedLong = 0;
    while (m.find()) {
      String w = m.group();
      if (Character.isLowerCase(w.charAt(0))) {
        if (w.length() > FUNCTION_WORD_LENGTH) {
          return false;
        }
      } else if (w.length() > FUNCTION_WORD_LENGTH) {
        capitalisedLong++;
      }
    }
    return capitalisedLong >= MIN_CAPITALISED;
  }

  /** Counts each word in lower case and capitalised, a sentence's first word aside. */
  private static void countWords(String text, int from, int to, Map<String, int[]> counts) {
    Matcher m = WORD.matcher(text).region(from, to);
    boolean sentenceStart = true;
    int last = from;
    while (m.find()) {
      String between = text.substring(last, m.start());
      sentenceStart |= between.matches(".*[.!?:“\"]\\s*") || last == from;
      String w = m.group();
      int[] c = counts.computeIfAbsent(w.toLowerCase(java.util.Locale.ROOT), k -> new int[2]);
      if (Character.isLowerCase(w.charAt(0))) {
        c[0]++;
      } else if (!sentenceStart) {
        c[1]++;
      }
      sentenceStart = false;
      last = m.end();
    }
  }

  private static boolean isAllCapitals(String w) {
    return w.length() > 1 && w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  private interface LineVisitor {
    void visit(int from, int to);
  }

  private static void forEachLine(String text, LineVisitor visitor) {
    int from = 0;
    while (from <= text.length()) {
      int to = text.indexOf('\n', from);
      if (to < 0) {
        to = text.length();
      }
      visitor.visit(from, to);
      from = to + 1;
    }
  }
}
