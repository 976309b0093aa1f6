package dev.reconciler.launch;

import dev.reconciler.config.Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The database a command should work on: the external one when {@code RECONCILER_DB_URL} is set;
 * else the embedded one of the data directory, reached through the running service when one is up
 * (it records its URL in the data directory), or started for the command's duration.
 */
public final class ConfiguredDatabase implements AutoCloseable {

  private static final String RUNNING_URL_FILE = "embedded-db.url";

  private final DatabaseTarget target;
  private final EmbeddedDatabase startedHere;

  private ConfiguredDatabase(DatabaseTarget target, EmbeddedDatabase startedHere) {
    this.target = target;
    this.startedHere = startedHere;
  }

  public static ConfiguredDatabase open(Settings settings) {
    if (!settings.usesEmbeddedDatabase()) {
      DatabaseTarget t =
          new DatabaseTarget(settings.dbUrl(), settings.dbUser(), settings.dbPassword(), false);
      DatabaseCheck.verify(t);
      return new ConfiguredDatabase(t, null);
    }
    Path urlFile = settings.dataDir().resolve(RUNNING_URL_FILE);
    if (Files.isRegularFile(urlFile)) {
      try {
        DatabaseTarget running =
            new DatabaseTarget(
                Files.readString(urlFile, StandardCharsets.UTF_8).strip(), "postgres", "", true);
        DatabaseCheck.verify(running);
        return new ConfiguredDatabase(running, null);
      } catch (IOException | RuntimeException staleFile) {
        // The service that wrote it is gone; start the database here instead.
      }
    }
    if (!Files.isDirectory(settings.dataDir().resolve("postgres"))) {
      throw new DatabaseUnavailableException(
          settings.dataDir().resolve("postgres").toString(),
          "no embedded database there yet (start the service once, or set RECONCILER_DB_URL)");
    }
    EmbeddedDatabase db = EmbeddedDatabase.start(settings.dataDir().resolve("postgres"), 0);
    return new ConfiguredDatabase(db.target(), db);
  }

  /** Records where the running service's embedded database answers, for other commands. */
  static void recordRunning(Path dataDir, DatabaseTarget target) {
    try {
      Files.writeString(dataDir.resolve(RUNNING_URL_FILE), target.url(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to the data directory " + dataDir, e);
    }
  }

  static void forgetRunning(Path dataDir) {
    try {
      Files.deleteIfExists(dataDir.resolve(RUNNING_URL_FILE));
    } catch (IOException ignored) {
      // A stale file is detected and ignored by open().
    }
  }

  public DatabaseTarget target() {
    return target;
  }

  @Override
  public void close() {
    if (startedHere != null) {
      startedHere.close();
    }
  }
}
