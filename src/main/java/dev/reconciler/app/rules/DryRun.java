package dev.reconciler.app.rules;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reconciler.app.reconciling.PublishedChange;
import dev.reconciler.app.reconciling.RecordReconciliation;
import dev.reconciler.json.Json;
import dev.reconciler.reconcile.Reconciler;
import dev.reconciler.reconcile.RuleSet;
import dev.reconciler.store.ClaimRepository;
import dev.reconciler.store.IncidentRecord;
import dev.reconciler.store.IncidentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * What a candidate rule set would change: every incident reconciled with it and compared with its
 * current resolution, attribute by attribute, in one transaction. Writes nothing.
 */
@ApplicationScoped
@Transactional
public class DryRun {

  private final EntityManager em;
  private final Clock clock;

  @Inject
  public DryRun(EntityManager em, Clock clock) {
    this.em = em;
    this.clock = clock;
  }

  /** For the container's proxy. */
  protected DryRun() {
    this(null, null);
  }

  /**
   * {@code {"candidate":{"version","hash"},"incidents":N,"changes":[{"incident","attribute",
   * "before":{"status","best"},"after":{...}}],"failures":[{"incident","error"}]}}.
   *
   * @throws dev.reconciler.reconcile.RuleSetException when the candidate does not compile
   */
  public ObjectNode run(RuleSet candidate) {
    new Reconciler(candidate); // a candidate that does not compile fails here, with no incident
    ObjectNode out = Json.MAPPER.createObjectNode();
    ObjectNode c = out.putObject("candidate");
    c.put("version", candidate.version());
    c.put("hash", candidate.hash());
    ArrayNode changes = Json.MAPPER.createArrayNode();
    ArrayNode failures = Json.MAPPER.createArrayNode();
    RecordReconciliation reconciliation = new RecordReconciliation(em, clock);
    ClaimRepository claims = new ClaimRepository(em);
    List<Long> ids = new IncidentRepository(em).all().stream().map(IncidentRecord::id).toList();
    // Read and evaluated in batches, as a re-reconciliation does, not four queries per incident.
    for (int from = 0; from < ids.size(); from += Rereconciliation.BATCH) {
      List<Long> batch = ids.subList(from, Math.min(from + Rereconciliation.BATCH, ids.size()));
      RecordReconciliation.Evaluated evaluated =
          reconciliation.evaluateAll(claims.recordsOf(batch), candidate);
      for (RecordReconciliation.Evaluation e : evaluated.evaluations()) {
        for (PublishedChange change : e.changes()) {
          ObjectNode n = Json.MAPPER.createObjectNode();
          n.put("incident", e.incidentId());
          n.setAll(change.toJson());
          changes.add(n);
        }
      }
      evaluated
          .failures()
          .forEach(
              (incident, error) -> {
                ObjectNode f = failures.addObject();
                f.put("incident", incident);
                f.put("error", String.valueOf(error.getMessage()));
              });
    }
    out.put("incidents", ids.size());
    out.set("changes", changes);
    out.set("failures", failures);
    return out;
  }
}
