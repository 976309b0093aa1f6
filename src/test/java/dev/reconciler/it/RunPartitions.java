package dev.reconciler.it;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;
import java.util.TreeMap;

/** A re-reconciliation run's partitions as the database holds them, for the tests that kill. */
final class RunPartitions {

  private RunPartitions() {}

  /** The done partitions of {@code run}: first incident id to the instance that did it. */
  static Map<Long, String> doneBy(Connection c, long run) throws Exception {
    Map<Long, String> done = new TreeMap<>();
    try (ResultSet rs =
        c.createStatement()
            .executeQuery(
                "select first_incident_id, done_by from rereconciliation_partition where run_id = "
                    + run
                    + " and done_at is not null")) {
      while (rs.next()) {
        done.put(rs.getLong(1), rs.getString(2));
      }
    }
    return done;
  }

  /**
   * Incidents that lie in no partition of {@code run}, or in more than one: none lost, none twice.
   */
  static long incidentsNotInExactlyOnePartition(Connection c, long run) throws Exception {
    try (ResultSet rs =
        c.createStatement()
            .executeQuery(
                "select count(*) from incident i where (select count(*) from"
                    + " rereconciliation_partition p where p.run_id = "
                    + run
                    + " and i.id between p.first_incident_id and p.last_incident_id) <> 1")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
