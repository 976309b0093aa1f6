package dev.reconciler.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reconciler.reconcile.scenario.Scenario;
import dev.reconciler.reconcile.scenario.ScenarioReader;
import dev.reconciler.reconcile.scenario.ScenarioResult;
import dev.reconciler.reconcile.scenario.ScenarioRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failing scenario says, per attribute and key, what was expected and what came out. */
class ScenarioRunnerTest {

  @Test
  void aFailureShowsExpectedAndActual(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("wrong.yaml");
    Files.writeString(
        file,
        """
        name: wrong on purpose
        covers: [rank]
        reports: [{id: a, publishedOn: 2024-01-01}]
        claims:
          - {id: c1, report: a, attribute: injured, value: 5, role: official}
          - {id: c2, report: a, attribute: injured, value: 9, role: reporter}
        expect:
          injured:
            status: disputed
            best: 9
            claims: [{id: c2, outcome: supports}]
        """);
    Scenario s = ScenarioReader.read(file);
    ScenarioResult r = new ScenarioRunner(RuleSetLoader.fromDirectory(RulesFixture.RULES)).run(s);
    assertThat(r.passed()).isFalse();
    assertThat(r.failures())
        .contains(
            "injured.status: expected \"disputed\", actual \"settled\"",
            "injured.best: expected 9, actual 5",
            "injured.claims[c2].outcome: expected \"supports\", actual \"superseded\"");
  }

  @Test
  void ruleFilesWithoutScenarioAreListed() {
    RuleSet rs = RuleSetLoader.fromDirectory(RulesFixture.RULES);
    List<Scenario> none = List.of();
    assertThat(ScenarioRunner.uncovered(rs, none)).contains("dispute", "phase", "rank", "scope");
  }
}
