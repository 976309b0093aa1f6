package dev.reconciler.launch;

import dev.reconciler.config.Settings;
import dev.reconciler.store.SchemaMigrator;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.flywaydb.core.api.FlywayException;

/**
 * The whole service as one unit: the database (embedded or external, checked and migrated first, so
 * problems show in one line before the server starts) and Payara Micro with the application. {@code
 * ./reconciler serve} and the integration tests both start it through here.
 */
public final class ReconcilerService implements AutoCloseable {

  private final EmbeddedDatabase embedded;
  private final DatabaseTarget database;
  private final PayaraServer server;
  private final Path dataDir;
  private boolean closed;

  private ReconcilerService(
      EmbeddedDatabase embedded, DatabaseTarget database, PayaraServer server, Path dataDir) {
    this.embedded = embedded;
    this.database = database;
    this.server = server;
    this.dataDir = dataDir;
  }

  /** Where the build puts the CoreNLP models jar, under the build directory. */
  public static final String MODELS_DIR = "nlp";

  /**
   * Starts the service and returns once it answers reads ({@code /health/ready}: every check UP but
   * the extractor's, whose models may still be loading: {@link #awaitExtractor}) and its API
   * description is built ({@link PayaraServer#buildApiDescription}). {@code buildDir} holds {@code
   * payara-micro.jar}, {@code reconciler.war} and {@code nlp/} with the CoreNLP models jar; {@code
   * progress} receives one line per step for the user.
   */
  public static ReconcilerService start(
      Settings settings, Path buildDir, Duration readyTimeout, Consumer<String> progress) {
    requireSharedDatabase(settings);
    requirePortFree(settings.port());
    EmbeddedDatabase embedded = null;
    DatabaseTarget database;
    if (settings.usesEmbeddedDatabase()) {
      progress.accept(
          "starting the embedded PostgreSQL in " + settings.dataDir().resolve("postgres"));
      embedded = EmbeddedDatabase.start(settings.dataDir().resolve("postgres"), 0);
      database = embedded.target();
      progress.accept(
          "embedded PostgreSQL at " + database.url() + " (user " + database.user() + ")");
    } else {
      database =
          new DatabaseTarget(settings.dbUrl(), settings.dbUser(), settings.dbPassword(), false);
      progress.accept("checking the database at " + database.url());
      DatabaseCheck.verify(database);
    }
    try {
      String version = migrate(database);
      progress.accept("database schema at version " + version);
      Path log = settings.logDir().resolve("server.log");
      Path nlp = buildDir.resolve(MODELS_DIR);
      List<Path> models = PayaraServer.librariesIn(nlp);
      if (models.isEmpty()) {
        progress.accept(
            "no CoreNLP models in "
                + nlp
                + ": the service will answer reads, but reports get 503"
                + " (build with ./mvnw package)");
      }
      progress.accept("starting Payara Micro on port " + settings.port() + " (log: " + log + ")");
      if (settings.cluster() != null) {
        progress.accept(
            "joining cluster "
                + settings.cluster().name()
                + " (grid port "
                + settings.cluster().port()
                + ", members "
                + String.join(",", settings.cluster().members())
                + ")");
      }
      PayaraServer server =
          PayaraServer.start(
              buildDir.resolve("payara-micro.jar"),
              buildDir.resolve("reconciler.war"),
              models,
              settings.port(),
              database,
              log,
              settings.cluster(),
              settings.serverEnvironment());
      ReconcilerService service =
          new ReconcilerService(embedded, database, server, settings.dataDir());
      try {
        server.awaitReady(readyTimeout);
        long describing = System.nanoTime();
        String notDescribed = server.buildApiDescription(readyTimeout);
        progress.accept(
            notDescribed == null
                ? String.format(
                    Locale.ROOT,
                    "API description built in %.1f s",
                    (System.nanoTime() - describing) / 1e9)
                : "the API description at /openapi did not build ("
                    + notDescribed
                    + "); the API itself is not affected");
        if (embedded != null) {
          ConfiguredDatabase.recordRunning(settings.dataDir(), database);
        }
      } catch (RuntimeException e) {
        service.close();
        throw e;
      }
      return service;
    } catch (RuntimeException e) {
      if (embedded != null) {
        embedded.close();
      }
      throw e;
    }
  }

  /**
   * Refuses a clustered instance on the embedded database, before anything starts: each instance
   * would start a database of its own, and the instances would share nothing.
   */
  public static void requireSharedDatabase(Settings settings) {
    if (settings.cluster() != null && settings.usesEmbeddedDatabase()) {
      throw new ServerFailedException(
          "cluster "
              + settings.cluster().name()
              + " needs an external PostgreSQL that every instance shares: set "
              + Settings.DB_URL
              + " (the embedded database serves a single instance)");
    }
  }

  private static String migrate(DatabaseTarget database) {
    try {
      return new SchemaMigrator(DatabaseCheck.dataSource(database)).migrate();
    } catch (FlywayException e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage().strip();
      int nl = message.indexOf('\n');
      throw new DatabaseUnavailableException(
          database.url(), "migration failed: " + (nl < 0 ? message : message.substring(0, nl)));
    }
  }

  private static void requirePortFree(int port) {
    try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getByName("0.0.0.0"))) {
      s.setReuseAddress(true);
    } catch (IOException e) {
      throw new ServerFailedException(
          "port " + port + " is already in use (choose another with --port N)");
    }
  }

  /** Where the extractor is now. */
  public ExtractorOutcome extractor() {
    return server.extractor();
  }

  /**
   * Waits until the extractor's models are loaded or failed to load, at most {@code timeout} (then
   * the outcome is still {@code LOADING}).
   */
  public ExtractorOutcome awaitExtractor(Duration timeout) {
    return server.awaitExtractor(timeout);
  }

  public URI baseUri() {
    return server.baseUri();
  }

  public DatabaseTarget database() {
    return database;
  }

  public Path logFile() {
    return server.logFile();
  }

  /** Blocks until the server process ends on its own; returns its exit code. */
  public int awaitServerExit() throws InterruptedException {
    return server.waitFor();
  }

  /** Stops the server first (it may still be writing), then the embedded database. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      server.close();
    } finally {
      if (embedded != null) {
        ConfiguredDatabase.forgetRunning(dataDir);
        embedded.close();
      }
    }
  }
}
