package dev.reconciler.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.reconciler.json.Json;
import dev.reconciler.reconcile.RuleSetException;
import dev.reconciler.reconcile.RuleSetProblem;

/**
 * A {@link RuleSetException}'s problems as the {@code errors} array of a problem document: {@code
 * {file, line, column, message}} each, as the compiler or the loader reported them; the file is
 * empty and the line or column 0 when the problem has none.
 */
final class RuleSetErrors {

  private RuleSetErrors() {}

  static ArrayNode toJson(RuleSetException e) {
    ArrayNode errors = Json.MAPPER.createArrayNode();
    for (RuleSetProblem p : e.problems()) {
      errors
          .addObject()
          .put("file", p.file() == null ? "" : p.file())
          .put("line", p.line())
          .put("column", p.column())
          .put("message", p.message());
    }
    return errors;
  }
}
