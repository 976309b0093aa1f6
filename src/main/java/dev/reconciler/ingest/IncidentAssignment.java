package dev.reconciler.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reconciler.claim.Claim;
import dev.reconciler.report.Report;
import dev.reconciler.store.IncidentRecord;
import dev.reconciler.store.IncidentRepository;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;

/**
 * Decides which incident a new report belongs to: the one the client names; else an incident at the
 * same place dated within a day of the report's key; else a new incident. The chosen incident is
 * locked (or new, so invisible to others) when this returns.
 */
final class IncidentAssignment {

  static final String BY_CLIENT = "named by the client";
  static final String BY_PLACE_AND_DATE = "same place and date within a day";
  static final String NEW = "new incident";

  /** The incident, why, and the audit detail saying so. */
  record Assignment(IncidentRecord incident, String reason, ObjectNode detail) {}

  private final EntityManager em;
  private final Clock clock;

  IncidentAssignment(EntityManager em, Clock clock) {
    this.em = em;
    this.clock = clock;
  }

  Assignment assign(Report report, List<Claim> claims, Long incidentId, ActiveRuleSet rules) {
    IncidentRepository incidents = new IncidentRepository(em);
    IncidentKey key = IncidentKey.of(report, claims, rules.ruleSet().data());
    ObjectNode detail = PendingAudit.detail();
    detail.put("place", key.place());
    detail.put("date", key.date() == null ? null : key.date().toString());
    if (incidentId != null) {
      IncidentRecord named =
          incidents.findForUpdate(incidentId).orElseThrow(() -> new NoSuchIncidentException(incidentId));
      named.learn(key.place(), key.date());
      return done(named, BY_CLIENT, detail);
    }
    if (key.complete()) {
      // Two reports of one new incident must not both find none and both create one.
      Locks.lock(em, key.lockKeys());
      List<IncidentRecord> near = incidents.near(key.place(), key.date());
      if (!near.isEmpty()) {
        IncidentRecord match = incidents.findForUpdate(near.get(0).id()).orElseThrow();
        detail.put("matchedPlace", match.place());
        detail.put("matchedDate", String.valueOf(match.incidentDate()));
        return done(match, BY_PLACE_AND_DATE, detail);
      }
    } else {
      detail.put("why", "the report gives no " + (key.place() == null ? "place" : "date") + " to match on");
    }
    String title = report.headline() != null ? report.headline() : key.complete() ? key.toString() : null;
    IncidentRecord created =
        incidents.store(new IncidentRecord(title, key.place(), key.date(), clock.instant()));
    return done(created, NEW, detail);
  }

  private static Assignment done(IncidentRecord incident, String reason, ObjectNode detail) {
    detail.put("incident", incident.id());
    detail.put("reason", reason);
    return new Assignment(incident, reason, detail);
  }
}
