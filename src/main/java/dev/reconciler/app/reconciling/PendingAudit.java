package dev.reconciler.app.reconciling;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reconciler.audit.AuditEntry;
import dev.reconciler.audit.AuditKind;
import dev.reconciler.json.Json;
import dev.reconciler.store.AuditTrail;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Audit events of one transaction, timed when they happen and appended together at its end. The
 * trail's chain lock is held from the first append to the commit, so appending last keeps that
 * serialised stretch short (no extraction or rule firing inside it) and makes it the last lock
 * taken, which rules out deadlocks with the incident locks.
 */
public final class PendingAudit {

  private final Clock clock;
  private final String actor;
  private final List<AuditEntry> entries = new ArrayList<>();

  public PendingAudit(Clock clock, String actor) {
    this.clock = clock;
    this.actor = actor;
  }

  public void record(AuditKind kind, Long incidentId, String reportId, ObjectNode detail) {
    entries.add(
        new AuditEntry(
            clock.instant(), actor, kind.key(), incidentId, reportId, detail.toString()));
  }

  /** Events recorded before the incident was known are filed under it too. */
  public void fileUnder(long incidentId) {
    entries.replaceAll(
        e ->
            e.incidentId() != null
                ? e
                : new AuditEntry(
                    e.occurredAt(), e.actor(), e.kind(), incidentId, e.reportId(), e.detail()));
  }

  public void appendTo(AuditTrail trail) {
    trail.appendAll(List.copyOf(entries));
    entries.clear();
  }

  public static ObjectNode detail() {
    return Json.MAPPER.createObjectNode();
  }
}
