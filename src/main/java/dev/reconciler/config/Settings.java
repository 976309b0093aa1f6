package dev.reconciler.config;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Every environment setting, read in one place so that the defaults here, the README's
 * configuration table and the behaviour agree. Plain Java: the command line and the server both use
 * it.
 *
 * @param dbUrl JDBC URL of an external PostgreSQL, or null to use the embedded one
 * @param dbUser user for {@code dbUrl}
 * @param dbPassword password for {@code dbUrl}
 * @param dataDir where the embedded database (and server files) live
 * @param logDir where the server's log is written
 * @param port the HTTP port
 * @param rulesDir the editors' rule files
 * @param mode development (generated editor credentials) or production (credentials required)
 * @param users the editors' accounts, {@code name:HASH:role[,...]}, or empty
 * @param apiKey the key clients must send in {@code X-API-Key}, or null when the API is open
 * @param maxBodyBytes the largest request body the API accepts
 * @param rulesWatch whether the service reloads edited rule files by itself; null: yes in
 *     development, no in production
 * @param rulesSettleMs how long edited rule files must stay unchanged before they are reloaded
 * @param extractorDelayMs how long the server waits after deployment before it loads the
 *     extractor's models (0; more only in tests of the time before the models are ready)
 * @param cluster the data grid this instance joins, or null for a single instance
 */
