package dev.reconciler.reconcile.scenario;

import java.util.List;

/**
 * The result of one scenario: passed when there is no failure; each failure says expected vs
 * actual. The rules that fired show which rules the scenarios exercise.
 */
public record ScenarioResult(Scenario scenario, List<String> failures, List<String> firedRules) {

  public ScenarioResult {
    failures = List.copyOf(failures);
    firedRules = List.copyOf(firedRules);
  }

  public boolean passed() {
    return failures.isEmpty();
  }
}
