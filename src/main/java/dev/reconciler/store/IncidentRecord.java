package dev.reconciler.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A stored incident: the place and date reports are matched on. */
@Entity
@Table(name = "incident")
@NamedQuery(
    name = "IncidentRecord.findByPlaceAndDates",
    query =
        "select i from IncidentRecord i where lower(i.place) = lower(:place)"
            + " and i.incidentDate between :from and :until order by i.id")
@NamedQuery(
    name = "IncidentRecord.findByPlace",
    query =
        "select i from IncidentRecord i where lower(i.place) = lower(:place) order by i.id desc")
@NamedQuery(name = "IncidentRecord.findAll", query = "select i from IncidentRecord i order by i.id")
public class IncidentRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String title;
  private String place;

  @Column(name = "incident_date")
  private LocalDate incidentDate;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected IncidentRecord() {}

  public IncidentRecord(String title, String place, LocalDate incidentDate, Instant createdAt) {
    this.title = title;
    this.place = place;
    this.incidentDate = incidentDate;
    this.createdAt = createdAt;
  }

  public Long id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String place() {
    return place;
  }

  public LocalDate incidentDate() {
    return incidentDate;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public long version() {
    return version;
  }

  /** Fills in the place or date when the incident had none and a later report gives them. */
  public void learn(String newPlace, LocalDate newDate) {
    if (place == null && newPlace != null) {
      place = newPlace;
    }
    if (incidentDate == null && newDate != null) {
      incidentDate = newDate;
    }
  }
}
