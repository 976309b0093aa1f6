package dev.reconciler.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * Every environment setting, read in one place so that the defaults here, the README's
 * configuration table and the behaviour agree. Plain Java: the command line and the server both
 * use it.
 *
 * @param dbUrl JDBC URL of an external PostgreSQL, or null to use the embedded one
 * @param dbUser user for {@code dbUrl}
 * @param dbPassword password for {@code dbUrl}
 * @param dataDir where the embedded database (and server files) live
 * @param logDir where the server's log is written
 * @param port the HTTP port
 * @param rulesDir the editors' rule files
 */
public record Settings(
    String dbUrl,
    String dbUser,
    String dbPassword,
    Path dataDir,
    Path logDir,
    int port,
    Path rulesDir) {

  public static final String DB_URL = "RECONCILER_DB_URL";
  public static final String DB_USER = "RECONCILER_DB_USER";
  public static final String DB_PASSWORD = "RECONCILER_DB_PASSWORD";
  public static final String DATA_DIR = "RECONCILER_DATA_DIR";
  public static final String LOG_DIR = "RECONCILER_LOG_DIR";
  public static final String PORT = "RECONCILER_PORT";
  public static final String RULES_DIR = "RECONCILER_RULES_DIR";

  public static Settings fromEnvironment() {
    return from(System.getenv());
  }

  /** Reads the settings from {@code env}; a malformed value fails with the variable's name. */
  public static Settings from(Map<String, String> env) {
    String portText = env.getOrDefault(PORT, "8080");
    int port;
    try {
      port = Integer.parseInt(portText.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(PORT + " must be a port number, not '" + portText + "'");
    }
    return new Settings(
        blankToNull(env.get(DB_URL)),
        env.getOrDefault(DB_USER, ""),
        env.getOrDefault(DB_PASSWORD, ""),
        Path.of(env.getOrDefault(DATA_DIR, "data")),
        Path.of(env.getOrDefault(LOG_DIR, "logs")),
        port,
        Path.of(env.getOrDefault(RULES_DIR, "rules")));
  }

  public Settings {
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("the port must be between 1 and 65535, not " + port);
    }
  }

  public boolean usesEmbeddedDatabase() {
    return dbUrl == null;
  }

  public Settings withPort(int newPort) {
    return new Settings(dbUrl, dbUser, dbPassword, dataDir, logDir, newPort, rulesDir);
  }

  public Settings withDataDir(Path dir) {
    return new Settings(dbUrl, dbUser, dbPassword, dir, logDir, port, rulesDir);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
