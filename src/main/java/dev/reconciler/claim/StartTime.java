package dev.reconciler.claim;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an attack began, as precisely as a report says it: any of a date (or only a weekday when the
 * report has no date), a clock time (or only a part of the day), and a UTC offset.
 *
 * <p>The text form is ISO-8601 where the parts allow ({@code 2023-02-17T19:10+05:00}, {@code
 * 19:10}, {@code 2023-02-17}) followed by words for the vague parts ({@code Friday night}, {@code
 * 2023-02-17 evening}).
 *
 * <p>A statement time (when a figure was given, not when the attack began) may instead be counted
 * from the attack's day, in a report without a date that tells both relative to its own day ("the
 * attack last night", "police confirmed this morning"): {@code attack+1d morning}, for the rules to
 * date once they know the attack's day.
 */
public record StartTime(
    LocalDate date,
    DayOfWeek weekday,
    LocalTime time,
    PartOfDay partOfDay,
    ZoneOffset offset,
    Integer daysAfterAttack)
    implements ClaimValue {

  private static final Pattern AFTER_ATTACK = Pattern.compile("attack\\+(\\d{1,2})d");

  public StartTime(
      LocalDate date, DayOfWeek weekday, LocalTime time, PartOfDay partOfDay, ZoneOffset offset) {
    this(date, weekday, time, partOfDay, offset, null);
  }

  private static final Pattern ISO =
      Pattern.compile(
          "(?:(\\d{4}-\\d{2}-\\d{2})(?:T|$))?(?:(\\d{2}:\\d{2}(?::\\d{2})?)(Z|[+-]\\d{2}:\\d{2})?)?");

  public StartTime {
    if (date != null && weekday != null && date.getDayOfWeek() != weekday) {
      throw new IllegalArgumentException(
          date + " is a " + date.getDayOfWeek() + ", not " + weekday);
    }
    if (date != null) {
      weekday = date.getDayOfWeek();
      daysAfterAttack = null;
    }
    if (daysAfterAttack != null && (daysAfterAttack < 0 || weekday != null)) {
      throw new IllegalArgumentException(
          "a day counted from the attack's is 0 or later and has no weekday, not "
              + daysAfterAttack);
    }
    if (time != null && partOfDay != null && !partOfDay.contains(time)) {
      throw new IllegalArgumentException(time + " is not in the " + partOfDay.key());
    }
    if (time != null) {
      partOfDay = null;
    }
    if (date == null
        && weekday == null
        && time == null
        && partOfDay == null
        && daysAfterAttack == null) {
      throw new IllegalArgumentException("a start time needs a date, weekday, time or part of day");
    }
  }

  /** Parses the text form; the message says what part could not be read. */
  public static StartTime parse(String text) {
    LocalDate date = null;
    DayOfWeek weekday = null;
    LocalTime time = null;
    PartOfDay part = null;
    ZoneOffset offset = null;
    Integer afterAttack = null;
    for (String token : text.strip().split("\\s+")) {
      Matcher m = ISO.matcher(token);
      Matcher after = AFTER_ATTACK.matcher(token);
      PartOfDay p = PartOfDay.fromWord(token);
      DayOfWeek d = weekdayNamed(token);
      if (p != null) {
        part = p;
      } else if (after.matches()) {
        afterAttack = Integer.parseInt(after.group(1));
      } else if (d != null) {
        weekday = d;
      } else if (!token.isEmpty() && m.matches()) {
        try {
          date = m.group(1) == null ? date : LocalDate.parse(m.group(1));
          time = m.group(2) == null ? time : LocalTime.parse(m.group(2));
          offset = m.group(3) == null ? offset : ZoneOffset.of(m.group(3));
        } catch (java.time.DateTimeException e) {
          throw new IllegalArgumentException("not a start time: '" + token + "' in '" + text + "'");
        }
      } else {
        throw new IllegalArgumentException("not a start time: '" + token + "' in '" + text + "'");
      }
    }
    return new StartTime(date, weekday, time, part, offset, afterAttack);
  }

  /** This time on {@code day}, which its count of days from the attack's day was waiting for. */
  public StartTime onDay(LocalDate day) {
    return new StartTime(day, null, time, partOfDay, offset);
  }

  /** The weekday an English word names ("Friday", "friday"), or null. */
  public static DayOfWeek weekdayNamed(String word) {
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(word)) {
        return d;
      }
    }
    return null;
  }

  /**
   * How much a value says. A clock time outweighs a date with a part of day, so that "19:10" is
   * more specific than "Friday night" (EDITORIAL-POLICY 5); the date still adds to a clock time.
   */
  private int detail() {
    return (date != null ? 2 : weekday != null ? 1 : 0)
        + (time != null ? 4 : partOfDay != null ? 1 : 0)
        + (offset != null ? 1 : 0);
  }

  @Override
  public boolean agreesWith(ClaimValue other) {
    if (!(other instanceof StartTime o)) {
      return false;
    }
    boolean days =
        date != null && o.date != null
            ? date.equals(o.date)
            : weekday == null || o.weekday == null || weekday == o.weekday;
    boolean clocks;
    if (time != null && o.time != null) {
      clocks =
          time.equals(o.time) && (offset == null || o.offset == null || offset.equals(o.offset));
    } else if (time != null && o.partOfDay != null) {
      clocks = o.partOfDay.contains(time);
    } else if (o.time != null && partOfDay != null) {
      clocks = partOfDay.contains(o.time);
    } else if (partOfDay != null && o.partOfDay != null) {
      clocks = partOfDay.overlaps(o.partOfDay);
    } else {
      clocks = true;
    }
    return days && clocks;
  }

  @Override
  public boolean isMoreSpecificThan(ClaimValue other) {
    return other instanceof StartTime o && agreesWith(o) && detail() > o.detail();
  }

  /** This value with the parts it lacks taken from an agreeing, vaguer or complementary value. */
  public StartTime completedBy(StartTime other) {
    if (!agreesWith(other)) {
      return this;
    }
    LocalDate d = date != null ? date : other.date;
    DayOfWeek w = d != null ? null : weekday != null ? weekday : other.weekday;
    LocalTime t = time != null ? time : other.time;
    PartOfDay p = t != null ? null : partOfDay != null ? partOfDay : other.partOfDay;
    ZoneOffset z = offset != null ? offset : other.offset;
    return new StartTime(d, w, t, p, z);
  }

  @Override
  public String display() {
    List<String> parts = new ArrayList<>();
    StringBuilder iso = new StringBuilder();
    if (date != null) {
      iso.append(date);
    }
    if (time != null) {
      if (date != null) {
        iso.append('T');
      }
      iso.append(time);
      if (offset != null) {
        iso.append(offset.getId().equals("Z") ? "Z" : offset.getId());
      }
    }
    if (iso.length() > 0) {
      parts.add(iso.toString());
    }
    if (date == null && weekday != null) {
      parts.add(weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    }
    if (daysAfterAttack != null) {
      parts.add("attack+" + daysAfterAttack + "d");
    }
    if (partOfDay != null) {
      parts.add(partOfDay.key());
    }
    return String.join(" ", parts);
  }

  @Override
  public String toString() {
    return display();
  }
}
