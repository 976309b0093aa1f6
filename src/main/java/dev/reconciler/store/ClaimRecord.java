package dev.reconciler.store;

import dev.reconciler.claim.Attribute;
import dev.reconciler.claim.Claim;
import dev.reconciler.claim.Evidence;
import dev.reconciler.claim.Phase;
import dev.reconciler.claim.Role;
import dev.reconciler.claim.Scope;
import dev.reconciler.claim.StartTime;
import dev.reconciler.json.ClaimJson;
import dev.reconciler.json.Json;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.hibernate.annotations.ColumnTransformer;

/**
 * A stored claim of an incident; the value is kept in its JSON form (jsonb), a denial of
 * responsibility included.
 */
@Entity
@Table(name = "claim")
@NamedQuery(
    name = "ClaimRecord.findByIncident",
    query = "select c from ClaimRecord c where c.incidentId = :incident order by c.id")
@NamedQuery(
    name = "ClaimRecord.findByIds",
    query = "select c from ClaimRecord c where c.id in :ids order by c.id")
public class ClaimRecord {

  /** Claims read from a report by the extractor, or sent by a client already extracted. */
  public enum Origin {
    EXTRACTED,
    CLIENT
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "claim_key", nullable = false, updatable = false)
  private String claimKey;

  @Column(name = "report_id", nullable = false, updatable = false)
  private String reportId;

  @Column(name = "incident_id", nullable = false)
  private Long incidentId;

  @Column(nullable = false, updatable = false)
  private String attribute;

  @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
  @ColumnTransformer(write = "?::jsonb")
  private String value;

  private boolean approximate;
  private String speaker;

  @Column(nullable = false)
  private String role;

  @Column(nullable = false)
  private String phase;

  @Column(nullable = false)
  private String scope;

  /** Read from the report's headline, not its body. */
  @Column(nullable = false, updatable = false)
  private boolean headline;

  /** The sentence explicitly revises an earlier figure. */
  @Column(nullable = false, updatable = false)
  private boolean revision;

  /** When the report says the statement was made, in the start-time text form, or null. */
  @Column(name = "stated_at", updatable = false)
  private String statedAt;

  private String sentence;

  @Column(name = "start_offset")
  private Integer startOffset;

  @Column(name = "end_offset")
  private Integer endOffset;

  @Column(nullable = false, updatable = false)
  private String origin;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected ClaimRecord() {}

  public ClaimRecord(Claim claim, long incidentId, Origin origin, Instant createdAt) {
    this.claimKey = claim.id();
    this.reportId = claim.reportId();
    this.incidentId = incidentId;
    this.attribute = claim.attribute().key();
    this.value = ClaimJson.valueToJson(claim.value()).toString();
    this.approximate = claim.approximate();
    this.speaker = claim.speaker();
    this.role = claim.role().key();
    this.phase = claim.phase().key();
    this.scope = claim.scope().key();
    this.headline = claim.headline();
    this.revision = claim.revision();
    this.statedAt = claim.statedAt() == null ? null : claim.statedAt().display();
    if (claim.evidence() != null) {
      this.sentence = claim.evidence().sentence();
      this.startOffset = claim.evidence().start();
      this.endOffset = claim.evidence().end();
    }
    this.origin = origin.name().toLowerCase(java.util.Locale.ROOT);
    this.createdAt = createdAt;
  }

  /** The domain claim as it was stored. */
  public Claim toClaim() {
    Attribute a = Attribute.fromKey(attribute);
    try {
      return new Claim(
          claimKey,
          reportId,
          a,
          ClaimJson.valueFromJson(a, Json.MAPPER.readTree(value), "claim " + id + ".value"),
          approximate,
          speaker,
          Role.fromKey(role),
          Phase.fromKey(phase),
          Scope.fromKey(scope),
          startOffset == null ? null : new Evidence(reportId, sentence, startOffset, endOffset),
          headline,
          revision,
          statedAt == null ? null : StartTime.parse(statedAt));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException("claim " + id + " holds a value that is not JSON", e);
    }
  }

  public Long id() {
    return id;
  }

  public String claimKey() {
    return claimKey;
  }

  public String reportId() {
    return reportId;
  }

  public Long incidentId() {
    return incidentId;
  }

  /** {@code extracted} or {@code client}. */
  public String origin() {
    return origin;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
