package dev.reconciler.health;

import dev.reconciler.app.rules.RulesFileWatch;
import dev.reconciler.app.rules.RulesInForce;
import dev.reconciler.cluster.Grid;
import dev.reconciler.reconcile.Reconciler;
import dev.reconciler.reconcile.RuleSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when a rule set compiled and is in force, with its version and hash (on a cluster, with the
 * cluster's name and members), and, when the rules directory is watched, what the last reload did.
 * A refused edit leaves the service ready: the version in force keeps serving, and the refusal is
 * shown here.
 */
@Readiness
@ApplicationScoped
public class RulesReadiness implements HealthCheck {

  private static final String NAME = "rules compiled";

  @Inject RulesInForce rules;
  @Inject RulesFileWatch watch;
  @Inject Grid grid;

  @Override
  public HealthCheckResponse call() {
    try {
      RuleSet r = rules.activeRuleSet();
      HealthCheckResponseBuilder up =
          HealthCheckResponse.named(NAME)
              .up()
              .withData("version", r.version())
              .withData("hash", r.hash())
              .withData("compiler", new Reconciler(r).compiledBy().key())
              .withData("watching", watch.watching());
      // Clustered: which cluster and members this instance's version is in force with.
      grid.describe()
          .ifPresent(
              c -> {
                up.withData("cluster", c.path("name").asText());
                up.withData("member", c.path("member").asText());
                List<String> members = new ArrayList<>();
                c.path("members").forEach(m -> members.add(m.asText()));
                up.withData("members", String.join(",", members));
              });
      watch
          .lastReload()
          .ifPresent(
              last -> {
                up.withData("lastReloadAt", last.at().toString());
                up.withData(
                    "lastReload",
                    last.activated() ? "activated " + last.version() : last.problem());
              });
      return up.build();
    } catch (RuntimeException e) {
      return HealthCheckResponse.named(NAME)
          .down()
          .withData("error", String.valueOf(e.getMessage()))
          .build();
    }
  }
}
