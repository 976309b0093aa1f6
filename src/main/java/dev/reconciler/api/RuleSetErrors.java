package dev.reconciler.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.reconciler.json.Json;
import dev.reconciler.reconcile.RuleSetException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link RuleSetException}'s lines ({@code file:line:column: message}, one problem each) as the
 * {@code errors} array of a problem document: {@code {file, line, column, message}}, 0 when the
 * line or column is unknown.
 */
final class RuleSetErrors {

  /** One problem in one rule file. */
  record RuleError(String file, int line, int column, String message) {}

  private static final Pattern LINE = Pattern.compile("^(.+?)(?::(\\d+))?(?::(\\d+))?: (.*)$");

  private RuleSetErrors() {}

  static List<RuleError> parse(RuleSetException e) {
    List<RuleError> errors = new ArrayList<>();
    String message = e.getMessage() == null ? "" : e.getMessage();
    for (String line : message.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      Matcher m = LINE.matcher(line.strip());
      errors.add(
          m.matches()
              ? new RuleError(m.group(1), number(m.group(2)), number(m.group(3)), m.group(4))
              : new RuleError("", 0, 0, line.strip()));
    }
    return errors;
  }

  static ArrayNode toJson(RuleSetException e) {
    ArrayNode errors = Json.MAPPER.createArrayNode();
    for (RuleError r : parse(e)) {
      errors.addObject()
          .put("file", r.file())
          .put("line", r.line())
          .put("column", r.column())
          .put("message", r.message());
    }
    return errors;
  }

  private static int number(String digits) {
    return digits == null ? 0 : Integer.parseInt(digits);
  }
}
