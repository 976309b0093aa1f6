package dev.reconciler.store;

import dev.reconciler.launch.DatabaseCheck;
import dev.reconciler.launch.DatabaseTarget;
import dev.reconciler.launch.EmbeddedDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * A fresh, migrated schema on a real PostgreSQL for one test: on the embedded server (started once
 * per test run) or, when {@code RECONCILER_TEST_DB_URL} is set, on that server. Gives JDBC and a
 * JPA EntityManagerFactory with the application's mappings.
 */
public final class TestSchema implements AutoCloseable {

  private static DatabaseTarget server;

  private final DatabaseTarget target;
  private final String schema;
  private final EntityManagerFactory emf;

  private TestSchema(DatabaseTarget target, String schema) {
    this.target = target;
    this.schema = schema;
    new SchemaMigrator(dataSource()).migrate();
    this.emf =
        Persistence.createEntityManagerFactory(
            "reconciler-test",
            Map.of(
                "jakarta.persistence.jdbc.url", target.url(),
                "jakarta.persistence.jdbc.user", target.user(),
                "jakarta.persistence.jdbc.password", target.password(),
                // Tests count what a use case loads (IngestionIT: claims are not read back).
                "hibernate.generate_statistics", "true",
                // ...without a log block at the end of every session.
                "hibernate.session.events.log", "false"));
  }

  public static TestSchema create() throws Exception {
    DatabaseTarget base = server();
    String schema = "store_test_" + Long.toString(System.nanoTime(), 36);
    try (Connection c = DatabaseCheck.dataSource(base).getConnection()) {
      c.createStatement().execute("create schema " + schema);
    }
    String url = base.url() + (base.url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
    return new TestSchema(
        new DatabaseTarget(url, base.user(), base.password(), base.embedded()), schema);
  }

  private static synchronized DatabaseTarget server() throws Exception {
    if (server == null) {
      String external = System.getenv("RECONCILER_TEST_DB_URL");
      if (external != null && !external.isBlank()) {
        server =
            new DatabaseTarget(
                external,
                System.getenv().getOrDefault("RECONCILER_TEST_DB_USER", "postgres"),
                System.getenv().getOrDefault("RECONCILER_TEST_DB_PASSWORD", ""),
                false);
      } else {
        Path dir = Files.createTempDirectory(Path.of("target"), "store-db-");
        EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0);
        Runtime.getRuntime().addShutdownHook(new Thread(db::close));
        server = db.target();
      }
    }
    return server;
  }

  public DatabaseTarget target() {
    return target;
  }

  public DataSource dataSource() {
    return DatabaseCheck.dataSource(target);
  }

  public Connection connection() throws SQLException {
    return dataSource().getConnection();
  }

  /** Runs {@code work} in one committed transaction. */
  public void inTransaction(Consumer<EntityManager> work) {
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      work.accept(em);
      em.getTransaction().commit();
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  /** The application's mappings on this schema, with resource-local transactions. */
  public EntityManagerFactory entityManagerFactory() {
    return emf;
  }

  @Override
  public void close() throws Exception {
    emf.close();
    try (Connection c = DatabaseCheck.dataSource(server()).getConnection()) {
      c.createStatement().execute("drop schema if exists " + schema + " cascade");
    }
  }
}
