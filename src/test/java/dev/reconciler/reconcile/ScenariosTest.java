package dev.reconciler.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reconciler.reconcile.scenario.Scenario;
import dev.reconciler.reconcile.scenario.ScenarioReader;
import dev.reconciler.reconcile.scenario.ScenarioResult;
import dev.reconciler.reconcile.scenario.ScenarioRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs every editors' scenario under rules/tests/ against the default rule set in rules/. */
class ScenariosTest {

  static final Path RULES = Path.of("rules");
  static final RuleSet RULE_SET = RuleSetLoader.fromDirectory(RULES);
  static final List<Scenario> SCENARIOS = ScenarioReader.readAll(RULES.resolve("tests"));

  @TestFactory
  Stream<DynamicTest> everyScenarioPasses() {
    ScenarioRunner runner = new ScenarioRunner(RULE_SET);
    return SCENARIOS.stream()
        .map(
            s ->
                DynamicTest.dynamicTest(
                    s.file().getFileName() + ": " + s.name(),
                    () -> {
                      ScenarioResult r = runner.run(s);
                      assertThat(r.failures()).as(s.file().toString()).isEmpty();
                    }));
  }

  @Test
  void everyRuleFileHasAScenario() {
    assertThat(ScenarioRunner.uncovered(RULE_SET, SCENARIOS))
        .as("rule files without a scenario in rules/tests/ (list them under 'covers:')")
        .isEmpty();
  }
}
