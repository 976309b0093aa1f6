package dev.reconciler.api;

import dev.reconciler.reconcile.RuleSetException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link RuleSetException}'s lines ({@code file:line:column: message}, one problem each) as the
 * {@code errors} array of a problem document: {@code {file, line, column, message}}, 0 when the
 * line or column is unknown.
 */
final class RuleSetErrors {

  private static final Pattern LINE = Pattern.compile("^(.+?)(?::(\\d+))?(?::(\\d+))?: (.*)$");

  private RuleSetErrors() {}

  static JsonArray toJson(RuleSetException e) {
    JsonArrayBuilder errors = Json.createArrayBuilder();
    String message = e.getMessage() == null ? "" : e.getMessage();
    for (String line : message.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      Matcher m = LINE.matcher(line.strip());
      if (m.matches()) {
        errors.add(
            Json.createObjectBuilder()
                .add("file", m.group(1))
                .add("line", m.group(2) == null ? 0 : Integer.parseInt(m.group(2)))
                .add("column", m.group(3) == null ? 0 : Integer.parseInt(m.group(3)))
                .add("message", m.group(4)));
      } else {
        errors.add(
            Json.createObjectBuilder().add("file", "").add("line", 0).add("column", 0).add("message", line.strip()));
      }
    }
    return errors.build();
  }
}
