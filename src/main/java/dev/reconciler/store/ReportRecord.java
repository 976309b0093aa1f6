package dev.reconciler.store;

import dev.reconciler.report.Report;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A stored report; its id is the hash of its normalised text, so a resend is the same row. */
@Entity
@Table(name = "report")
@NamedQuery(
    name = "ReportRecord.findByIncident",
    query =
        "select r from ReportRecord r where r.incidentId = :incident order by r.receivedAt, r.id")
public class ReportRecord {

  @Id private String id;

  @Column(name = "content_hash", nullable = false, updatable = false)
  private String contentHash;

  @Column(nullable = false, updatable = false)
  private String text;

  private String headline;
  private String publisher;
  private String url;

  @Column(name = "published_on")
  private LocalDate publishedOn;

  private String name;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  @Column(name = "incident_id")
  private Long incidentId;

  protected ReportRecord() {}

  public ReportRecord(Report report, Instant receivedAt, Long incidentId) {
    this.id = report.id();
    this.contentHash = report.id();
    this.text = report.text();
    this.headline = report.headline();
    this.publisher = report.publisher();
    this.url = report.url();
    this.publishedOn = report.publishedOnDay();
    this.name = report.name();
    this.receivedAt = receivedAt;
    this.incidentId = incidentId;
  }

  public Report toReport() {
    return new Report(id, text, headline, publisher, publishedOn, url, name);
  }

  public String id() {
    return id;
  }

  public Long incidentId() {
    return incidentId;
  }

  public Instant receivedAt() {
    return receivedAt;
  }
}
