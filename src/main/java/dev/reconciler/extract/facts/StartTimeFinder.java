package dev.reconciler.extract.facts;

import dev.reconciler.claim.Attribute;
import dev.reconciler.claim.PartOfDay;
import dev.reconciler.claim.StartTime;
import dev.reconciler.extract.text.Sentence;
import dev.reconciler.extract.text.Token;
import dev.reconciler.extract.vocab.PhraseList;
import dev.reconciler.extract.vocab.Vocabulary;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds when the attack began, in a sentence that says it began ({@code start-words.txt}: "began",
 * "stormed", "launched an attack"): a clock time ("7:10 p.m.", "19:10", "around 9 am"), a weekday
 * and part of day ("on Friday night"), or "yesterday"/"today" against the report's date. A weekday
 * is left for the rules to date against the report. The offset is read only where the text gives
 * the time in UTC too ("7:10 p.m. (1410 GMT)"); "local time" alone names none, and the rules take
 * it from the city.
 */
public final class StartTimeFinder implements FactFinder {

  private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})[:.](\\d{2})");
  private static final Pattern HOUR = Pattern.compile("\\d{1,2}");
  private static final Pattern UTC_CLOCK = Pattern.compile("(\\d{1,2}):?(\\d{2})");
  private static final Pattern AM_PM = Pattern.compile("(?i)([ap])\\.?m\\.?");

  private static final Set<String> HEDGES =
      Set.of("around", "about", "approximately", "roughly", "nearly", "shortly", "some", "circa");

  private final PhraseList startWords;
  private final PhraseList hedges;
  private final PhraseList responders;
  private final PhraseList attackWords;
  private final PhraseList reportingVerbs;

  public StartTimeFinder(Vocabulary vocabulary) {
    this.reportingVerbs = vocabulary.list("reporting-verbs");
    this.startWords = vocabulary.list("start-words");
    this.hedges = vocabulary.list("quantity-modifiers");
    this.responders = vocabulary.list("responders");
    this.attackWords = vocabulary.list("attack-words");
  }

  @Override
  public List<Finding> find(Sentence s, ReportContext report) {
    List<Token> t = s.tokens();
    List<Integer> starts = startVerbs(s);
    if (starts.isEmpty()) {
      return List.of();
    }
    LocalTime time = null;
    boolean approximate = false;
    DayOfWeek weekday = null;
    PartOfDay part = null;
    LocalDate date = null;
    LocalTime utc = null;
    boolean twelveHourClock = false;
    int at = -1;
    for (int i = 0; i < t.size(); i++) {
      Token k = t.get(i);
      LocalTime universal = utcAt(t, i);
      if (universal != null) {
        utc = universal; // "7:10 p.m. (1410 GMT)": the second clock gives the offset
        i++;
        continue;
      }
      if (!belongsToStart(s, i, starts) && !continuesATimeOfTheStart(s, i, starts)) {
        continue;
      }
      if (time == null) {
        LocalTime clock = clockAt(t, i);
        if (clock != null) {
          time = clock;
          twelveHourClock = i + 1 >= t.size() || !AM_PM.matcher(t.get(i + 1).text()).matches();
          approximate = i > 0 && ("approximate".equals(valueOfHedgeBefore(t, i)) || isHedged(t, i));
          at = at < 0 ? i : at;
          continue;
        }
      }
      if (isHoursFromNow(t, i)) {
        continue;
      }
      Sutime v = Sutime.of(k);
      if (time == null && v != null && v.clock() != null && !isClockOfAnotherSpan(t, i)) {
        time = v.clock(); // "around noon", "at midnight", "9 pm" as SUTime reads them
        approximate = isHedged(t, i);
        at = at < 0 ? i : at;
        continue;
      }
      if (v != null
          && v.date() != null
          && date == null
          && (v.dayWord() || "DATE".equals(k.ner()))) {
        date = v.date(); // "on Friday" in a dated report, "yesterday", "this afternoon"
        at = at < 0 ? i : at;
      }
      if (v != null && v.part() != null && part == null) {
        part = v.part();
      }
      DayOfWeek d = StartTime.weekdayNamed(k.bare());
      if (d != null && weekday == null) {
        weekday = d;
        at = at < 0 ? i : at;
        if (i + 1 < t.size() && part == null) {
          part = PartOfDay.fromWord(t.get(i + 1).lower());
        }
      }
    }
    if (at < 0) {
      return List.of();
    }
    if (twelveHourClock
        && part != null
        && !part.contains(time)
        && part.contains(time.plusHours(12))) {
      time = time.plusHours(12); // "around 8:45 on Friday night": 20:45
    }
    if (date != null && report.day() != null && date.isAfter(report.day())) {
      date = date.minusWeeks(1); // a weekday read forward from the report's date
    }
    if (date != null && weekday != null && date.getDayOfWeek() != weekday) {
      date = null; // SUTime and the text disagree: keep what the text says
    }
    if (date == null
        && weekday != null
        && report.day() == null
        && report.latestNamedDay() != null) {
      date = report.latestNamedDay().with(TemporalAdjusters.previousOrSame(weekday));
    }
    if (date != null) {
      weekday = null;
    }
    try {
      StartTime value =
          new StartTime(date, weekday, time, time != null ? null : part, offset(time, utc));
      return List.of(new Finding(Attribute.START_TIME, value, approximate, at));
    } catch (IllegalArgumentException e) {
      return List.of(); // a time that contradicts its part of day: read neither
    }
  }

  /** "around 9:15 pm", "shortly after 9 pm", "at about 8:45". */
  private static boolean isHedged(List<Token> t, int i) {
    for (int k = Math.max(0, i - 3); k < i; k++) {
      if (HEDGES.contains(t.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The words of the sentence that say the attack began ({@code start-words.txt}), unless what
   * began was the security forces' operation ("commandos started their operation at 7:40").
   */
  private List<Integer> startVerbs(Sentence s) {
    List<Integer> out = new ArrayList<>();
    for (PhraseList.Match m : startWords.findAll(s.tokens())) {
      int v = m.from();
      boolean forces = false;
      for (int d : s.dependents(v)) {
        if ((s.hasRelation(d, "nsubj") || s.hasRelation(d, "obj"))
            && responders.at(s.tokens(), d) != null) {
          forces = true;
        }
        if ((s.hasRelation(d, "nsubj") || s.hasRelation(d, "obj"))
            && responders.endingAt(s.tokens(), d + 1) != null) {
          forces = true;
        }
      }
      if (!forces && !beginsSomethingElse(s, m)) {
        out.add(v);
      }
    }
    for (int n = 0; n < s.size(); n++) {
      if ("NOUN".equals(s.token(n).tag())
          && attackWords.at(s.tokens(), n) != null
          && hasClockTime(s, n)
          && !out.contains(n)) {
        out.add(n); // "the attack by three suicide bombers shortly after 10 p.m. Tuesday"
      }
    }
    return out;
  }

  /** A clock time said of the word itself ("the attack at 9 pm"), not a day or part of day. */
  private static boolean hasClockTime(Sentence s, int word) {
    for (int d : s.dependents(word)) {
      String value = s.token(d).normalized();
      if (s.relation(d).startsWith("nmod")
          && "TIME".equals(s.token(d).ner())
          && value != null
          && value.matches(".*T\\d{2}:\\d{2}.*")) {
        return true;
      }
    }
    return false;
  }

  /** Verbs that start whatever their object names. */
  private static final Set<String> BEGIN_VERBS = Set.of("begin", "start", "launch");

  /** "The government began work Monday", "police launched an investigation": not the attack. */
  private boolean beginsSomethingElse(Sentence s, PhraseList.Match m) {
    int v = m.from();
    if (m.to() - m.from() != 1 || !BEGIN_VERBS.contains(s.token(v).lemma())) {
      return false;
    }
    for (int d : s.dependents(v, "obj")) {
      boolean attack =
          attackWords.at(s.tokens(), d) != null
              || attackWords.endingAt(s.tokens(), d + 1) != null
              || attackWords.at(List.of(new Token(s.token(d).lemma(), 0, 0, null)), 0)
                  != null; // "the assaults"
      if (!attack) {
        return true;
      }
    }
    return false;
  }

  /**
   * A time word belongs to the start when the parse joins it to a start word, within a few steps.
   */
  /**
   * The token continues a time expression whose first words belong to the start: "at 5:30am on the
   * morning of Thursday April 2nd", where the parse hangs "Thursday April 2nd" elsewhere.
   */
  private boolean continuesATimeOfTheStart(Sentence s, int word, List<Integer> starts) {
    String value = s.token(word).normalized();
    if (value == null) {
      return false;
    }
    for (int k = word - 1; k >= 0 && value.equals(s.token(k).normalized()); k--) {
      if (belongsToStart(s, k, starts)) {
        return true;
      }
    }
    return false;
  }

  private boolean belongsToStart(Sentence s, int word, List<Integer> starts) {
    int i = clockPhraseHead(s, word);
    int governor = s.head(i);
    if (governor >= 0
        && !starts.contains(governor)
        && reportingVerbs.at(s.tokens(), governor) != null) {
      return false; // "..., the minister said on Monday": when it was said, not when it began
    }
    for (int v : starts) {
      if (s.isUnder(i, v) && depthBetween(s, i, v) <= 4) {
        return true;
      }
      if (s.isUnder(v, i) && depthBetween(s, v, i) <= 2) {
        return true; // "the attack, which began at 9 pm" seen from the time's side
      }
      int h = s.head(v);
      if (h >= 0 && isWhenClause(s, v) && s.isUnder(i, h) && depthBetween(s, i, h) <= 2) {
        // "22 people were killed late on Monday when a suicide bomber detonated a device": the
        // clause says what happened at the time its governor names
        return true;
      }
      if (h >= 0 && s.hasRelation(v, "dep") && s.isUnder(i, h) && depthBetween(s, i, h) <= 2) {
        // "three terrorists armed with rifles at 5:45 pm opened fire": the parse hung the
        // start on the words before it, and the time with them
        return true;
      }
    }
    // A sentence with one start word and no parse to go by (a headline) keeps its times.
    return starts.size() == 1 && s.head(starts.get(0)) < 0 && s.dependents(starts.get(0)).isEmpty();
  }

  /**
   * The word heads an adverbial clause opened by "when" under a word of the attack ("were killed
   * ... when gunmen stormed ...").
   */
  private boolean isWhenClause(Sentence s, int verb) {
    if (!s.hasRelation(verb, "advcl") || attackWords.at(s.tokens(), s.head(verb)) == null) {
      return false;
    }
    for (int d : s.dependents(verb)) {
      if (d < verb && "when".equals(s.token(d).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the clock phrase of the word at {@code i} hangs: "5.30" in "at around 5.30 am" is a
   * number of the noun "am", which the parse joins to the sentence; one phrase, one step.
   */
  private static int clockPhraseHead(Sentence s, int i) {
    int h = s.head(i);
    if (h >= 0 && s.hasRelation(i, "nummod") && AM_PM.matcher(s.token(h).text()).matches()) {
      return h;
    }
    return i;
  }

  private static int depthBetween(Sentence s, int below, int above) {
    int d = 0;
    for (int k = below; k >= 0 && k != above && d <= s.size(); k = s.head(k)) {
      d++;
    }
    return d;
  }

  private static final Set<String> HOUR_UNITS = Set.of("hour", "hours", "minute", "minutes");

  /**
   * "a lawyer shot dead hours earlier", "two hours ago": SUTime counts the hours back from the
   * report's midnight, since it does not know the report's hour, and so names the day before; an
   * offset of hours or minutes gives neither a day nor a clock.
   */
  private static boolean isHoursFromNow(List<Token> t, int i) {
    String value = t.get(i).normalized();
    if (value == null) {
      return false;
    }
    for (int k = Math.max(0, i - 3); k <= Math.min(t.size() - 1, i + 3); k++) {
      if (HOUR_UNITS.contains(t.get(k).lower()) && value.equals(t.get(k).normalized())) {
        return true;
      }
    }
    return false;
  }

  /** A clock read from the digits already (a second token of "9:15 pm" repeats its value). */
  private static boolean isClockOfAnotherSpan(List<Token> t, int i) {
    return i > 0
        && "TIME".equals(t.get(i - 1).ner())
        && Objects.equals(t.get(i - 1).normalized(), t.get(i).normalized());
  }

  /**
   * SUTime's value of a time or date token: a day (when the text fixes one), a part of day, a
   * clock.
   */
  private record Sutime(LocalDate date, PartOfDay part, boolean dayWord, LocalTime clock) {

    private static final Pattern VALUE =
        Pattern.compile(
            "^(\\d{4}-\\d{2}-\\d{2}|XXXX-WXX-\\d|XXXX-\\d{2}-\\d{2})?(?:T(MO|AF|EV|NI|\\d{2}:\\d{2}))?$");
    private static final Set<String> DAY_WORDS =
        Set.of("yesterday", "today", "tonight", "this", "last");

    static Sutime of(Token k) {
      if (k.normalized() == null || !("DATE".equals(k.ner()) || "TIME".equals(k.ner()))) {
        return null;
      }
      Matcher m = VALUE.matcher(k.normalized());
      if (!m.matches() || (m.group(1) == null && m.group(2) == null)) {
        return null;
      }
      LocalDate date =
          m.group(1) == null || m.group(1).startsWith("X") ? null : LocalDate.parse(m.group(1));
      PartOfDay part =
          m.group(2) == null
              ? null
              : switch (m.group(2)) {
                case "MO" -> PartOfDay.MORNING;
                case "AF" -> PartOfDay.AFTERNOON;
                case "EV" -> PartOfDay.EVENING;
                case "NI" -> PartOfDay.NIGHT;
                default -> null;
              };
      // A bare clock or part of day ("9:15", "evening prayers") is dated by SUTime with the
      // report's own day, which the text did not say; a date word of the same expression ("noon
      // on Wednesday") or a day word ("this evening", "yesterday") says the day itself.
      boolean clock = m.group(2) != null && m.group(2).contains(":");
      boolean dateWord = "DATE".equals(k.ner()) || DAY_WORDS.contains(k.lower());
      LocalTime time = clock && !dateWord ? LocalTime.parse(m.group(2)) : null;
      return new Sutime(dateWord ? date : null, part, dateWord || part != null, time);
    }
  }

  /** A time in UTC at token i ("1410 GMT", "14:10 UTC"), or null. */
  private static LocalTime utcAt(List<Token> t, int i) {
    if (i + 1 >= t.size() || !(t.get(i + 1).is("gmt") || t.get(i + 1).is("utc"))) {
      return null;
    }
    Matcher m = UTC_CLOCK.matcher(t.get(i).text());
    if (!m.matches()) {
      return null;
    }
    int hour = Integer.parseInt(m.group(1));
    int minute = Integer.parseInt(m.group(2));
    return hour < 24 && minute < 60 ? LocalTime.of(hour, minute) : null;
  }

  /** The UTC offset of a local time given with its UTC equivalent, or null. */
  private static ZoneOffset offset(LocalTime local, LocalTime utc) {
    if (local == null || utc == null) {
      return null;
    }
    int minutes = (local.toSecondOfDay() - utc.toSecondOfDay()) / 60;
    if (minutes > 14 * 60) {
      minutes -= 24 * 60;
    } else if (minutes < -12 * 60) {
      minutes += 24 * 60;
    }
    // Offsets are whole quarters of an hour; anything else is a misreading, not an offset.
    return minutes % 15 == 0 && minutes >= -12 * 60 && minutes <= 14 * 60
        ? ZoneOffset.ofTotalSeconds(minutes * 60)
        : null;
  }

  private String valueOfHedgeBefore(List<Token> t, int i) {
    PhraseList.Match m = hedges.endingAt(t, i);
    return m == null ? null : m.value();
  }

  /** "7:10 p.m.", "19:10", "9 am" at token i, or null. */
  private static LocalTime clockAt(List<Token> t, int i) {
    String w = t.get(i).text();
    String next = i + 1 < t.size() ? t.get(i + 1).text() : "";
    Matcher ampm = AM_PM.matcher(next);
    boolean hasAmPm = ampm.matches();
    int hour;
    int minute;
    Matcher c = CLOCK.matcher(w);
    if (c.matches()) {
      hour = Integer.parseInt(c.group(1));
      minute = Integer.parseInt(c.group(2));
      if (!hasAmPm && !w.contains(":")) {
        return null; // "7.10" without am/pm is a number, not a time
      }
    } else if (HOUR.matcher(w).matches() && hasAmPm) {
      hour = Integer.parseInt(w);
      minute = 0;
    } else if (HOUR.matcher(w).matches()
        && next.matches("\\d{2}")
        && i + 2 < t.size()
        && (ampm = AM_PM.matcher(t.get(i + 2).text())).matches()) {
      hasAmPm = true; // "at around 11 45 am": the minutes apart
      hour = Integer.parseInt(w);
      minute = Integer.parseInt(next);
    } else {
      return null;
    }
    if (hasAmPm) {
      boolean pm = Character.toLowerCase(ampm.group(1).charAt(0)) == 'p';
      if (hour < 1 || hour > 12) {
        return null;
      }
      hour = hour % 12 + (pm ? 12 : 0);
    }
    if (hour > 23 || minute > 59) {
      return null;
    }
    return LocalTime.of(hour, minute);
  }
}
