package dev.reconciler.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Which database the integration tests use: the embedded one by default, or an external PostgreSQL
 * when {@code RECONCILER_TEST_DB_URL} is set (user and password from {@code
 * RECONCILER_TEST_DB_USER} / {@code RECONCILER_TEST_DB_PASSWORD}). On an external server each run
 * gets a schema of its own, so runs never see each other's data.
 */
final class TestDatabase {

  static final String URL_VARIABLE = "RECONCILER_TEST_DB_URL";

  private TestDatabase() {}

  static boolean external() {
    String url = System.getenv(URL_VARIABLE);
    return url != null && !url.isBlank();
  }

  static String user() {
    return System.getenv().getOrDefault("RECONCILER_TEST_DB_USER", "postgres");
  }

  static String password() {
    return System.getenv().getOrDefault("RECONCILER_TEST_DB_PASSWORD", "");
  }

  /** Drops a schema made by {@link #freshExternalSchemaUrl()}, named in its URL. */
  static void dropExternalSchema(String url) throws SQLException {
    String schema = url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
    try (Connection c =
        DriverManager.getConnection(System.getenv(URL_VARIABLE), user(), password())) {
      c.createStatement().execute("drop schema if exists " + schema + " cascade");
    }
  }

  /** Creates a fresh schema on the external server and returns a URL whose default it is. */
  static String freshExternalSchemaUrl() throws SQLException {
    String base = System.getenv(URL_VARIABLE);
    String schema = "reconciler_it_" + Long.toString(System.nanoTime(), 36);
    try (Connection c = DriverManager.getConnection(base, user(), password())) {
      c.createStatement().execute("create schema " + schema);
    }
    return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }
}
