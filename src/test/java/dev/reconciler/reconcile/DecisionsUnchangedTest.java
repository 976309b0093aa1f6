package dev.reconciler.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The default rules decide as they did when the fixture was written (before the application layer
 * was redesigned, issue 14): same status, best value, range, deciding rule and claim outcomes for
 * every scenario, the seeds and the benchmark's generated incidents. A refactoring of the engine,
 * the facts or the rule texts must keep them; a deliberate change of policy bumps the rule set's
 * version, which this test then no longer holds for (add the new version to the fixture's {@code #
 * versions:} line only when its decisions are the same).
 */
class DecisionsUnchangedTest {

  @Test
  void theRulesDecideAsTheFixtureRecords() {
    RuleSet rules = RuleSetLoader.fromDirectory(Path.of("rules"));
    assumeTrue(
        DecisionFingerprints.fixtureVersions().contains(rules.version()),
        "rule set " + rules.version() + " is not a version the fixture holds for");
    Reconciler reconciler = new Reconciler(rules);
    Map<String, String> expected = DecisionFingerprints.readFixture();
    Map<String, Incident> incidents = DecisionFingerprints.incidents(rules);
    assertThat(incidents.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
    List<String> differing = new ArrayList<>();
    incidents.forEach(
        (name, incident) -> {
          if (!expected
              .get(name)
              .equals(DecisionFingerprints.fingerprint(reconciler.reconcile(incident)))) {
            differing.add(name);
          }
        });
    assertThat(differing).as("incidents whose decisions changed").isEmpty();
  }

  /**
   * Rules 3.3.0 supersede a claim once (phase), so a superseded claim may name another winner than
   * 3.2.0 did; everything else must be as 3.2.0 decided. The fixture was printed by the 3.2.0 rule
   * files, not by the rules under test (its header says how).
   */
  @Test
  void theRulesDecideAsBeforeButForWhichWinnerIsNamed() {
    RuleSet rules = RuleSetLoader.fromDirectory(Path.of("rules"));
    assumeTrue(
        DecisionFingerprints.fixtureVersions(DecisionFingerprints.WITHOUT_WINNERS)
            .contains(rules.version()),
        "rule set " + rules.version() + " is not a version the fixture holds for");
    Reconciler reconciler = new Reconciler(rules);
    Map<String, String> expected =
        DecisionFingerprints.readFixture(DecisionFingerprints.WITHOUT_WINNERS);
    Map<String, Incident> incidents = DecisionFingerprints.incidents(rules);
    assertThat(incidents.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
    List<String> differing = new ArrayList<>();
    incidents.forEach(
        (name, incident) -> {
          if (!expected
              .get(name)
              .equals(
                  DecisionFingerprints.fingerprintWithoutWinners(reconciler.reconcile(incident)))) {
            differing.add(name);
          }
        });
    assertThat(differing).as("incidents whose decisions changed").isEmpty();
  }
}
