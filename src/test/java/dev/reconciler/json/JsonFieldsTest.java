package dev.reconciler.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** One reader of fields for every document: errors are one line naming the field and where. */
class JsonFieldsTest {

  private static JsonNode json(String s) throws Exception {
    return Json.MAPPER.readTree(s);
  }

  @Test
  void aRequiredTextIsPresentAStringAndNotBlank() throws Exception {
    assertThat(
            JsonFields.requiredText(
                json("{\"text\": \"x\"}"), null, "text", "the report's full text"))
        .isEqualTo("x");
    assertThatThrownBy(
            () ->
                JsonFields.requiredText(
                    json("{\"text\": null}"), null, "text", "the report's full text"))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage("the field 'text' is missing: the report's full text");
    assertThatThrownBy(
            () ->
                JsonFields.requiredText(
                    json("{\"text\": true}"), null, "text", "the report's full text"))
        .hasMessage("'text' must be a string, not a boolean");
    assertThatThrownBy(
            () ->
                JsonFields.requiredText(
                    json("{\"text\": \"  \"}"), "", "text", "the report's full text"))
        .hasMessage("'text' is empty: the report's full text");
    assertThatThrownBy(() -> JsonFields.requiredText(json("{}"), "claims[2]", "report", null))
        .hasMessage("claims[2]: the field 'report' is missing");
  }

  @Test
  void optionalFieldsAreNullWhenAbsentAndCheckedWhenPresent() throws Exception {
    JsonNode n =
        json(
            "{\"publisher\": \" Dawn \", \"url\": \"\", \"incidentId\": 3, \"publishedAt\":"
                + " \"2023-02-17\"}");
    assertThat(JsonFields.optionalText(n, null, "publisher")).isEqualTo("Dawn");
    assertThat(JsonFields.optionalText(n, null, "url")).isNull();
    assertThat(JsonFields.optionalText(n, null, "absent")).isNull();
    assertThat(JsonFields.optionalId(n, null, "incidentId")).isEqualTo(3L);
    assertThat(JsonFields.optionalDate(n, null, "publishedAt"))
        .isEqualTo(LocalDate.of(2023, 2, 17));
    assertThat(JsonFields.optionalDate(json("{\"d\": \"2023-02-17T23:30:00+05:00\"}"), null, "d"))
        .isEqualTo(LocalDate.of(2023, 2, 17));

    assertThatThrownBy(() -> JsonFields.optionalText(json("{\"url\": 5}"), null, "url"))
        .hasMessage("'url' must be a string, not a number");
    assertThatThrownBy(
            () -> JsonFields.optionalId(json("{\"incidentId\": \"seven\"}"), null, "incidentId"))
        .hasMessage("'incidentId' must be a whole number of at least 1, not \"seven\"");
    assertThatThrownBy(() -> JsonFields.optionalId(json("{\"incidentId\": 0}"), null, "incidentId"))
        .hasMessageContaining("'incidentId' must be a whole number of at least 1");
    assertThatThrownBy(
            () ->
                JsonFields.optionalDate(json("{\"publishedAt\": \"17 Feb\"}"), null, "publishedAt"))
        .hasMessage("'publishedAt' must be a date (YYYY-MM-DD or an ISO date-time), not '17 Feb'");
  }
}
