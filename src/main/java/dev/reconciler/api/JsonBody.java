package dev.reconciler.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.reconciler.json.Json;
import dev.reconciler.json.JsonFields;
import java.nio.charset.StandardCharsets;

/**
 * Reads request bodies as JSON, turning every defect into a 400 problem that says where the JSON
 * breaks. Their fields are read with {@link JsonFields}, as every other document's.
 */
final class JsonBody {

  private JsonBody() {}

  /** The body as a JSON object; empty bodies are refused unless the caller handles them first. */
  static JsonNode object(byte[] body) {
    JsonNode node = any(body);
    if (!node.isObject()) {
      throw ProblemException.malformedJson("expected a JSON object, not " + JsonFields.kind(node));
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
      String where =
          at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
      // Jackson appends where it read from ("[Source: REDACTED ...]"), which tells a client
      // nothing.
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
}
