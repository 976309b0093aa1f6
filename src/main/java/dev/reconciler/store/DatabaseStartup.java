package dev.reconciler.store;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Defines the application's data source and migrates its schema when the application deploys,
 * before any request is served. The database itself (embedded or external) is started or chosen by
 * the launcher, which passes its coordinates in the environment.
 *
 * <p>Values are resolved by Payara before the application's own configuration is visible, so they
 * are read from the environment with inline defaults (STACK-NOTES 5).
 */
@DataSourceDefinition(
    name = DatabaseStartup.DATA_SOURCE,
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=RECONCILER_DB_URL:jdbc:postgresql://127.0.0.1:5432/reconciler}",
    user = "${MPCONFIG=RECONCILER_DB_USER:postgres}",
    password = "${MPCONFIG=RECONCILER_DB_PASSWORD:}",
    maxPoolSize = 20,
    minPoolSize = 1,
    // A pooled connection is checked (SELECT 1) each time it is handed out, and a stale one, after
    // a database restart, is dropped and replaced before any request uses it (issue 18). Not
    // fail-all-connections: on the first error it empties the whole pool, in-use connections
    // included, so transactions that began after the restart failed too (DatabaseRestartIT).
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname="
          + "org.glassfish.api.jdbc.validation.PostgresConnectionValidation"
    })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseStartup {

  public static final String DATA_SOURCE = "java:app/jdbc/reconciler";

  private static final Logger LOG = Logger.getLogger(DatabaseStartup.class.getName());

  @Resource(lookup = DATA_SOURCE)
  private DataSource dataSource;

  private volatile String schemaVersion;

  @PostConstruct
  void migrate() {
    schemaVersion = new SchemaMigrator(dataSource).migrate();
    LOG.info(() -> "reconciler: database schema at version " + schemaVersion);
  }

  /** The schema version this deployment migrated to. */
  public String schemaVersion() {
    return schemaVersion;
  }
}
