package dev.reconciler.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash chain over audit events: each event's hash is SHA-256 over its own content and the
 * previous event's hash, as certificate-transparency logs chain their entries. Changing, removing
 * or reordering a recorded event changes every hash after it.
 */
public final class AuditChain {

  private AuditChain() {}

  /**
   * The hash of {@code entry} following an event whose hash is {@code previousHash} (null first).
   */
  public static String hash(String previousHash, AuditEntry entry) {
    StringBuilder content = new StringBuilder();
    // Each field is length-prefixed so that no two different events share a content string.
    field(
        content,
        Long.toString(ChronoUnit.MICROS.between(java.time.Instant.EPOCH, entry.occurredAt())));
    field(content, entry.actor());
    field(content, entry.kind());
    field(content, entry.incidentId() == null ? null : entry.incidentId().toString());
    field(content, entry.reportId());
    field(content, entry.detail());
    field(content, previousHash);
    return sha256(content.toString());
  }

  private static void field(StringBuilder sb, String value) {
    if (value == null) {
      sb.append("-1:");
    } else {
      sb.append(value.length()).append(':').append(value);
    }
    sb.append('|');
  }

  private static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