public record Settings(
    String dbUrl,
    String dbUser,
    String dbPassword,
    Path dataDir,
    Path logDir,
    int port,
    Path rulesDir,
    Mode mode,
    String users,
    String apiKey,
    long maxBodyBytes,
    Boolean rulesWatch,
    long rulesSettleMs,
    long extractorDelayMs,
    ClusterSettings cluster) {

  /** Development generates editor credentials; production refuses to start without them. */
  public enum Mode {
    DEVELOPMENT,
    PRODUCTION
  }

  public static final String DB_URL = "RECONCILER_DB_URL";
  public static final String DB_USER = "RECONCILER_DB_USER";
  public static final String DB_PASSWORD = "RECONCILER_DB_PASSWORD";
  public static final String DATA_DIR = "RECONCILER_DATA_DIR";
  public static final String LOG_DIR = "RECONCILER_LOG_DIR";
  public static final String PORT = "RECONCILER_PORT";
  public static final String RULES_DIR = "RECONCILER_RULES_DIR";
  public static final String MODE = "RECONCILER_MODE";
  public static final String USERS = "RECONCILER_USERS";
  public static final String API_KEY = "RECONCILER_API_KEY";
  public static final String MAX_BODY_BYTES = "RECONCILER_MAX_BODY_BYTES";
  public static final String RULES_WATCH = "RECONCILER_RULES_WATCH";
  public static final String RULES_SETTLE_MS = "RECONCILER_RULES_SETTLE_MS";
  public static final String EXTRACTOR_DELAY_MS = "RECONCILER_EXTRACTOR_DELAY_MS";

  /**
   * How rule sets are compiled, {@code interpreted} (the default) or {@code executable-model}; read
   * where rules are compiled, in the server and on the command line ({@code
   * reconcile.RuleCompiler}).
   */
  public static final String RULES_COMPILER = "RECONCILER_RULES_COMPILER";

  /** JVM options of the Payara Micro process, read by {@code launch.PayaraServer}. */
  public static final String SERVER_JAVA_OPTS = "RECONCILER_SERVER_JAVA_OPTS";

  public static final String DEFAULT_RULES_DIR = "rules";

  /** 1 MiB: ample for a news report or a rule set, small enough to refuse abuse cheaply. */
  public static final String DEFAULT_MAX_BODY_BYTES = "1048576";

  /** How long rule files must stay unchanged before the service reloads them. */
  public static final String DEFAULT_RULES_SETTLE_MS = "1000";

  /** No delay: the server loads the extractor's models as soon as it is deployed. */
  public static final String DEFAULT_EXTRACTOR_DELAY_MS = "0";

  /**
   * The server's heap unless {@link #SERVER_JAVA_OPTS} sets one: the CoreNLP models take about 1.5
   * GB once loaded, and loading them needs more for a while (BENCHMARKS.md).
   */
  public static final String DEFAULT_SERVER_HEAP = "-Xmx3g";

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
        Path.of(env.getOrDefault(RULES_DIR, DEFAULT_RULES_DIR)),
        mode(env.getOrDefault(MODE, "development")),
        env.getOrDefault(USERS, "").strip(),
        blankToNull(env.get(API_KEY)),
        maxBodyBytes(env.getOrDefault(MAX_BODY_BYTES, DEFAULT_MAX_BODY_BYTES)),
        yesNo(RULES_WATCH, env.get(RULES_WATCH)),
        millis(RULES_SETTLE_MS, env.getOrDefault(RULES_SETTLE_MS, DEFAULT_RULES_SETTLE_MS)),
        millis(
            EXTRACTOR_DELAY_MS, env.getOrDefault(EXTRACTOR_DELAY_MS, DEFAULT_EXTRACTOR_DELAY_MS)),
        ClusterSettings.from(null, env));
  }

  public Settings {
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("the port must be between 1 and 65535, not " + port);
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException(
          MAX_BODY_BYTES + " must be at least 1, not " + maxBodyBytes);
    }
  }

  private static Boolean yesNo(String name, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1" -> true;
      case "false", "no", "0" -> false;
      default ->
          throw new IllegalArgumentException(name + " must be true or false, not '" + text + "'");
    };
  }

  private static long millis(String name, String text) {
    try {
      long n = Long.parseLong(text.strip());
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        name + " must be a number of milliseconds, not '" + text + "'");
  }

  private static Mode mode(String text) {
    try {
      return Mode.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          MODE + " must be development or production, not '" + text + "'");
    }
  }

  /** Parses a byte count; a positive whole number, as the README says. */
  public static long maxBodyBytes(String text) {
    try {
      long n = Long.parseLong(text.strip());
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        MAX_BODY_BYTES + " must be a number of bytes (at least 1), not '" + text + "'");
  }

  public boolean isProduction() {
    return mode == Mode.PRODUCTION;
  }

  public boolean usesEmbeddedDatabase() {
    return dbUrl == null;
  }

  public Settings withPort(int newPort) {
    return new Settings(
        dbUrl,
        dbUser,
        dbPassword,
        dataDir,
        logDir,
        newPort,
        rulesDir,
        mode,
        users,
        apiKey,
        maxBodyBytes,
        rulesWatch,
        rulesSettleMs,
        extractorDelayMs,
        cluster);
  }

  public Settings withDataDir(Path dir) {
    return new Settings(
        dbUrl,
        dbUser,
        dbPassword,
        dir,
        logDir,
        port,
        rulesDir,
        mode,
        users,
        apiKey,
        maxBodyBytes,
        rulesWatch,
        rulesSettleMs,
        extractorDelayMs,
        cluster);
  }

  public Settings withUsers(String newUsers) {
    return new Settings(
        dbUrl,
        dbUser,
        dbPassword,
        dataDir,
        logDir,
        port,
        rulesDir,
        mode,
        newUsers,
        apiKey,
        maxBodyBytes,
        rulesWatch,
        rulesSettleMs,
        extractorDelayMs,
        cluster);
  }

  /** These settings joining {@code grid} (null: a single instance). */
  public Settings withCluster(ClusterSettings grid) {
    return new Settings(
        dbUrl,
        dbUser,
        dbPassword,
        dataDir,
        logDir,
        port,
        rulesDir,
        mode,
        users,
        apiKey,
        maxBodyBytes,
        rulesWatch,
        rulesSettleMs,
        extractorDelayMs,
        grid);
  }

  /** The settings the server process needs, as its environment. */
  public Map<String, String> serverEnvironment() {
    Map<String, String> env = new HashMap<>();
    env.put(RULES_DIR, rulesDir.toAbsolutePath().toString());
    env.put(PORT, Integer.toString(port));
    env.put(MODE, mode.name().toLowerCase(Locale.ROOT));
    env.put(USERS, users);
    env.put(MAX_BODY_BYTES, Long.toString(maxBodyBytes));
    if (apiKey != null) {
      env.put(API_KEY, apiKey);
    }
    if (rulesWatch != null) {
      env.put(RULES_WATCH, rulesWatch.toString());
    }
    env.put(RULES_SETTLE_MS, Long.toString(rulesSettleMs));
    env.put(EXTRACTOR_DELAY_MS, Long.toString(extractorDelayMs));
    if (cluster != null) {
      env.put(ClusterSettings.NAME, cluster.name());
    }
    return env;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
