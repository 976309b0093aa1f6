package dev.reconciler.extract.context;

import dev.reconciler.extract.text.Paragraph;
import dev.reconciler.extract.text.Sentence;
import dev.reconciler.extract.text.Token;
import dev.reconciler.extract.vocab.PhraseList;
import dev.reconciler.extract.vocab.Vocabulary;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the parts of a sentence that are about another incident mentioned in passing, so that their
 * figures never count for this one:
 *
 * <ul>
 *   <li>a date well before the report's ("Last March, ...", "On 12 March 2013, a bomb killed five",
 *       "the 2002 siege, in which 130 died"): SUTime's value of the date compared with the report's
 *       day (or, in an undated report, with the latest year it names); the clause the date belongs
 *       to in the parse is the other incident's;
 *   <li>a cue of {@code scope-other.txt}: one marked {@code after} ("weeks after", "similar
 *       attacks") makes what follows it other, one marked {@code sentence} ("years ago") the whole
 *       sentence.
 * </ul>
 */
public final class ScopeCues {

  /**
   * A date more than this many days before the report's is another incident's: a follow-up a week
   * or two later ("On 3 April, a bomb exploded ...") still tells this one.
   */
  private static final int DAYS_BEFORE = 30;

  private static final Pattern ISO_DATE =
      Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?![\\d-W])");

  /**
   * SUTime's value of a month (or a day of it) named without a year in an undated text: "In
   * November" is XXXX-11, "the March 27 bombing" XXXX-03-27.
   */
  private static final Pattern MONTH_ONLY = Pattern.compile("^XXXX-(\\d{2})(?:-\\d{2})?$");

  private static final Pattern YEAR = Pattern.compile("^(1[89]|20)\\d\\d$");

  private final PhraseList cues;
  private final PhraseList attackWords;

  public ScopeCues(Vocabulary vocabulary) {
    this.cues = vocabulary.list("scope-other");
    this.attackWords = vocabulary.list("attack-words");
  }

  /**
   * When the report was written, as far as it says: its day, or the latest year it names (and the
   * latest full date, whose month a month named without a year is compared with).
   */
  public record Anchor(LocalDate day, Integer year, Integer month) {

    public static Anchor of(LocalDate day, List<Paragraph> paragraphs, LocalDate latestNamedDay) {
      if (day != null) {
        return new Anchor(day, day.getYear(), day.getMonthValue());
      }
      Integer latest = null;
      for (Paragraph p : paragraphs) {
        for (Sentence s : p.sentences()) {
          for (Token t : s.tokens()) {
            Integer y = "DATE".equals(t.ner()) ? yearOf(t) : null;
            if (y != null && (latest == null || y > latest)) {
              latest = y;
            }
          }
        }
      }
      return new Anchor(
          null, latest, latestNamedDay == null ? null : latestNamedDay.getMonthValue());
    }

    private static Integer yearOf(Token t) {
      if (t.normalized() != null) {
        Matcher m = ISO_DATE.matcher(t.normalized());
        if (m.find()) {
          return Integer.parseInt(m.group(1));
        }
      }
      return YEAR.matcher(t.text()).matches() ? Integer.parseInt(t.text()) : null;
    }
  }

  /**
   * The first token about another incident by the cue lists: 0 for the whole sentence, size() for
   * none.
   */
  public int otherFrom(Sentence s) {
    PhraseList.Match m = cues.first(s.tokens(), 0, s.size());
    if (m == null) {
      return s.size();
    }
    return "after".equals(m.value()) ? m.from() : 0;
  }

  private static final Pattern LATER_THAN_THE_LAST =
      Pattern.compile("(?i)^(?:\\w+|\\d+|a) (?:days?|weeks?|months?|years?) later\\b.*");

  /**
   * "Ten days later, ...": the sentence goes on from the event the one before told, so it is about
   * the same incident as that one.
   */
  public static boolean isLaterThanTheLast(Sentence s) {
    return LATER_THAN_THE_LAST.matcher(s.text()).matches();
  }

  /** For each token, whether it is about another incident. */
  public boolean[] other(Sentence s, Anchor anchor) {
    boolean[] out = new boolean[s.size()];
    int from = otherFrom(s);
    for (int k = from; k < s.size(); k++) {
      out[k] = true;
    }
    for (int k = 0; k < s.size(); k++) {
      Token t = s.token(k);
      boolean lastOfDate =
          "DATE".equals(t.ner()) && (k + 1 >= s.size() || !"DATE".equals(s.token(k + 1).ner()));
      if (lastOfDate && isEarlier(s, k, anchor)) {
        if (isComparison(s, k)) {
          markWhenClause(s, k, out); // "the first since 2017, when five gunmen attacked ..."
        } else {
          markClause(s, dateHead(s, k), out);
        }
      }
    }
    return out;
  }

  /** True when the date ending at token {@code k} lies well before the report. */
  private boolean isEarlier(Sentence s, int k, Anchor anchor) {
    Token t = s.token(k);
    String value = t.normalized();
    Matcher month = value == null ? null : MONTH_ONLY.matcher(value);
    if (month != null && month.matches() && anchor.day() == null) {
      // "In November, 27 people were killed": a story tells its own attack by weekday, a month
      // named without a year is another time, unless it is the month the report's own dates are in
      return anchor.month() == null || Integer.parseInt(month.group(1)) != anchor.month();
    }
    Matcher m = value == null ? null : ISO_DATE.matcher(value);
    if (m == null || !m.find()) {
      return false;
    }
    int year = Integer.parseInt(m.group(1));
    if (anchor.day() != null) {
      LocalDate end;
      if (m.group(3) != null) {
        end = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      } else if (m.group(2) != null) {
        YearMonth named = YearMonth.of(year, Integer.parseInt(m.group(2)));
        if (named.isAfter(YearMonth.from(anchor.day()))) {
          return true; // "bombed in March" in a January report: last March, read as next
        }
        end = named.atEndOfMonth();
      } else {
        end = LocalDate.of(year, 12, 31);
      }
      return end.isBefore(anchor.day().minusDays(DAYS_BEFORE));
    }
    if (anchor.year() != null && year < anchor.year()) {
      return true;
    }
    // Undated, one year named: "the 2014 attack on a school" still names an earlier attack.
    int head = dateHead(s, k);
    return head >= 0
        && head != k
        && attackWords.at(s.tokens(), head) != null
        && !s.token(head).isCapitalized();
  }

  /** "the deadliest since 2015": a comparison, whose other incident the cue list handles. */
  private static boolean isComparison(Sentence s, int k) {
    for (int d : s.dependents(k, "case")) {
      if (s.token(d).is("since") || s.token(d).is("until") || s.token(d).is("than")) {
        return true;
      }
    }
    return false;
  }

  /** The clause a compared date introduces ("since 2017, when ..."), attached to the date. */
  private static void markWhenClause(Sentence s, int date, boolean[] out) {
    for (int d : s.dependents(date)) {
      if (s.hasRelation(d, "acl") || s.hasRelation(d, "advcl")) {
        for (int k = 0; k < s.size(); k++) {
          if (s.isUnder(k, d)) {
            out[k] = true;
          }
        }
      }
    }
    for (int k = date + 1; k < s.size(); k++) {
      if (s.token(k).is("when") && s.head(k) >= 0) {
        int clause =
            s.head(k); // the parser may hang "when ..." elsewhere: take the clause it opens
        for (int j = 0; j < s.size(); j++) {
          if (s.isUnder(j, clause) && j > date) {
            out[j] = true;
          }
        }
        return;
      }
    }
  }

  /** The token the date phrase ending at {@code k} belongs to: its head outside the date. */
  private static int dateHead(Sentence s, int k) {
    int h = k;
    for (int steps = 0; steps < s.size() && h >= 0 && "DATE".equals(s.token(h).ner()); steps++) {
      h = s.head(h);
    }
    return h;
  }

  /**
   * Marks the clause a date belongs to: the verb it modifies, or the noun it dates ("the 2002
   * siege") with the verb that noun is the subject or object of ("the 2002 siege killed 130").
   */
  private static void markClause(Sentence s, int head, boolean[] out) {
    if (head < 0) {
      return;
    }
    int clause = head;
    boolean noun = "NOUN".equals(s.token(head).tag()) || "PROPN".equals(s.token(head).tag());
    if (noun && s.head(head) >= 0 && (s.hasRelation(head, "nsubj") || s.hasRelation(head, "obj"))) {
      clause = s.head(head);
    }
    for (int k = 0; k < s.size(); k++) {
      if (s.isUnder(k, clause)) {
        out[k] = true;
      }
    }
  }
}
