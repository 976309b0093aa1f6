package dev.reconciler.store;

import dev.reconciler.audit.AuditChain;
import dev.reconciler.audit.AuditEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * Recomputes the audit trail's hash chain from the stored rows and names the first event that does
 * not match: its content was changed, or an event before it was changed, removed or inserted. Reads
 * with plain JDBC, so it works on any copy of the database.
 */
public final class AuditVerifier {

  /**
   * The outcome: how many events were checked, and the first broken one (null when intact).
   *
   * @param eventsChecked events read, up to and including the first broken one
   * @param firstBrokenId id of the first event that does not match, or null
   * @param problem what does not match, or null
   */
  public record Verification(long eventsChecked, Long firstBrokenId, String problem) {
    public boolean intact() {
      return firstBrokenId == null;
    }
  }

  private AuditVerifier() {}

  public static Verification verify(Connection connection) throws SQLException {
    String sql =
        "select id, occurred_at, actor, kind, incident_id, report_id, detail, prev_hash, hash"
            + " from audit_event order by id";
    long checked = 0;
    String previousHash = null;
    try (PreparedStatement st = connection.prepareStatement(sql)) {
      st.setFetchSize(1000);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          checked++;
          long id = rs.getLong("id");
          Object incident = rs.getObject("incident_id");
          AuditEntry entry =
              new AuditEntry(
                  rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                  rs.getString("actor"),
                  rs.getString("kind"),
                  incident == null ? null : ((Number) incident).longValue(),
                  rs.getString("report_id"),
                  rs.getString("detail"));
          String storedPrev = rs.getString("prev_hash");
          String storedHash = rs.getString("hash");
          if (!Objects.equals(storedPrev, previousHash)) {
            return new Verification(
                checked, id, "its previous-hash does not match the event before it");
          }
          if (!AuditChain.hash(storedPrev, entry).equals(storedHash)) {
            return new Verification(checked, id, "its content does not match its hash");
          }
          previousHash = storedHash;
        }
      }
    }
    return new Verification(checked, null, null);
  }
}
