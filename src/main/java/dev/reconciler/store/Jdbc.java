package dev.reconciler.store;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;

/**
 * Plain JDBC on the EntityManager's own connection and transaction, for the writes Hibernate cannot
 * batch: rows with database-generated ids. Pending entity changes are flushed first, so the rows
 * written here see them (and may reference them).
 */
final class Jdbc {

  private Jdbc() {}

  static <T> T work(EntityManager em, ReturningWork<T> work) {
    em.flush();
    return em.unwrap(Session.class).doReturningWork(work);
  }

  /**
   * {@code count} new values of the identity column {@code table.id}, in increasing order, so that
   * rows written with them (OVERRIDING SYSTEM VALUE) keep the order they are given in.
   */
  static List<Long> nextIds(Connection c, String table, int count) throws SQLException {
    List<Long> ids = new ArrayList<>(count);
    try (PreparedStatement st =
        c.prepareStatement(
            "select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)")) {
      st.setString(1, table);
      st.setInt(2, count);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
    }
    ids.sort(null);
    return ids;
  }
}
