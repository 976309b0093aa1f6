package dev.reconciler.read;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Column values of native queries as Java time types, whichever JDBC type the driver returns. */
final class SqlValues {

  private SqlValues() {}

  static LocalDate toDate(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
  }

  /** A timestamp column as an instant. */
  static Instant toInstant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof Instant i) {
      return i;
    }
    return ((LocalDateTime) value).toInstant(ZoneOffset.UTC);
  }

  static Long toLong(Object value) {
    return value == null ? null : ((Number) value).longValue();
  }
}
