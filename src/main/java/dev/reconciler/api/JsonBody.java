package dev.reconciler.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.reconciler.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads request bodies as JSON and their fields, turning every defect into a 400 problem that says
 * where the JSON breaks or which field is missing or malformed.
 */
final class JsonBody {

  private JsonBody() {}

  /** The body as a JSON object; empty bodies are refused unless the caller handles them first. */
  static JsonNode object(byte[] body) {
    JsonNode node = any(body);
    if (!node.isObject()) {
      throw ProblemException.malformedJson("expected a JSON object, not " + kind(node));
    }
    return node;
  }

  /** The body as any JSON value. */
  static JsonNode any(byte[] body) {
    if (body == null || body.length == 0) {
      throw ProblemException.malformedJson("the body is empty; expected a JSON object");
    }
    JsonNode node;
    try {
      node = Json.MAPPER.readTree(new String(body, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
      // Jackson appends where it read from ("[Source: REDACTED ...]"), which tells a client nothing.
      String message = e.getOriginalMessage().replaceAll("\\s*\\(start marker at \\[Source.*$", "");
      throw ProblemException.malformedJson(where + message);
    }
    if (node == null || node.isMissingNode()) {
      throw ProblemException.malformedJson("the body holds no JSON value");
    }
    return node;
  }

  static boolean isEmpty(byte[] body) {
    return body == null || new String(body, StandardCharsets.UTF_8).isBlank();
  }

  /** A required, non-blank text field. */
  static String requiredText(JsonNode object, String field, String what) {
    JsonNode n = object.get(field);
    if (n == null || n.isNull()) {
      throw ProblemException.invalidField("the field '" + field + "' is missing: " + what);
    }
    if (!n.isTextual()) {
      throw ProblemException.invalidField("'" + field + "' must be a string, not " + kind(n));
    }
    if (n.asText().isBlank()) {
      throw ProblemException.invalidField("'" + field + "' is empty: " + what);
    }
    return n.asText();
  }

  /** An optional text field; null when absent, null or blank. */
  static String optionalText(JsonNode object, String field) {
    JsonNode n = object.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isTextual()) {
      throw ProblemException.invalidField("'" + field + "' must be a string, not " + kind(n));
    }
    return n.asText().isBlank() ? null : n.asText().strip();
  }

  /** An optional whole number at least 1 (an id). */
  static Long optionalId(JsonNode object, String field) {
    JsonNode n = object.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isIntegralNumber() || !n.canConvertToLong() || n.asLong() < 1) {
      throw ProblemException.invalidField(
          "'" + field + "' must be a whole number of at least 1, not " + n);
    }
    return n.asLong();
  }

  /** An optional date, as {@code YYYY-MM-DD} or an ISO date-time (whose date counts). */
  static LocalDate optionalDate(JsonNode object, String field) {
    String text = optionalText(object, field);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException notADate) {
      try {
        return OffsetDateTime.parse(text).toLocalDate();
      } catch (DateTimeParseException e) {
        throw ProblemException.invalidField(
            "'" + field + "' must be a date (YYYY-MM-DD or an ISO date-time), not '" + text + "'");
      }
    }
  }

  static String kind(JsonNode n) {
    return switch (n.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case STRING -> "a string";
      case NULL -> "null";
      default -> n.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
