package dev.reconciler.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reconciler.audit.AuditEntry;
import dev.reconciler.audit.AuditKind;
import dev.reconciler.it.CliProcess;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit trail on a real PostgreSQL: append-only in the database, and tamper-evident. */
class AuditTrailIT {

  private TestSchema db;

  @BeforeEach
  void freshSchema() throws Exception {
    db = TestSchema.create();
  }

  @AfterEach
  void dropSchema() throws Exception {
    db.close();
  }

  private List<Long> appendThree() {
    List<Long> ids = new ArrayList<>();
    db.inTransaction(
        em -> {
          new AuditTrail(em)
              .appendAll(
                  List.of(
                      entry(AuditKind.REPORT_RECEIVED, "{\"report\":\"a\"}"),
                      entry(AuditKind.CLAIMS_EXTRACTED, "{\"claims\":12}"),
                      entry(AuditKind.RECONCILIATION_RUN, "{\"rules\":[\"x\"]}")))
              .forEach(ids::add);
        });
    return ids;
  }

  private static AuditEntry entry(AuditKind kind, String detail) {
    return new AuditEntry(Instant.now(), AuditEntry.SYSTEM, kind.key(), 1L, null, detail);
  }

  @Test
  void eventsChainToTheirPredecessorAndVerify() throws Exception {
    appendThree();
    db.inTransaction(
        em -> {
          List<AuditEventRecord> events = new AuditTrail(em).forIncident(1L);
          assertThat(events).hasSize(3);
          assertThat(events.get(0).prevHash()).isNull();
          assertThat(events.get(1).prevHash()).isEqualTo(events.get(0).hash());
          assertThat(events.get(2).prevHash()).isEqualTo(events.get(1).hash());
        });
    try (Connection c = db.connection()) {
      AuditVerifier.Verification v = AuditVerifier.verify(c);
      assertThat(v.intact()).isTrue();
      assertThat(v.eventsChecked()).isEqualTo(3);
    }
  }

  @Test
  void theDatabaseRefusesUpdateDeleteAndTruncate() throws Exception {
    appendThree();
    try (Connection c = db.connection();
        Statement st = c.createStatement()) {
      assertThatThrownBy(() -> st.executeUpdate("update audit_event set actor = 'mallory'"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> st.executeUpdate("delete from audit_event"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> st.executeUpdate("truncate audit_event"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("append-only");
      var rs = st.executeQuery("select count(*) from audit_event where actor = 'system'");
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(3);
    }
  }

  @Test
  void anEditMadeWithTheTriggerDisabledIsFoundAtThatEvent() throws Exception {
    List<Long> ids = appendThree();
    tamper("update audit_event set detail = '{\"claims\":13}' where id = " + ids.get(1));
    try (Connection c = db.connection()) {
      AuditVerifier.Verification v = AuditVerifier.verify(c);
      assertThat(v.intact()).isFalse();
      assertThat(v.firstBrokenId()).isEqualTo(ids.get(1));
      assertThat(v.problem()).contains("content");
    }
  }

  @Test
  void aRemovedEventBreaksTheChainAtTheNextOne() throws Exception {
    List<Long> ids = appendThree();
    tamper("delete from audit_event where id = " + ids.get(1));
    try (Connection c = db.connection()) {
      AuditVerifier.Verification v = AuditVerifier.verify(c);
      assertThat(v.firstBrokenId()).isEqualTo(ids.get(2));
      assertThat(v.problem()).contains("previous");
    }
  }

  @Test
  void verifyAuditCommandNamesTheAlteredEvent() throws Exception {
    List<Long> ids = appendThree();
    Map<String, String> env =
        Map.of(
            "RECONCILER_DB_URL", db.target().url(),
            "RECONCILER_DB_USER", db.target().user());
    try (CliProcess intact = CliProcess.start(env, "verify-audit")) {
      assertThat(intact.awaitExit(60)).isEqualTo(0);
      assertThat(intact.stdoutSoFar()).anySatisfy(l -> assertThat(l).contains("intact: 3 events"));
    }
    tamper("update audit_event set actor = 'mallory' where id = " + ids.get(2));
    try (CliProcess broken = CliProcess.start(env, "verify-audit")) {
      assertThat(broken.awaitExit(60)).isEqualTo(1);
      assertThat(broken.stdoutSoFar())
          .anySatisfy(l -> assertThat(l).contains("broken at event " + ids.get(2)));
    }
  }

  private void tamper(String sql) throws SQLException {
    try (Connection c = db.connection();
        Statement st = c.createStatement()) {
      st.execute("alter table audit_event disable trigger audit_event_no_update_delete");
      st.execute(sql);
      st.execute("alter table audit_event enable trigger audit_event_no_update_delete");
    }
  }
}
