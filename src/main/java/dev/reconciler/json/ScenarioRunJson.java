package dev.reconciler.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reconciler.reconcile.scenario.ScenarioRun;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Scenario runs as stored with a rule-set version: {@code {path: {"text","name","passed",
 * "firedRules":[...],"problem"}}}, in path order.
 */
public final class ScenarioRunJson {

  private ScenarioRunJson() {}

  public static ObjectNode toJson(List<ScenarioRun> runs) {
    ObjectNode out = Json.MAPPER.createObjectNode();
    for (ScenarioRun r : runs) {
      ObjectNode n = out.putObject(r.path());
      n.put("text", r.text());
      n.put("name", r.name());
      n.put("passed", r.passed());
      r.firedRules().forEach(n.putArray("firedRules")::add);
      if (r.problem() != null) {
        n.put("problem", r.problem());
      }
    }
    return out;
  }

  /** The runs {@link #toJson} wrote, in path order (a jsonb column keeps no order of its own). */
  public static List<ScenarioRun> fromJson(JsonNode stored) {
    List<ScenarioRun> runs = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = stored.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      JsonNode n = f.getValue();
      List<String> fired = new ArrayList<>();
      n.path("firedRules").forEach(r -> fired.add(r.asText()));
      runs.add(
          new ScenarioRun(
              f.getKey(),
              n.path("text").asText(""),
              n.path("name").asText(f.getKey()),
              n.path("passed").asBoolean(false),
              fired,
              n.hasNonNull("problem") ? n.get("problem").asText() : null));
    }
    runs.sort((a, b) -> a.path().compareTo(b.path()));
    return runs;
  }
}
