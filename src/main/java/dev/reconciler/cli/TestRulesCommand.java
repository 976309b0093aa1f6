package dev.reconciler.cli;

import dev.reconciler.reconcile.RuleSet;
import dev.reconciler.reconcile.RuleSetLoader;
import dev.reconciler.reconcile.scenario.Scenario;
import dev.reconciler.reconcile.scenario.ScenarioReader;
import dev.reconciler.reconcile.scenario.ScenarioResult;
import dev.reconciler.reconcile.scenario.ScenarioRunner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./reconciler test-rules}: Runs the rule scenarios under rules/tests/ and shows what fails.
 */
@Command(
    name = "test-rules",
    mixinStandardHelpOptions = true,
    description = "Runs the rule scenarios under rules/tests/ and shows what fails.")
final class TestRulesCommand implements Callable<Integer> {

  @Option(
      names = "--rules",
      paramLabel = "DIR",
      defaultValue = "rules",
      description = "The rules directory (default: ${DEFAULT-VALUE}); scenarios are in its tests/.")
  Path rules;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    QuietEngine.apply();
    RuleSet ruleSet = RuleSetLoader.fromDirectory(rules);
    List<Scenario> scenarios = ScenarioReader.readAll(rules.resolve("tests"));
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        "rule set "
            + ruleSet.version()
            + " ("
            + ruleSet.hash().substring(0, 12)
            + "), "
            + scenarios.size()
            + " scenarios");
    int failed = 0;
    for (ScenarioResult r : new ScenarioRunner(ruleSet).run(scenarios)) {
      String file = rules.relativize(r.scenario().file()).toString();
      if (r.passed()) {
        out.println("PASS " + file + ": " + r.scenario().name());
      } else {
        failed++;
        out.println("FAIL " + file + ": " + r.scenario().name());
        r.failures().forEach(f -> out.println("     " + f));
      }
    }
    Set<String> uncovered = ScenarioRunner.uncovered(ruleSet, scenarios);
    for (String name : uncovered) {
      failed++;
      out.println(
          "FAIL rule file " + name + ".drl has no scenario (no scenario lists it under 'covers')");
    }
    out.println(failed == 0 ? "all passed" : failed + " failed");
    out.flush();
    return failed == 0 ? 0 : 1;
  }
}
