package dev.reconciler.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database to the latest schema with the plain-SQL migrations under {@code db/migration}
 * (packaged at {@code classpath:db/migration}). Used by the launcher before the server starts and
 * by the server at deployment, so the schema is current before anything is served.
 */
public final class SchemaMigrator {

  public static final String LOCATION = "classpath:db/migration";

  private final Flyway flyway;

  public SchemaMigrator(DataSource dataSource) {
    // Flyway must search the application's class loader, not its own (matters inside Payara).
    this.flyway =
        Flyway.configure(SchemaMigrator.class.getClassLoader())
            .dataSource(dataSource)
            .locations(LOCATION)
            .load();
  }

  /** Applies pending migrations and returns the schema version now in force. */
  public String migrate() {
    MigrateResult result = flyway.migrate();
    return result.targetSchemaVersion != null ? result.targetSchemaVersion : currentVersion();
  }

  /** The version of the last applied migration, or null on an empty database. */
  public String currentVersion() {
    MigrationInfo current = flyway.info().current();
    return current == null ? null : current.getVersion().getVersion();
  }

  /** The version of the newest migration this build ships. */
  public String latestAvailableVersion() {
    MigrationInfo[] all = flyway.info().all();
    return all.length == 0 ? null : all[all.length - 1].getVersion().getVersion();
  }
}
