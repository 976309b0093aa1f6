package dev.reconciler.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reconciler.app.reports.Submission;
import java.time.LocalDate;

/**
 * The body of {@code POST /api/reports} as JSON: {@code {text, publisher?, url?, publishedAt?,
 * incidentId?}}.
 */
record ReportRequest(String text, String publisher, String url, LocalDate publishedAt, Long incidentId) {

  static ReportRequest fromJson(JsonNode body) {
    return new ReportRequest(
        JsonBody.requiredText(body, "text", "the report's full text"),
        JsonBody.optionalText(body, "publisher"),
        JsonBody.optionalText(body, "url"),
        JsonBody.optionalDate(body, "publishedAt"),
        JsonBody.optionalId(body, "incidentId"));
  }

  Submission toSubmission() {
    return new Submission(text, publisher, url, publishedAt, incidentId);
  }
}
