package dev.reconciler.store;

import dev.reconciler.audit.AuditChain;
import dev.reconciler.audit.AuditEntry;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Appends events to the audit trail inside the caller's transaction, so that an event commits
 * together with what it records, or not at all.
 */
public final class AuditTrail {

  /** Serialises appends, so that each event chains to the one committed just before it. */
  private static final long CHAIN_LOCK = 0x5EC0_A0D1L;

  private final EntityManager em;

  public AuditTrail(EntityManager em) {
    this.em = em;
  }

  /**
   * Appends {@code entries} in order, each chained to the one before, the first to the newest
   * stored event; needs an active transaction. One lock and one look-up of the newest hash for the
   * whole batch (the lock is held to the commit, so no other append can come in between), ids taken
   * under that lock, and one batched insert: a re-reconciliation appends thousands at once.
   *
   * @return the new events' ids, in order
   */
  public List<Long> appendAll(List<AuditEntry> entries) {
    if (entries.isEmpty()) {
      return List.of();
    }
    return Jdbc.work(
        em,
        c -> {
          try (PreparedStatement lock =
              c.prepareStatement("select cast(pg_advisory_xact_lock(?) as text)")) {
            lock.setLong(1, CHAIN_LOCK);
            lock.execute();
          }
          String previous = null;
          try (PreparedStatement newest =
                  c.prepareStatement("select hash from audit_event order by id desc limit 1");
              ResultSet rs = newest.executeQuery()) {
            if (rs.next()) {
              previous = rs.getString(1);
            }
          }
          List<Long> ids = Jdbc.nextIds(c, "audit_event", entries.size());
          try (PreparedStatement insert =
              c.prepareStatement(
                  "insert into audit_event (id, occurred_at, actor, kind, incident_id, report_id,"
                      + " detail, prev_hash, hash) overriding system value"
                      + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < entries.size(); i++) {
              AuditEntry e = entries.get(i);
              String hash = AuditChain.hash(previous, e);
              insert.setLong(1, ids.get(i));
              insert.setObject(2, OffsetDateTime.ofInstant(e.occurredAt(), ZoneOffset.UTC));
              insert.setString(3, e.actor());
              insert.setString(4, e.kind());
              insert.setObject(5, e.incidentId(), Types.BIGINT);
              insert.setString(6, e.reportId());
              insert.setString(7, e.detail());
              insert.setString(8, previous);
              insert.setString(9, hash);
              insert.addBatch();
              previous = hash;
            }
            insert.executeBatch();
          }
          return ids;
        });
  }

  public List<AuditEventRecord> forIncident(long incidentId) {
    return em.createNamedQuery("AuditEventRecord.findByIncident", AuditEventRecord.class)
        .setParameter("incident", incidentId)
        .getResultList();
  }
}
