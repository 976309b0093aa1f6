package dev.reconciler.health;

import dev.reconciler.app.RulesInForce;
import dev.reconciler.reconcile.RuleSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when a rule set compiled and is in force, with its version and hash. */
@Readiness
@ApplicationScoped
public class RulesReadiness implements HealthCheck {

  @Inject RulesInForce rules;

  @Override
  public HealthCheckResponse call() {
    try {
      RuleSet r = rules.activeRuleSet();
      return HealthCheckResponse.named("rules compiled")
          .up()
          .withData("version", r.version())
          .withData("hash", r.hash())
          .build();
    } catch (RuntimeException e) {
      return HealthCheckResponse.named("rules compiled").down().withData("error", String.valueOf(e.getMessage())).build();
    }
  }
}
