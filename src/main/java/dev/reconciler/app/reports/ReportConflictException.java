package dev.reconciler.app.reports;

/**
 * A request that contradicts what is stored: a report already filed under another incident sent
 * with a different incident id, or a claim id already used in the incident by another report.
 */
public class ReportConflictException extends RuntimeException {

  public ReportConflictException(String message) {
    super(message);
  }
}
