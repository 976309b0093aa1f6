package dev.reconciler.store;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Re-reconciliation runs and their partitions (V7), in SQL on the transaction's own connection:
 * storing a run with its partitions, claiming the next partition nobody holds ({@code FOR UPDATE
 * SKIP LOCKED}, so that workers of any instance share a run), marking it done, splitting a
 * partition that failed into one per incident, and the totals every instance reads progress from.
 */
public final class RereconciliationRuns {

  /** A stored run: the rule-set version it reconciles under, who activated it, when. */
  public record Run(long id, long ruleSetId, String actor, Instant startedAt) {}

  /** A range of incident ids of a run, as claimed. */
  public record Partition(long runId, long firstIncidentId, long lastIncidentId, int incidents) {

    /** A partition of one incident: what a failed partition is split into. */
    public boolean single() {
      return firstIncidentId == lastIncidentId;
    }
  }

  /**
   * A run's state, summed over its partitions.
   *
   * @param lastDoneAt when its last partition was done so far (null before the first)
   */
  public record Totals(
      Run run,
      String ruleSetHash,
      int incidents,
      int done,
      int changed,
      int failed,
      int partitions,
      int partitionsDone,
      Instant lastDoneAt,
      Instant finishedAt,
      Instant supersededAt) {}

  private static final String RUN_COLUMNS = "id, rule_set_id, actor, started_at";

  private final EntityManager em;

  public RereconciliationRuns(EntityManager em) {
    this.em = em;
  }

  /**
   * Stores a run of every incident that exists now under {@code ruleSetId}, in partitions of {@code
   * partitionSize} consecutive incidents whose ranges leave no id between them uncovered, and marks
   * every unfinished older run superseded. A run without incidents is finished at once.
   */
  public Run start(long ruleSetId, String actor, Instant at, int partitionSize) {
    return Jdbc.work(
        em,
        c -> {
          update(
              c,
              "update rereconciliation_run set superseded_at = ? where finished_at is null and"
                  + " superseded_at is null",
              utc(at));
          long id;
          try (PreparedStatement st =
              c.prepareStatement(
                  "insert into rereconciliation_run (rule_set_id, actor, started_at, incidents)"
                      + " values (?, ?, ?, 0) returning id")) {
            st.setLong(1, ruleSetId);
            st.setString(2, actor);
            st.setObject(3, utc(at));
            try (ResultSet rs = st.executeQuery()) {
              rs.next();
              id = rs.getLong(1);
            }
          }
          // Group k holds the incidents ranked k * size + 1 .. (k + 1) * size by id; its range
          // starts right after the previous group's last id, so a lower id committed late by a
          // transaction still in flight falls in a range too.
          update(
              c,
              "insert into rereconciliation_partition"
                  + " (run_id, first_incident_id, last_incident_id, incidents)"
                  + " select ?, coalesce(lag(max(id)) over (order by g) + 1, min(id)), max(id),"
                  + " count(*) from (select id, (row_number() over (order by id) - 1) / ? as g"
                  + " from incident) ranked group by g",
              id,
              partitionSize);
          update(
              c,
              "update rereconciliation_run r set incidents = (select coalesce(sum(incidents), 0)"
                  + " from rereconciliation_partition where run_id = r.id), finished_at = case"
                  + " when exists (select 1 from rereconciliation_partition where run_id = r.id)"
                  + " then null else started_at end where id = ?",
              id);
          return new Run(id, ruleSetId, actor, at);
        });
  }

  /** The newest run that is neither finished nor superseded, if any. */
  public Optional<Run> unfinished() {
    return run(
        "select "
            + RUN_COLUMNS
            + " from rereconciliation_run where finished_at is null and superseded_at is null"
            + " order by id desc limit 1");
  }

  /** The newest run, finished or not. */
  public Optional<Run> latest() {
    return run("select " + RUN_COLUMNS + " from rereconciliation_run order by id desc limit 1");
  }

  /**
   * Claims the first partition of {@code runId} that is not done and that no other transaction
   * holds, locked until this transaction ends; empty when there is none, or the run was superseded.
   */
  public Optional<Partition> claimNext(long runId) {
    return Jdbc.work(
        em,
        c -> {
          try (PreparedStatement st =
              c.prepareStatement(
                  "select first_incident_id, last_incident_id, incidents from"
                      + " rereconciliation_partition p where run_id = ? and done_at is null and"
                      + " exists (select 1 from rereconciliation_run r where r.id = p.run_id and"
                      + " r.superseded_at is null) order by first_incident_id limit 1"
                      + " for update of p skip locked")) {
            st.setLong(1, runId);
            try (ResultSet rs = st.executeQuery()) {
              return rs.next()
                  ? Optional.of(new Partition(runId, rs.getLong(1), rs.getLong(2), rs.getInt(3)))
                  : Optional.empty();
            }
          }
        });
  }

  /** True while no newer activation superseded {@code runId} (read as committed now). */
  public boolean current(long runId) {
    return Jdbc.work(
        em,
        c -> {
          try (PreparedStatement st =
              c.prepareStatement(
                  "select superseded_at is null from rereconciliation_run where id = ?")) {
            st.setLong(1, runId);
            try (ResultSet rs = st.executeQuery()) {
              return rs.next() && rs.getBoolean(1);
            }
          }
        });
  }

  /** Marks a claimed partition done with what its incidents gave. */
  public void done(
      Partition p, int incidents, int changed, int failed, Instant at, String instance) {
    Jdbc.work(
        em,
        c ->
            update(
                c,
                "update rereconciliation_partition set incidents = ?, changed = ?, failed = ?,"
                    + " done_at = ?, done_by = ? where run_id = ? and first_incident_id = ?",
                incidents,
                changed,
                failed,
                utc(at),
                instance,
                p.runId(),
                p.firstIncidentId()));
  }

