package dev.reconciler.app.reports;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reconciler.app.NoSuchIncidentException;
import dev.reconciler.app.reconciling.ActiveRuleSet;
import dev.reconciler.app.reconciling.PendingAudit;
import dev.reconciler.claim.Claim;
import dev.reconciler.report.Report;
import dev.reconciler.store.IncidentRecord;
import dev.reconciler.store.IncidentRepository;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Decides which incident a new report belongs to: the one the client names; else an incident at the
 * same place dated within a day of the report's key (see {@link #find}); else a new incident. The
 * chosen incident is locked (or new, so invisible to others) when this returns.
 */
public final class IncidentAssignment {

  public static final String BY_CLIENT = "named by the client";
  public static final String BY_PLACE_AND_DATE = "same place and date within a day";
  public static final String NEW = "new incident";

  /** How far back an undated report, or an undated incident, is matched. */
  static final Duration RECENT = Duration.ofDays(8);

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
    if (key.date() == null && key.weekday() != null) {
      detail.put("weekday", key.weekday().toString());
    }
    if (incidentId != null) {
      IncidentRecord named =
          incidents
              .findForUpdate(incidentId)
              .orElseThrow(() -> new NoSuchIncidentException(incidentId));
      named.learn(key.place(), key.date());
      return done(named, BY_CLIENT, detail);
    }
    if (key.matchable()) {
      // Two reports of one new incident must not both find none and both create one.
      Locks.lock(em, List.of(key.lockKey()));
      Optional<IncidentRecord> found = find(incidents, key);
      if (found.isPresent()) {
        IncidentRecord match = incidents.findForUpdate(found.get().id()).orElseThrow();
        detail.put("matchedPlace", match.place());
        detail.put("matchedDate", String.valueOf(match.incidentDate()));
        match.learn(key.place(), key.date());
        return done(match, BY_PLACE_AND_DATE, detail);
      }
    } else {
      detail.put(
          "why",
          "the report gives no " + (key.place() == null ? "place" : "date") + " to match on");
    }
    String title =
        report.headline() != null ? report.headline() : key.place() != null ? key.toString() : null;
    IncidentRecord created =
        incidents.store(new IncidentRecord(title, key.place(), key.date(), clock.instant()));
    return done(created, NEW, detail);
  }

  /**
   * The incident at the key's place dated within a day of its date (the oldest such); for a key
   * with only a weekday, the newest incident at the place, created within the last week, dated on
   * that weekday or a day off; for either, failing those, a recent undated incident at the place.
   */
  private Optional<IncidentRecord> find(IncidentRepository incidents, IncidentKey key) {
    if (key.date() != null) {
      Optional<IncidentRecord> near = incidents.near(key.place(), key.date()).stream().findFirst();
      if (near.isPresent()) {
        return near;
      }
    }
    Instant recent = clock.instant().minus(RECENT);
    return incidents.atPlace(key.place()).stream()
        .filter(i -> i.createdAt().isAfter(recent))
        .filter(
            i ->
                i.incidentDate() == null
                    || (key.date() == null
                        && withinADay(i.incidentDate().getDayOfWeek(), key.weekday())))
        .findFirst();
  }

  private static boolean withinADay(DayOfWeek a, DayOfWeek b) {
    int d = Math.abs(a.getValue() - b.getValue());
    return d <= 1 || d == 6;
  }

  private static Assignment done(IncidentRecord incident, String reason, ObjectNode detail) {
    detail.put("incident", incident.id());
    detail.put("reason", reason);
    return new Assignment(incident, reason, detail);
  }
}
