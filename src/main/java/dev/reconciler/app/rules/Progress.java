package dev.reconciler.app.rules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reconciler.json.Json;

/**
 * How far a re-reconciliation after a rule change has come.
 *
 * @param done incidents handled, failed ones included, so that done reaches total
 * @param changed incidents that got a new resolution
 * @param failed incidents that could not be reconciled (logged; the others go on)
 * @param running true from activation until every incident was handled or a newer activation
 *     superseded the run
 */
public record Progress(
    String ruleSetHash, int total, int done, int changed, int failed, boolean running) {

  public static final Progress NONE = new Progress(null, 0, 0, 0, 0, false);

  /** {@code {"done","total","changed","failed","running"}}. */
  public ObjectNode toJson() {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("done", done);
    n.put("total", total);
    n.put("changed", changed);
    n.put("failed", failed);
    n.put("running", running);
    return n;
  }
}
