package dev.reconciler.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the database answers through JPA, with the schema version it is at. Goes through the
 * persistence unit rather than raw JDBC so that a broken Hibernate set-up shows here too.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @PersistenceContext(unitName = "reconciler")
  private EntityManager em;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
    try {
      Object version =
          em.createNativeQuery(
                  "select version from flyway_schema_history where success"
                      + " order by installed_rank desc limit 1")
              .getSingleResult();
      return response.up().withData("schemaVersion", String.valueOf(version)).build();
    } catch (RuntimeException e) {
      return response.down().withData("error", rootMessage(e)).build();
    }
  }

  private static String rootMessage(Throwable t) {
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
