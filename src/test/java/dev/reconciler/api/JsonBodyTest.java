package dev.reconciler.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.slug()).isEqualTo("malformed-json"))
        .hasMessageContaining("line 1")
        .hasMessageNotContaining("Source");
    assertThatThrownBy(() -> JsonBody.object(b("[1]"))).hasMessageContaining("an array");
    assertThatThrownBy(() -> JsonBody.object(new byte[0])).hasMessageContaining("empty");
  }

  @Test
  void aReportRequestNamesTheFieldAtFault() {
    assertThatThrownBy(() -> ReportRequest.fromJson(JsonBody.object(b("{}"))))
        .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(400))
        .hasMessageContaining("'text' is missing");
    assertThatThrownBy(() -> ReportRequest.fromJson(JsonBody.object(b("{\"text\": 5}"))))
        .hasMessageContaining("'text' must be a string");
    assertThatThrownBy(() -> ReportRequest.fromJson(JsonBody.object(b("{\"text\": \"x\", \"incidentId\": 0}"))))
        .hasMessageContaining("'incidentId'");
    ReportRequest ok =
        ReportRequest.fromJson(
            JsonBody.object(b("{\"text\": \"x\", \"publishedAt\": \"2023-02-17T10:00:00Z\", \"incidentId\": 3}")));
    assertThat(ok.publishedAt()).isEqualTo(LocalDate.of(2023, 2, 17));
    assertThat(ok.incidentId()).isEqualTo(3L);
  }

  @Test
  void ruleFilesMustBeRelativeTexts() {
    assertThat(RuleFilesRequest.fromBody(b("  ")).files()).isEmpty();
    assertThatThrownBy(() -> RuleFilesRequest.fromBody(b("{\"files\": {\"../etc/passwd\": \"x\"}}")))
        .hasMessageContaining("relative");
    assertThatThrownBy(() -> RuleFilesRequest.fromBody(b("{\"files\": {\"policy/a.drl\": 3}}")))
        .hasMessageContaining("files['policy/a.drl']");
    assertThat(RuleFilesRequest.fromBody(b("{\"files\": {\"policy/a.drl\": null}}")).files())
        .containsEntry("policy/a.drl", null);
  }
}
