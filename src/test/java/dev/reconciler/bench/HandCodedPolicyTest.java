package dev.reconciler.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reconciler.json.ClaimJson;
import dev.reconciler.reconcile.Incident;
import dev.reconciler.reconcile.Reconciler;
import dev.reconciler.reconcile.RuleSet;
import dev.reconciler.reconcile.RuleSetLoader;
import dev.reconciler.reconcile.scenario.Scenario;
import dev.reconciler.reconcile.scenario.ScenarioReader;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Correctness of the benchmark's inputs, not speed: the generator is reproducible, and the
 * hand-coded policy decides what Drools decides on a few generated incidents. No timing here.
 */
class HandCodedPolicyTest {

  private static RuleSet rules;

  @BeforeAll
  static void load() {
    rules = RuleSetLoader.fromDirectory(Path.of("rules"));
  }

  @Test
  void theSameSeedGivesTheSameIncidents() {
    IncidentGenerator a = new IncidentGenerator(7, rules.data());
    IncidentGenerator b = new IncidentGenerator(7, rules.data());
    for (int i = 0; i < 20; i++) {
      Incident x = a.next(30);
      Incident y = b.next(30);
      assertThat(x.claims()).hasSize(30);
      assertThat(x.claims().stream().map(ClaimJson::toJson).toList())
          .isEqualTo(y.claims().stream().map(ClaimJson::toJson).toList());
      assertThat(x.reportDates()).isEqualTo(y.reportDates());
    }
  }

  @Test
  void theHandCodedPolicyDecidesAsDroolsDoesOnTheEditorsScenarios() {
    // The generator writes no headlines, revisions or denials; the scenarios do.
    Reconciler drools = new Reconciler(rules);
    HandCodedPolicy hand = new HandCodedPolicy(rules.data());
    for (Scenario s : ScenarioReader.readAll(Path.of("rules", "tests"))) {
      Incident incident = s.incident();
      assertThat(
              Agreement.differences(incident, drools.reconcile(incident), hand.reconcile(incident)))
          .as(s.file().toString())
          .isEmpty();
    }
  }

  @Test
  void theHandCodedPolicyDecidesAsDroolsDoes() {
    for (long seed : new long[] {1, 2, 3}) {
      AgreementCheck.Report r = AgreementCheck.run(rules, seed, 15, 30);
      assertThat(r.examples()).as("differences for seed " + seed).isEmpty();
    }
  }
}
