package dev.reconciler.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reconciler.app.reports.Submission;
import dev.reconciler.json.JsonFields;
import java.time.LocalDate;

/**
 * The body of {@code POST /api/reports} as JSON: {@code {text, publisher?, url?, publishedAt?,
 * incidentId?}}.
 */
record ReportRequest(
    String text, String publisher, String url, LocalDate publishedAt, Long incidentId) {

  static ReportRequest fromJson(JsonNode body) {
    return new ReportRequest(
        JsonFields.requiredText(body, null, "text", "the report's full text"),
        JsonFields.optionalText(body, null, "publisher"),
        JsonFields.optionalText(body, null, "url"),
        JsonFields.optionalDate(body, null, "publishedAt"),
        JsonFields.optionalId(body, null, "incidentId"));
  }

  Submission toSubmission() {
    return new Submission(text, publisher, url, publishedAt, incidentId);
  }
}
