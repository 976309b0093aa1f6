package dev.reconciler.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Reads one field of a JSON object, for every document the project reads (a claim, a report sent to
 * the API): a wrong or missing field is a {@link JsonFormatException} whose one line names the
 * field, and where the object is when {@code where} is given ({@code claims[3]: the field 'report'
 * is missing}); the API answers it as a 400 problem of type invalid-field.
 */
public final class JsonFields {

  private JsonFields() {}

  /**
   * A required, non-blank text field; {@code what} (may be null) says what it holds, for the
   * message when it is missing or empty.
   */
  public static String requiredText(JsonNode object, String where, String field, String what) {
    JsonNode n = object.get(field);
    if (n == null || n.isNull()) {
      throw error(
          where, "the field '" + field + "' is missing" + (what == null ? "" : ": " + what));
    }
    if (!n.isTextual()) {
      throw error(where, "'" + field + "' must be a string, not " + kind(n));
    }
    if (n.asText().isBlank()) {
      throw error(where, "'" + field + "' is empty" + (what == null ? "" : ": " + what));
    }
    return n.asText();
  }

  /** An optional text field; null when absent, null or blank, stripped otherwise. */
  public static String optionalText(JsonNode object, String where, String field) {
    JsonNode n = object.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isTextual()) {
      throw error(where, "'" + field + "' must be a string, not " + kind(n));
    }
    return n.asText().isBlank() ? null : n.asText().strip();
  }

  /** An optional whole number at least 1 (an id). */
  public static Long optionalId(JsonNode object, String where, String field) {
    JsonNode n = object.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isIntegralNumber() || !n.canConvertToLong() || n.asLong() < 1) {
      throw error(where, "'" + field + "' must be a whole number of at least 1, not " + n);
    }
    return n.asLong();
  }

  /** An optional date, as {@code YYYY-MM-DD} or an ISO date-time (whose date counts). */
  public static LocalDate optionalDate(JsonNode object, String where, String field) {
    String text = optionalText(object, where, field);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException notADate) {
      try {
        return OffsetDateTime.parse(text).toLocalDate();
      } catch (DateTimeParseException e) {
        throw error(
            where,
            "'" + field + "' must be a date (YYYY-MM-DD or an ISO date-time), not '" + text + "'");
      }
    }
  }

  /** What kind of JSON value {@code n} is, for messages: "an array", "a number". */
  public static String kind(JsonNode n) {
    return switch (n.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case STRING -> "a string";
      case NULL -> "null";
      default -> n.getNodeType().toString().toLowerCase(Locale.ROOT);
    };
  }

  private static JsonFormatException error(String where, String message) {
    return new JsonFormatException(
        where == null || where.isEmpty() ? message : where + ": " + message);
  }
}
