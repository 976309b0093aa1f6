package dev.reconciler.it;

import dev.reconciler.launch.ReconcilerService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the service has stored, to compare before and after requests that must change nothing. */
final class StoredRows {

  private StoredRows() {}

  /**
   * Row count and newest row (its {@code ctid}) of every table of the service's schema, Flyway's
   * history included: equal maps mean nothing was added, removed or rewritten.
   */
  static Map<String, String> of(ReconcilerService service) throws Exception {
    Map<String, String> rows = new TreeMap<>();
    try (Connection c =
        DriverManager.getConnection(
            service.database().url(), service.database().user(), service.database().password())) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs =
          c.createStatement()
              .executeQuery(
                  "select table_name from information_schema.tables"
                      + " where table_schema = current_schema() and table_type = 'BASE TABLE'")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      for (String table : tables) {
        try (ResultSet rs =
            c.createStatement()
                .executeQuery("select count(*), max(ctid::text) from \"" + table + "\"")) {
          rs.next();
          rows.put(table, rs.getLong(1) + " " + rs.getString(2));
        }
      }
    }
    if (!rows.containsKey("report") || !rows.containsKey("audit_event")) {
      throw new IllegalStateException("not the service's schema: " + rows.keySet());
    }
    return rows;
  }
}
