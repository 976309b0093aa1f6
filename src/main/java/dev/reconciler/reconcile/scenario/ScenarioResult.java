package dev.reconciler.reconcile.scenario;

import java.util.List;

/** The result of one scenario: passed when there is no failure; each failure says expected vs actual. */
public record ScenarioResult(Scenario scenario, List<String> failures) {

  public boolean passed() {
    return failures.isEmpty();
  }
}
