package dev.reconciler.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reconciler.json.JsonFormatException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JsonBodyTest {

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void malformedJsonSaysWhereWithoutJacksonsSourceNoise() {
    assertThatThrownBy(() -> JsonBody.object(b("{\"text\": ")))
        .isInstanceOfSatisfying(
            ProblemException.class, p -> assertThat(p.slug()).isEqualTo("malformed-json"))
        .hasMessageContaining("line 1")
        .hasMessageNotContaining("Source");
    assertThatThrownBy(() -> JsonBody.object(b("[1]"))).hasMessageContaining("an array");
    assertThatThrownBy(() -> JsonBody.object(new byte[0])).hasMessageContaining("empty");
  }

  @Test
  void aReportRequestNamesTheFieldAtFault() {
    // A JsonFormatException is the 400 invalid-field problem (ProblemMapper), as for claims.
    assertThatThrownBy(() -> ReportRequest.fromJson(JsonBody.object(b("{}"))))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage("the field 'text' is missing: the report's full text");
    assertThatThrownBy(() -> ReportRequest.fromJson(JsonBody.object(b("{\"text\": 5}"))))
        .hasMessageContaining("'text' must be a string");
    assertThatThrownBy(
            () ->
                ReportRequest.fromJson(JsonBody.object(b("{\"text\": \"x\", \"incidentId\": 0}"))))
        .hasMessageContaining("'incidentId'");
    ReportRequest ok =
        ReportRequest.fromJson(
            JsonBody.object(
                b(
                    "{\"text\": \"x\", \"publishedAt\": \"2023-02-17T10:00:00Z\", \"incidentId\":"
                        + " 3}")));
    assertThat(ok.publishedAt()).isEqualTo(LocalDate.of(2023, 2, 17));
    assertThat(ok.incidentId()).isEqualTo(3L);
  }

  @Test
  void ruleFilesMustBeRelativeTexts() {
    assertThat(RuleFilesRequest.fromBody(b("  ")).files()).isEmpty();
    assertThatThrownBy(
            () -> RuleFilesRequest.fromBody(b("{\"files\": {\"../etc/passwd\": \"x\"}}")))
        .hasMessageContaining("relative");
    assertThatThrownBy(() -> RuleFilesRequest.fromBody(b("{\"files\": {\"policy/a.drl\": 3}}")))
        .hasMessageContaining("files['policy/a.drl']");
    assertThat(RuleFilesRequest.fromBody(b("{\"files\": {\"policy/a.drl\": null}}")).files())
        .containsEntry("policy/a.drl", null);
  }
}
