package dev.reconciler.ingest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reconciler.json.Json;
import dev.reconciler.reconcile.RuleSet;
import dev.reconciler.store.IncidentRecord;
import dev.reconciler.store.IncidentRepository;
import jakarta.persistence.EntityManager;
import java.time.Clock;

/**
 * What a candidate rule set would change: every incident reconciled with it and compared with its
 * current resolution, attribute by attribute. Writes nothing.
 */
public final class DryRun {

  private final EntityManager em;

  public DryRun(EntityManager em) {
    this.em = em;
  }

  /**
   * {@code {"candidate":{"version","hash"},"incidents":N,"changes":[{"incident","attribute",
   * "before":{"status","best"},"after":{...}}],"failures":[{"incident","error"}]}}.
   */
  public ObjectNode run(RuleSet candidate) {
    ObjectNode out = Json.MAPPER.createObjectNode();
    ObjectNode c = out.putObject("candidate");
    c.put("version", candidate.version());
    c.put("hash", candidate.hash());
    ArrayNode changes = Json.MAPPER.createArrayNode();
    ArrayNode failures = Json.MAPPER.createArrayNode();
    IncidentReconciliation reconciliation = new IncidentReconciliation(em, Clock.systemUTC());
    var incidents = new IncidentRepository(em).all();
    for (IncidentRecord incident : incidents) {
      try {
        for (AttributeChange change : reconciliation.evaluate(incident.id(), candidate).changes()) {
          ObjectNode n = Json.MAPPER.createObjectNode();
          n.put("incident", incident.id());
          n.setAll(change.toJson());
          changes.add(n);
        }
      } catch (RuntimeException e) {
        ObjectNode f = failures.addObject();
        f.put("incident", incident.id());
        f.put("error", String.valueOf(e.getMessage()));
      }
    }
    out.put("incidents", incidents.size());
    out.set("changes", changes);
    out.set("failures", failures);
    return out;
  }
}
