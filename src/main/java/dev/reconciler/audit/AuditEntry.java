package dev.reconciler.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One event of the audit trail, as hashed: the time (kept to microseconds, as PostgreSQL stores
 * it), the actor (a user name or {@code system}), the kind, the incident and report it concerns
 * when it concerns one, and a JSON detail kept as the exact text that was hashed.
 */
public record AuditEntry(
    Instant occurredAt,
    String actor,
    String kind,
    Long incidentId,
    String reportId,
    String detail) {

  public static final String SYSTEM = "system";

  public AuditEntry {
    Objects.requireNonNull(occurredAt, "an audit event needs a time");
    occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    if (actor == null || actor.isBlank()) {
      throw new IllegalArgumentException("an audit event needs an actor (a user or 'system')");
    }
    if (kind == null || kind.isBlank()) {
      throw new IllegalArgumentException("an audit event needs a kind");
    }
    detail = detail == null ? "{}" : detail;
  }
}
