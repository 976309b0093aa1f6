package dev.reconciler.claim;

/**
 * Where a claim comes from: the report, the sentence, and the sentence's character offsets in the
 * report's text ({@code start} inclusive, {@code end} exclusive).
 */
public record Evidence(String reportId, String sentence, int start, int end) {

  public Evidence {
    if (reportId == null || reportId.isBlank()) {
      throw new IllegalArgumentException("evidence needs the id of its report");
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "evidence offsets " + start + ".." + end + " are not a span");
    }
  }
}
