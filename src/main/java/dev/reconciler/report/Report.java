package dev.reconciler.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A news report as received.
 *
 * @param id a hash of the normalised text, so the same report sent twice is recognised
 * @param text the full text, as received
 * @param headline the headline where the text has one, else null
 * @param publisher the publisher where the text or the client names one, else null
 * @param publishedOn the report's date, or null when it has none (it then counts as earliest); for
 *     a date known only to the month or year, the first day of that month or year
 * @param datePrecision {@code DAYS}, {@code MONTHS} or {@code YEARS}: how much of {@code
 *     publishedOn} the report gives; null when it has no date
 * @param url where it was published, when known, else null
 * @param name a human label, such as the file name it was read from
 */
public record Report(
    String id,
    String text,
    String headline,
    String publisher,
    LocalDate publishedOn,
    ChronoUnit datePrecision,
    String url,
    String name) {

  public Report {
    Objects.requireNonNull(text, "a report needs its text");
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a report needs an id");
    }
    if ((publishedOn == null) != (datePrecision == null)) {
      throw new IllegalArgumentException("a report's date and its precision go together");
    }
  }

  /** A report dated to the day, or undated. */
  public Report(
      String id,
      String text,
      String headline,
      String publisher,
      LocalDate publishedOn,
      String url,
      String name) {
    this(
        id,
        text,
        headline,
        publisher,
        publishedOn,
        publishedOn == null ? null : ChronoUnit.DAYS,
        url,
        name);
  }

  /** The report's date when it gives the day, else null: only such a date resolves "on Friday". */
  public LocalDate publishedOnDay() {
    return datePrecision == ChronoUnit.DAYS ? publishedOn : null;
  }
}
