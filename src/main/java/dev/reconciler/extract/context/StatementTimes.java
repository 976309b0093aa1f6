package dev.reconciler.extract.context;

import dev.reconciler.claim.PartOfDay;
import dev.reconciler.claim.StartTime;
import dev.reconciler.extract.facts.ReportContext;
import dev.reconciler.extract.text.Sentence;
import dev.reconciler.extract.text.Token;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a report says a statement was made: the date or weekday (and clock) attached to its
 * reporting verb ("the ministry said on Sunday", "police said Monday", "as of 10 p.m. on Sunday,
 * the toll stood at 40"). A day is resolved against the report's day, or in an undated report
 * against the latest date its text names; otherwise the weekday stays, for the rules to date
 * against the attack's day. An undated report's claims are ordered by these times.
 */
public final class StatementTimes {

  private static final Pattern ISO_DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern CLOCK = Pattern.compile("T(\\d{2}:\\d{2})");

  /**
   * The time of the statement made through {@code verb} (or said "as of" in the sentence), or null.
   */
  public StartTime of(Sentence s, int verb, ReportContext report) {
    int asOf = asOf(s);
    for (int k = 0; k < s.size(); k++) {
      boolean attached = verb >= 0 && s.head(k) == verb && isTimeModifier(s, k);
      if (!attached && (asOf < 0 || k <= asOf || k > asOf + 6)) {
        continue;
      }
      StartTime t = timeAt(s, k, report);
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  /**
   * The day of the event a figure at {@code token} counts: a date on the verb above it ("were
   * killed in operations on Friday") or on the attack a relative clause hangs it on ("a suicide
   * bombing on Tuesday that killed 11"), or null.
   */
  public StartTime dayOfEvent(Sentence s, int token, ReportContext report) {
    int verb = token;
    for (int steps = 0; verb >= 0 && steps < 4 && !"VERB".equals(s.token(verb).tag()); steps++) {
      verb = s.head(verb);
    }
    if (verb < 0 || !"VERB".equals(s.token(verb).tag())) {
      return null;
    }
    StartTime day = dayOn(s, verb, report);
    if (day == null
        && (s.hasRelation(verb, "acl:relcl") || s.hasRelation(verb, "acl"))
        && s.head(verb) >= 0) {
      int noun = s.head(verb);
      day = dayOn(s, noun, report);
      for (int c : s.dependents(noun, "conj")) {
        day =
            day != null
                ? day
                : dayOn(s, c, report); // "the attack and a bombing on Tuesday that killed 11"
      }
    }
    return day;
  }

  /** A day (a date, or a weekday in an undated report) said of {@code word}, or null. */
  private static StartTime dayOn(Sentence s, int word, ReportContext report) {
    for (int k = 0; k < s.size(); k++) {
      if (s.head(k) == word && isTimeModifier(s, k)) {
        StartTime t = timeAt(s, k, report);
        if (t != null && (t.date() != null || t.weekday() != null)) {
          return t;
        }
      }
    }
    return null;
  }

  /** "as of 10 p.m. on Sunday": the token after "of", or -1. */
  private static int asOf(Sentence s) {
    for (int k = 0; k + 1 < s.size(); k++) {
      if (s.token(k).is("as") && s.token(k + 1).is("of")) {
        return k + 1;
      }
    }
    return -1;
  }

  private static boolean isTimeModifier(Sentence s, int k) {
    String ner = s.token(k).ner();
    return ("DATE".equals(ner) || "TIME".equals(ner))
        && (s.relation(k).startsWith("obl")
            || s.relation(k).startsWith("nmod")
            || s.hasRelation(k, "advmod"));
  }

  /** The statement time the date or time phrase around token {@code k} gives, or null. */
  private static StartTime timeAt(Sentence s, int k, ReportContext report) {
    int from = k;
    int to = k;
    while (from > 0 && isTimeWord(s.token(from - 1))) {
      from--;
    }
    while (to + 1 < s.size() && isTimeWord(s.token(to + 1))) {
      to++;
    }
    LocalDate date = null;
    DayOfWeek weekday = null;
    LocalTime clock = null;
    PartOfDay part = null;
    for (int i = from; i <= to; i++) {
      Token t = s.token(i);
      String v = t.normalized() == null ? "" : t.normalized();
      Matcher day = ISO_DAY.matcher(v);
      if ("DATE".equals(t.ner()) && day.find() && report.day() != null) {
        date = LocalDate.parse(day.group(1));
      }
      Matcher c = CLOCK.matcher(v);
      if ("TIME".equals(t.ner()) && c.find()) {
        clock = LocalTime.parse(c.group(1));
      }
      DayOfWeek d = StartTime.weekdayNamed(t.lower());
      weekday = d != null ? d : weekday;
      PartOfDay p = PartOfDay.fromWord(t.lower());
      part = p != null ? p : part;
    }
    if (date == null && weekday != null && report.latestNamedDay() != null) {
      date = report.latestNamedDay().with(TemporalAdjusters.previousOrSame(weekday));
    }
    if (date != null && report.day() != null && date.isAfter(report.day())) {
      return null; // a day after the report's own is not when it was said
    }
    if (date == null && weekday == null) {
      return null; // a clock alone orders nothing across reports
    }
    try {
      return new StartTime(
          date, date == null ? weekday : null, clock, clock == null ? part : null, null);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean isTimeWord(Token t) {
    return "DATE".equals(t.ner()) || "TIME".equals(t.ner());
  }

  /** SUTime's value of a day counted from the text's own: "OFFSET P-1D" is the day before. */
  private static final Pattern OFFSET_DAYS = Pattern.compile("OFFSET P(-?\\d{1,2})D");

  /** SUTime's part of day in a value ("TNI OFFSET P-1D" is last night, "THIS MO" this morning). */
  private static final Pattern PART = Pattern.compile("\\bT?(MO|AF|EV|NI)\\b");

  /**
   * A day an undated text names by its own day: how many days from it ("last night" and "yesterday"
   * -1, "this morning", "today" and "tonight" 0), with the part of day it gives.
   */
  public record RelativeDay(int days, PartOfDay part) {}

  /** The day counted from the report's own that token {@code k} names, or null. */
  public static RelativeDay relativeDayAt(Sentence s, int k) {
    Token t = s.token(k);
    String v = t.normalized();
    if (v == null || !("DATE".equals(t.ner()) || "TIME".equals(t.ner()))) {
      return null;
    }
    Matcher offset = OFFSET_DAYS.matcher(v);
    Integer days =
        offset.find() ? Integer.valueOf(offset.group(1)) : v.startsWith("THIS") ? 0 : null;
    if (days == null) {
      return null;
    }
    Matcher part = PART.matcher(v);
    PartOfDay p =
        !part.find()
            ? null
            : switch (part.group(1)) {
              case "MO" -> PartOfDay.MORNING;
              case "AF" -> PartOfDay.AFTERNOON;
              case "EV" -> PartOfDay.EVENING;
              default -> PartOfDay.NIGHT;
            };
    return new RelativeDay(days, p);
  }

  /**
   * The relative day said of the statement of the figure at {@code token}: of a verb of saying
   * between it and its reporting verb ({@code verb}), that one included ("police said 19 had died,
   * but confirmed this morning that the toll had risen to 22": this morning, for the 22), or null.
   */
  public RelativeDay relativeDayOf(Sentence s, int token, int verb) {
    for (int w = s.head(token), steps = 0; w >= 0 && steps < s.size(); w = s.head(w), steps++) {
      if (SAYING.contains(s.token(w).lemma()) || w == verb) {
        RelativeDay d = relativeDayOn(s, w);
        if (d != null || w == verb) {
          return d;
        }
      }
    }
    return null;
  }

  /** Verbs by which a figure is given: the statement's time is said of them. */
  private static final java.util.Set<String> SAYING =
      java.util.Set.of("say", "confirm", "tell", "report", "announce", "add", "state", "put");

  private static RelativeDay relativeDayOn(Sentence s, int word) {
    for (int k = 0; k < s.size(); k++) {
      RelativeDay d = s.head(k) == word && isTimeModifier(s, k) ? relativeDayAt(s, k) : null;
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  /**
   * The relative day the sentence gives the event it tells ("22 people killed ... last night"): the
   * first relative day not said of a reporting verb ({@code verbs}), or null.
   */
  public RelativeDay relativeDayOfEvent(Sentence s, java.util.Set<Integer> verbs) {
    for (int k = 0; k < s.size(); k++) {
      RelativeDay d = verbs.contains(s.head(k)) ? null : relativeDayAt(s, k);
      if (d != null) {
        return d;
      }
    }
    return null;
  }
}
