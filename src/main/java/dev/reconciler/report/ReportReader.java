package dev.reconciler.report;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a report in the seed format: an optional first line beginning {@code " date YYYY-MM-DD"}
 * (or only {@code YYYY-MM} or {@code YYYY}, as stored pages often give it; the rest of that line is
 * the first paragraph), an optional headline, then the body. A date or publisher given by the
 * client wins over what the text says.
 */
public final class ReportReader {

  private static final Pattern DATE_LINE = Pattern.compile("^\\s*date\\s+(\\S+)\\s*(.*)$");
  private static final Pattern BY_PUBLISHER =
      Pattern.compile("^By\\s+(\\p{Lu}[\\p{L}.&'’-]*(?:\\s+\\p{Lu}[\\p{L}.&'’-]*){0,4})\\s*$");

  /**
   * The longest report read, in characters. A news report is a few thousand; the bound keeps the
   * extractor's time per report bounded: CoreNLP reads about 2,000 characters a second on one core,
   * so at most about 25 s. About 15 pages of text.
   */
  public static final int MAX_CHARS = 50_000;

  /** More control characters than this share of the text means it is not text. */
  private static final double MAX_CONTROL_SHARE = 0.01;

  /** A headline is a short line without a closing full stop. */
  private static final int HEADLINE_MAX_CHARS = 160;

  private ReportReader() {}

  /** Reads a report file (UTF-8); its file name becomes the report's name. */
  public static Report read(Path file) {
    String text;
    try {
      // UTF-8 takes at most 4 bytes a character: a larger file is too long without reading it.
      if (Files.size(file) > 4L * MAX_CHARS) {
        throw new BadReportException(
            file
                + ": the report is too long ("
                + Files.size(file)
                + " bytes; at most "
                + MAX_CHARS
                + " characters)");
      }
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new BadReportException(file + ": no such file");
    } catch (CharacterCodingException e) {
      throw new BadReportException(file + ": not UTF-8 text");
    } catch (IOException e) {
      throw new BadReportException(file + ": cannot be read: " + e.getMessage());
    }
    return parse(text, file.toString(), file.getFileName().toString(), null, null, null);
  }

  /**
   * Parses report text. {@code publisher}, {@code publishedOn} and {@code url} come from the client
   * and may be null; {@code where} names the source in error messages.
   */
  public static Report parse(
      String text, String where, String publisher, LocalDate publishedOn, String url) {
    return parse(text, where, where, publisher, publishedOn, url);
  }

  /** Parses report text; errors name {@code where}, the report is named {@code name}. */
  private static Report parse(
      String text, String where, String name, String publisher, LocalDate publishedOn, String url) {
    if (text == null || text.isBlank()) {
      throw new BadReportException(where + ": the report has no text");
    }
    if (text.indexOf('\0') >= 0 || controlShare(text) > MAX_CONTROL_SHARE) {
      throw new BadReportException(where + ": the report is binary, not text");
    }
    if (text.length() > MAX_CHARS) {
      throw new BadReportException(
          where
              + ": the report is too long ("
              + text.length()
              + " characters; at most "
              + MAX_CHARS
              + ")");
    }
    String[] lines = text.strip().split("\\R", -1);
    PartialDate dated = null;
    String byline = null;
    Matcher date = DATE_LINE.matcher(lines[0]);
    if (date.matches()) {
      dated = PartialDate.parse(date.group(1), where + ":1");
      Matcher by = BY_PUBLISHER.matcher(date.group(2).strip());
      if (by.matches()) {
        byline = by.group(1);
      }
      lines[0] = date.group(2); // the rest of the date line is the report's first line
    }
    String headline = byline == null && looksLikeHeadline(lines) ? lines[0].strip() : null;
    if (publishedOn != null) {
      dated = new PartialDate(publishedOn, ChronoUnit.DAYS);
    }
    return new Report(
        idOf(text),
        text,
        headline,
        publisher != null ? publisher : byline,
        dated == null ? null : dated.first(),
        dated == null ? null : dated.precision(),
        url,
        name);
  }

  private static double controlShare(String text) {
    long control =
        text.chars()
            .filter(
                c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')
            .count();
    return (double) control / text.length();
  }

  /** A date as a stored page gives it: a day, or only a month or a year. */
  private record PartialDate(LocalDate first, ChronoUnit precision) {

    static PartialDate parse(String text, String where) {
      try {
        if (text.matches("\\d{4}")) {
          return new PartialDate(Year.parse(text).atDay(1), ChronoUnit.YEARS);
        }
        if (text.matches("\\d{4}-\\d{2}")) {
          return new PartialDate(YearMonth.parse(text).atDay(1), ChronoUnit.MONTHS);
        }
        return new PartialDate(LocalDate.parse(text), ChronoUnit.DAYS);
      } catch (DateTimeParseException e) {
        throw new BadReportException(
            where + ": '" + text + "' is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)");
      }
    }
  }

  private static boolean looksLikeHeadline(String[] lines) {
    String first = lines[0].strip();
    return lines.length > 1
        && !first.isEmpty()
        && first.length() <= HEADLINE_MAX_CHARS
        && !first.matches(".*[.!?\"”]$");
  }

  /**
   * The report's identity: SHA-256 of its text after Unicode normalisation (NFKC), case folding and
   * whitespace collapsing, so re-encoded or re-wrapped copies are the same report.
   */
  public static String idOf(String text) {
    String normal =
        Normalizer.normalize(text, Normalizer.Form.NFKC)
            .toLowerCase(Locale.ROOT)
            .replaceAll("\\s+", " ")
            .strip();
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(normal.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
