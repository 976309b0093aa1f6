package dev.reconciler.reconcile.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reconciler.json.ScenarioRunJson;
import dev.reconciler.reconcile.RuleSet;
import dev.reconciler.reconcile.RuleSetLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Scenarios stored with a version, run against it: the rules they fired are what they cover. */
class ScenarioRunsTest {

  private static final Path RULES = Path.of("rules");
  private static final String DISPUTE =
      "A disputed attribute is published with its most recent claim as best";
  private static final String SETTLED =
      "Agreeing claims with a source at the threshold are settled";

  @Test
  void everyScenarioOfTheRulesDirectoryRunsAndCoversTheRuleItExpects() throws Exception {
    RuleSet rules = RuleSetLoader.fromDirectory(RULES);
    SortedMap<String, String> texts = RuleSetLoader.readScenarios(RULES);
    assertThat(texts.keySet())
        .contains("tests/dispute-two-officials.yaml")
        .allMatch(p -> p.startsWith("tests/") && p.endsWith(".yaml"));

    List<ScenarioRun> runs = ScenarioRuns.against(rules, texts);
    assertThat(runs).hasSize(texts.size()).allMatch(ScenarioRun::passed);
    ScenarioRun dispute =
        runs.stream()
            .filter(r -> r.path().equals("tests/dispute-two-officials.yaml"))
            .findFirst()
            .orElseThrow();
    assertThat(dispute.name()).isEqualTo("Two officials disagree on the number of attackers");
    assertThat(dispute.fired(DISPUTE)).isTrue();
    assertThat(dispute.names(DISPUTE)).isTrue();
    // The line an editor reads: the expectation that names the rule (line 24 of the file).
    List<String> lines = texts.get(dispute.path()).lines().toList();
    assertThat(lines.get(dispute.lineFor(DISPUTE) - 1)).contains("rule: " + DISPUTE);
    assertThat(dispute.lineFor(DISPUTE)).isEqualTo(24);
  }

  @Test
  void coverageIsWhatFiredNotWhatTheScenarioSaysItCovers() {
    RuleSet rules = RuleSetLoader.fromDirectory(RULES);
    SortedMap<String, String> texts = new TreeMap<>();
    // Says it covers dispute, but its two officials agree: the dispute rule never fires.
    texts.put(
        "tests/agreeing-officials.yaml",
        "# two officials agree\n"
            + "name: Two officials agree\n"
            + "covers: [dispute]\n"
            + "reports:\n"
            + "  - {id: a, publishedOn: 2015-11-14}\n"
            + "  - {id: b, publishedOn: 2015-11-14}\n"
            + "claims:\n"
            + "  - {id: a1, report: a, attribute: attackers_count, value: 8, speaker: Paris"
            + " prosecutor, role: official, phase: concluded}\n"
            + "  - {id: b1, report: b, attribute: attackers_count, value: 8, speaker: Interior"
            + " minister, role: official, phase: concluded}\n"
            + "expect:\n"
            + "  attackers_count: {status: settled, best: 8}\n");
    texts.put("tests/README.md", "not a scenario");
    texts.put("tests/broken.yaml", "name: [unclosed\n");

    List<ScenarioRun> runs = ScenarioRuns.against(rules, texts);

    assertThat(runs)
        .extracting(ScenarioRun::path)
        .containsExactly("tests/agreeing-officials.yaml", "tests/broken.yaml");
    ScenarioRun agreeing = runs.get(0);
    assertThat(agreeing.passed()).as(agreeing.problem()).isTrue();
    assertThat(agreeing.fired(DISPUTE)).isFalse();
    assertThat(agreeing.fired(SETTLED)).isTrue();
    assertThat(agreeing.names(SETTLED)).isFalse();
    // It names no rule: the link opens its name line.
    assertThat(agreeing.lineFor(SETTLED)).isEqualTo(2);

    ScenarioRun broken = runs.get(1);
    assertThat(broken.passed()).isFalse();
    assertThat(broken.firedRules()).isEmpty();
    assertThat(broken.problem()).startsWith("tests/broken.yaml: not valid YAML");
  }

  @Test
  void aFailingScenarioStillCoversTheRulesItFiredAndSaysWhyItFailed() {
    RuleSet rules = RuleSetLoader.fromDirectory(RULES);
    SortedMap<String, String> texts = new TreeMap<>();
    texts.put(
        "tests/wrong.yaml",
        "name: Expects the wrong best\n"
            + "claims:\n"
            + "  - {id: a1, report: a, attribute: injured, value: 3, speaker: Police chief,"
            + " role: official, phase: concluded}\n"
            + "expect:\n"
            + "  injured: {best: 4}\n");
    ScenarioRun run = ScenarioRuns.against(rules, texts).get(0);
    assertThat(run.passed()).isFalse();
    assertThat(run.problem()).contains("injured.best: expected 4, actual 3");
    assertThat(run.fired(SETTLED)).isTrue();
  }

  @Test
  void runsAreStoredAndReadBackAsTheyWere() {
    List<ScenarioRun> runs =
        List.of(
            new ScenarioRun("tests/b.yaml", "name: B\n", "B", false, List.of(), "why"),
            new ScenarioRun("tests/a.yaml", "name: A\n", "A", true, List.of("r2", "r1"), null));
    // jsonb keeps no key order: read back in path order.
    assertThat(ScenarioRunJson.fromJson(ScenarioRunJson.toJson(runs)))
        .containsExactly(runs.get(1), runs.get(0));
  }
}