  /**
   * Replaces a partition that is not done (and that no other transaction holds) by one partition
   * per incident in its range, so that its incidents are claimed one at a time; false when another
   * worker holds it or it is done.
   */
  public boolean split(long runId, long firstIncidentId) {
    return Jdbc.work(
        em,
        c -> {
          long last;
          try (PreparedStatement st =
              c.prepareStatement(
                  "select last_incident_id from rereconciliation_partition where run_id = ? and"
                      + " first_incident_id = ? and done_at is null for update skip locked")) {
            st.setLong(1, runId);
            st.setLong(2, firstIncidentId);
            try (ResultSet rs = st.executeQuery()) {
              if (!rs.next()) {
                return false;
              }
              last = rs.getLong(1);
            }
          }
          update(
              c,
              "delete from rereconciliation_partition where run_id = ? and first_incident_id = ?",
              runId,
              firstIncidentId);
          int singles =
              update(
                  c,
                  "insert into rereconciliation_partition"
                      + " (run_id, first_incident_id, last_incident_id, incidents)"
                      + " select ?, id, id, 1 from incident where id between ? and ?",
                  runId,
                  firstIncidentId,
                  last);
          if (singles == 0 || !exists(c, runId, firstIncidentId)) {
            // Keep the range covered: its first id is no incident (or none is left in it).
            update(
                c,
                "insert into rereconciliation_partition"
                    + " (run_id, first_incident_id, last_incident_id, incidents, changed, failed,"
                    + " done_at, done_by) select ?, ?, coalesce(min(id) - 1, ?), 0, 0, 0, now(),"
                    + " 'split' from incident where id between ? and ?",
                runId,
                firstIncidentId,
                last,
                firstIncidentId,
                last);
          }
          return true;
        });
  }

  /**
   * Marks a partition failed as a whole (its incidents counted failed), unless it is done; waits
   * for a worker that holds it.
   */
  public boolean fail(long runId, long firstIncidentId, Instant at, String instance) {
    return Jdbc.work(
            em,
            c ->
                update(
                    c,
                    "update rereconciliation_partition set changed = 0, failed = incidents,"
                        + " done_at = ?, done_by = ? where run_id = ? and first_incident_id = ?"
                        + " and done_at is null",
                    utc(at),
                    instance,
                    runId,
                    firstIncidentId))
        == 1;
  }

  /**
   * Records {@code runId} finished when every partition is done (as committed now); true when it is
   * finished, now or before.
   */
  public boolean finishIfDone(long runId, Instant at) {
    return Jdbc.work(
        em,
        c -> {
          update(
              c,
              "update rereconciliation_run r set finished_at = ? where id = ? and finished_at is"
                  + " null and not exists (select 1 from rereconciliation_partition where run_id ="
                  + " r.id and done_at is null)",
              utc(at),
              runId);
          try (PreparedStatement st =
              c.prepareStatement(
                  "select finished_at is not null from rereconciliation_run where id = ?")) {
            st.setLong(1, runId);
            try (ResultSet rs = st.executeQuery()) {
              return rs.next() && rs.getBoolean(1);
            }
          }
        });
  }

  /** {@code runId}'s totals over its partitions, as committed now. */
  public Optional<Totals> totals(long runId) {
    return Jdbc.work(
        em,
        c -> {
          try (PreparedStatement st =
              c.prepareStatement(
                  "select r.id, r.rule_set_id, r.actor, r.started_at, v.content_hash,"
                      + " coalesce(sum(p.incidents), 0),"
                      + " coalesce(sum(p.incidents) filter (where p.done_at is not null), 0),"
                      + " coalesce(sum(p.changed), 0), coalesce(sum(p.failed), 0), count(p.run_id),"
                      + " count(p.done_at), max(p.done_at), r.finished_at, r.superseded_at"
                      + " from rereconciliation_run r join rule_set_version v on v.id ="
                      + " r.rule_set_id left join rereconciliation_partition p on p.run_id = r.id"
                      + " where r.id = ? group by r.id, v.content_hash")) {
            st.setLong(1, runId);
            try (ResultSet rs = st.executeQuery()) {
              if (!rs.next()) {
                return Optional.empty();
              }
              return Optional.of(
                  new Totals(
                      new Run(rs.getLong(1), rs.getLong(2), rs.getString(3), instant(rs, 4)),
                      rs.getString(5),
                      rs.getInt(6),
                      rs.getInt(7),
                      rs.getInt(8),
                      rs.getInt(9),
                      rs.getInt(10),
                      rs.getInt(11),
                      instant(rs, 12),
                      instant(rs, 13),
                      instant(rs, 14)));
            }
          }
        });
  }

  private Optional<Run> run(String query) {
    return Jdbc.work(
        em,
        c -> {
          try (PreparedStatement st = c.prepareStatement(query);
              ResultSet rs = st.executeQuery()) {
            return rs.next()
                ? Optional.of(
                    new Run(rs.getLong(1), rs.getLong(2), rs.getString(3), instant(rs, 4)))
                : Optional.empty();
          }
        });
  }

  private static boolean exists(Connection c, long runId, long firstIncidentId)
      throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "select 1 from rereconciliation_partition where run_id = ? and first_incident_id ="
                + " ?")) {
      st.setLong(1, runId);
      st.setLong(2, firstIncidentId);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  private static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }

  private static int update(Connection c, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        st.setObject(i + 1, parameters[i]);
      }
      return st.executeUpdate();
    }
  }
}
