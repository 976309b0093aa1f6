package dev.reconciler.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.reconciler.app.reports.Submission;
import dev.reconciler.report.Report;
import dev.reconciler.report.ReportReader;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes what a body posted to {@code POST /api/reports} goes through before the extractor: as
 * {@code application/json} ({@link JsonBody}, {@link ReportRequest}, then {@link ReportReader}) and
 * as {@code text/plain} (the text straight to {@link ReportReader}). Either a report or a bad-input
 * refusal ({@link FuzzContract}); CoreNLP is left out (seconds per input). Seeds and findings:
 * {@code src/test/resources/dev/reconciler/api/ReportBodyFuzzTestInputs/reportBody/}.
 */
class ReportBodyFuzzTest {

  static {
    check(
        "{\"text\": \" date 2023-02-17 By Dawn\\nGunmen attacked.\", \"publishedAt\": \"2023-02-17\"}"
            .getBytes(StandardCharsets.UTF_8));
  }

  @FuzzTest(maxDuration = "2m")
  void reportBody(byte[] body) {
    FuzzContract.within(body, () -> check(body));
  }

  private static void check(byte[] body) {
    Report json =
        FuzzContract.valueOrRefusal(
            () -> read(ReportRequest.fromJson(JsonBody.object(body)).toSubmission()));
    if (json != null) {
      assertThat(json.text()).isNotBlank();
    }
    String text = new String(body, StandardCharsets.UTF_8);
    Report plain =
        FuzzContract.valueOrRefusal(() -> read(new Submission(text, null, null, null, null)));
    if (plain != null) {
      assertThat(plain.text()).isEqualTo(text);
      assertThat(plain.id()).hasSize(64);
    }
  }

  /** What {@code SubmitReport.submit} reads before it takes the extractor. */
  private static Report read(Submission s) {
    if (s.text() == null || s.text().isBlank()) {
      // ReportResource.submitText refuses a blank text/plain body before the use case.
      throw ProblemException.invalidField("the body is empty: send the report's text");
    }
    return ReportReader.parse(s.text(), "text", s.publisher(), s.publishedOn(), s.url());
  }
}
