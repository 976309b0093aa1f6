package dev.reconciler.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.ColumnTransformer;

/**
 * One reconciliation of an incident: the whole resolution as JSON (the reconcile command's {@code
 * --json}, the rules that fired among it) and the ids of the claims it was made from. Never
 * changed; the newest is current.
 */
@Entity
@Table(name = "resolution")
@NamedQuery(
    name = "ResolutionRecord.findByIncidentNewestFirst",
    query = "select r from ResolutionRecord r where r.incidentId = :incident order by r.id desc")
public class ResolutionRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "incident_id", nullable = false, updatable = false)
  private Long incidentId;

  @Column(name = "rule_set_id", nullable = false, updatable = false)
  private Long ruleSetId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
  @ColumnTransformer(write = "?::jsonb")
  private String result;

  @Column(name = "explanation_hash", updatable = false)
  private String explanationHash;

  @Column(name = "input_claims", nullable = false, updatable = false, columnDefinition = "jsonb")
  @ColumnTransformer(write = "?::jsonb")
  private String inputClaims;

  protected ResolutionRecord() {}

  public ResolutionRecord(
      long incidentId,
      long ruleSetId,
      Instant createdAt,
      String resultJson,
      String explanationHash,
      String inputClaimIdsJson) {
    this.incidentId = incidentId;
    this.ruleSetId = ruleSetId;
    this.createdAt = createdAt;
    this.result = resultJson;
    this.explanationHash = explanationHash;
    this.inputClaims = inputClaimIdsJson;
  }

  public Long id() {
    return id;
  }

  public Long incidentId() {
    return incidentId;
  }

  public Long ruleSetId() {
    return ruleSetId;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public StoredResolution toStored() {
    return new StoredResolution(id, incidentId, createdAt, result);
  }

  public String resultJson() {
    return result;
  }

  /** SHA-256 of the resolution's "attributes" as written; null for resolutions stored before it. */
  public String explanationHash() {
    return explanationHash;
  }

  /** The ids of the stored claims this resolution was computed from, as a JSON array. */
  public String inputClaimIdsJson() {
    return inputClaims;
  }
}
