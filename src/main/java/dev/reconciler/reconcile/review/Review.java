package dev.reconciler.reconcile.review;

import dev.reconciler.reconcile.RuleSet;
import dev.reconciler.reconcile.scenario.ScenarioResult;
import java.util.List;

/**
 * What a review of a rule set found.
 *
 * @param ruleSet the rule set, or null when it could not even be read
 * @param errors problems that make the rule set unusable, one per line as {@code file:line:column:
 *     message}
 * @param warnings problems an editor should look at that do not stop the rule set
 * @param scenarios the result of every scenario, empty when the rule set has errors
 */
public record Review(
    RuleSet ruleSet, List<String> errors, List<String> warnings, List<ScenarioResult> scenarios) {

  public Review {
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
    scenarios = List.copyOf(scenarios);
  }

  /** The rule set compiles. */
  public boolean valid() {
    return errors.isEmpty();
  }

  public List<ScenarioResult> failedScenarios() {
    return scenarios.stream().filter(s -> !s.passed()).toList();
  }

  /** The rule set compiles and every scenario passes: safe to activate. */
  public boolean passed() {
    return valid() && failedScenarios().isEmpty();
  }

  /** Why the rule set may not go live, in one line, or null when it may. */
  public String reasonRefused() {
    if (!valid()) {
      return errors.size() + " error(s); first: " + errors.get(0);
    }
    List<ScenarioResult> failed = failedScenarios();
    if (!failed.isEmpty()) {
      ScenarioResult f = failed.get(0);
      return failed.size()
          + " scenario(s) failed; first: "
          + f.scenario().file().getFileName()
          + ": "
          + f.failures().get(0);
    }
    return null;
  }
}
