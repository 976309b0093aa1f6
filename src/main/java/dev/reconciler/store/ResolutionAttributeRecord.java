package dev.reconciler.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One attribute's status and best value in a resolution, kept apart for filtering incidents. */
@Entity
@Table(name = "resolution_attribute")
@IdClass(ResolutionAttributeRecord.Key.class)
public class ResolutionAttributeRecord {

  @Id
  @Column(name = "resolution_id")
  private Long resolutionId;

  @Id private String attribute;

  @Column(nullable = false)
  private String status;

  private String best;

  protected ResolutionAttributeRecord() {}

  public ResolutionAttributeRecord(
      long resolutionId, String attribute, String status, String best) {
    this.resolutionId = resolutionId;
    this.attribute = attribute;
    this.status = status;
    this.best = best;
  }

  public long resolutionId() {
    return resolutionId;
  }

  public String attribute() {
    return attribute;
  }

  public String status() {
    return status;
  }

  public String best() {
    return best;
  }

  /** The composite key: resolution and attribute. */
  public static class Key implements Serializable {
    private Long resolutionId;
    private String attribute;

    public Key() {}

    public Key(Long resolutionId, String attribute) {
      this.resolutionId = resolutionId;
      this.attribute = attribute;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(resolutionId, k.resolutionId)
          && Objects.equals(attribute, k.attribute);
    }

    @Override
    public int hashCode() {
      return Objects.hash(resolutionId, attribute);
    }
  }
}
