package dev.reconciler.store;

import dev.reconciler.audit.AuditEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A stored audit event. Never updated: the database refuses UPDATE and DELETE on its table. */
@Entity
@Table(name = "audit_event")
@NamedQuery(
    name = "AuditEventRecord.findByIncident",
    query = "select e from AuditEventRecord e where e.incidentId = :incident order by e.id")
@NamedQuery(
    name = "AuditEventRecord.findAll",
    query = "select e from AuditEventRecord e order by e.id")
public class AuditEventRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(nullable = false, updatable = false)
  private String kind;

  @Column(name = "incident_id", updatable = false)
  private Long incidentId;

  @Column(name = "report_id", updatable = false)
  private String reportId;

  @Column(nullable = false, updatable = false)
  private String detail;

  @Column(name = "prev_hash", updatable = false)
  private String prevHash;

  @Column(nullable = false, updatable = false)
  private String hash;

  protected AuditEventRecord() {}

  AuditEventRecord(AuditEntry entry, String prevHash, String hash) {
    this.occurredAt = entry.occurredAt();
    this.actor = entry.actor();
    this.kind = entry.kind();
    this.incidentId = entry.incidentId();
    this.reportId = entry.reportId();
    this.detail = entry.detail();
    this.prevHash = prevHash;
    this.hash = hash;
  }

  public Long id() {
    return id;
  }

  public AuditEntry entry() {
    return new AuditEntry(occurredAt, actor, kind, incidentId, reportId, detail);
  }

  public String prevHash() {
    return prevHash;
  }

  public String hash() {
    return hash;
  }
}
