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
 * A rule-set version that was activated, with the full text of every file (a JSON object of
 * relative path to content), so that its resolutions can be re-run with exactly these rules.
 */
@Entity
@Table(name = "rule_set_version")
@NamedQuery(
    name = "RuleSetRecord.findByHash",
    query = "select r from RuleSetRecord r where r.contentHash = :hash")
@NamedQuery(
    name = "RuleSetRecord.findNewestActivated",
    query = "select r from RuleSetRecord r order by r.activatedAt desc, r.id desc")
public class RuleSetRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String version;

  @Column(name = "content_hash", nullable = false, updatable = false)
  private String contentHash;

  @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
  @ColumnTransformer(write = "?::jsonb")
  private String files;

  @Column(name = "activated_by", nullable = false)
  private String activatedBy;

  @Column(name = "activated_at", nullable = false)
  private Instant activatedAt;

  protected RuleSetRecord() {}

  public RuleSetRecord(
      String version,
      String contentHash,
      String filesJson,
      String activatedBy,
      Instant activatedAt) {
    this.version = version;
    this.contentHash = contentHash;
    this.files = filesJson;
    this.activatedBy = activatedBy;
    this.activatedAt = activatedAt;
  }

  /** Makes this version the active one again (a rollback), recording who and when. */
  public void reactivate(String by, Instant at) {
    this.activatedBy = by;
    this.activatedAt = at;
  }

  public Long id() {
    return id;
  }

  public String version() {
    return version;
  }

  public String contentHash() {
    return contentHash;
  }

  public String filesJson() {
    return files;
  }

  public String activatedBy() {
    return activatedBy;
  }

  public Instant activatedAt() {
    return activatedAt;
  }
}
