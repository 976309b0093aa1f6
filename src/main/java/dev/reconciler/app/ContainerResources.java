package dev.reconciler.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * What the container gives the use cases, as injectable beans: the persistence unit's
 * transaction-scoped EntityManager and the clock. Tests pass their own through the constructors.
 */
@ApplicationScoped
public class ContainerResources {

  @Produces
  @PersistenceContext(unitName = "reconciler")
  EntityManager entityManager;

  @Produces
  Clock clock() {
    return Clock.systemUTC();
  }
}
