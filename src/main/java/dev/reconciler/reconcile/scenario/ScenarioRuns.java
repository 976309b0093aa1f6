package dev.reconciler.reconcile.scenario;

import dev.reconciler.reconcile.RuleSet;
import dev.reconciler.reconcile.RuleSetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.regex.Pattern;

/**
 * Runs scenario texts (as stored with a rule-set version) against that version, so that which rules
 * each one fired, and so which scenarios cover a rule, is known from running them, never guessed
 * from their names.
 */
public final class ScenarioRuns {

  private static final Pattern SCENARIO_FILE = Pattern.compile(".*\\.(ya?ml|json)$");

  private ScenarioRuns() {}

  /**
   * Every scenario file among {@code texts} (relative path to text, in path order) run against
   * {@code ruleSet}, which must compile. A file that cannot be read or run is kept with its problem
   * and no fired rule: it covers nothing.
   */
  public static List<ScenarioRun> against(RuleSet ruleSet, SortedMap<String, String> texts) {
    ScenarioRunner runner = new ScenarioRunner(ruleSet);
    List<ScenarioRun> runs = new ArrayList<>();
    for (Map.Entry<String, String> f : texts.entrySet()) {
      String path = f.getKey();
      if (!SCENARIO_FILE.matcher(path).matches()) {
        continue;
      }
      String shortName = path.substring(path.lastIndexOf('/') + 1);
      Scenario scenario;
      try {
        scenario = ScenarioReader.fromText(path, f.getValue());
      } catch (IllegalArgumentException e) {
        runs.add(new ScenarioRun(path, f.getValue(), shortName, false, List.of(), e.getMessage()));
        continue;
      }
      try {
        ScenarioResult result = runner.run(scenario);
        runs.add(
            new ScenarioRun(
                path,
                f.getValue(),
                scenario.name(),
                result.passed(),
                result.firedRules(),
                result.passed() ? null : String.join("; ", result.failures())));
      } catch (RuleSetException | IllegalArgumentException e) {
        runs.add(
            new ScenarioRun(path, f.getValue(), scenario.name(), false, List.of(), e.getMessage()));
      }
    }
    return runs;
  }
}
