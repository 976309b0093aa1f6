package dev.reconciler.app.reconciling;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reconciler.json.Json;
import java.util.Objects;

/**
 * An attribute whose status or best value differs between two resolutions of an incident. An
 * incident without an earlier resolution counts as every attribute {@code unknown} with no value.
 */
public record PublishedChange(
    String attribute, String fromStatus, String fromBest, String toStatus, String toBest) {

  public static final String NO_RESOLUTION_STATUS = "unknown";

  public PublishedChange {
    Objects.requireNonNull(attribute, "a change needs its attribute");
  }

  /** {@code {"attribute", "before":{"status","best"}, "after":{"status","best"}}}. */
  public ObjectNode toJson() {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("attribute", attribute);
    ObjectNode before = n.putObject("before");
    before.put("status", fromStatus);
    before.put("best", fromBest);
    ObjectNode after = n.putObject("after");
    after.put("status", toStatus);
    after.put("best", toBest);
    return n;
  }
}
