package dev.reconciler.report;

/** A report that cannot be read; the message says what and where, in one line. */
public final class BadReportException extends RuntimeException {

  public BadReportException(String message) {
    super(message);
  }
}
