package dev.reconciler.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reconciler.json.ResolutionJson;
import dev.reconciler.reconcile.scenario.Scenario;
import dev.reconciler.reconcile.scenario.ScenarioReader;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule-set identity, KieBase reuse and building from in-memory texts. */
class RuleSetTest {

  static final Scenario SEEDS =
      ScenarioReader.read(Path.of("rules/tests/seeds-karachi-police-office.yaml"));

  @Test
  void theSameRuleSetReusesOneKieBase() {
    RuleSet a = RuleSetLoader.fromDirectory(RulesFixture.RULES);
    RuleSet b = RuleSetLoader.fromDirectory(RulesFixture.RULES);
    assertThat(new Reconciler(a).kieBase()).isSameAs(new Reconciler(b).kieBase());
  }

  @Test
  void theIdentityIsTheManifestVersionAndAHashOfEveryFile(@TempDir Path tmp) {
    RuleSet original = RuleSetLoader.fromDirectory(RulesFixture.RULES);
    Path copy = RulesFixture.copyTo(tmp.resolve("rules"));
    RulesFixture.replace(
        copy.resolve("data/thresholds.csv"), "hostages_taken,3", "hostages_taken,2");
    RuleSet edited = RuleSetLoader.fromDirectory(copy);

    assertThat(original.version()).isEqualTo(RulesFixture.manifestVersion());
    assertThat(original.hash()).hasSize(64);
    assertThat(edited.version()).isEqualTo(original.version());
    assertThat(edited.hash()).isNotEqualTo(original.hash());
    assertThat(new Reconciler(edited).kieBase()).isNotSameAs(new Reconciler(original).kieBase());
  }

  @Test
  void scenariosAreNotPartOfTheRuleSet(@TempDir Path tmp) {
    RuleSet original = RuleSetLoader.fromDirectory(RulesFixture.RULES);
    Path copy = RulesFixture.copyTo(tmp.resolve("rules"));
    RulesFixture.replace(
        copy.resolve("tests/threshold-unverified.yaml"), "name:", "# edited\nname:");
    assertThat(RuleSetLoader.fromDirectory(copy).hash()).isEqualTo(original.hash());
  }

  @Test
  void anEditedDataFileTakesEffectWithoutRebuildingJava(@TempDir Path tmp) {
    Path copy = RulesFixture.copyTo(tmp.resolve("rules"));
    RulesFixture.replace(
        copy.resolve("data/thresholds.csv"), "hostages_taken,3", "hostages_taken,2");
    Resolution r = new Reconciler(RuleSetLoader.fromDirectory(copy)).reconcile(SEEDS.incident());
    assertThat(r.get(dev.reconciler.claim.Attribute.HOSTAGES_TAKEN).status())
        .isEqualTo(Status.SETTLED);
  }

  @Test
  void aRuleSetBuiltFromTextsGivesTheSameResolutionAsFromDisk() {
    RuleSet disk = RuleSetLoader.fromDirectory(RulesFixture.RULES);
    Map<String, String> texts = RulesFixture.texts(RulesFixture.RULES);
    RuleSet memory = RuleSetLoader.fromTexts(texts, "stored");

    assertThat(memory.hash()).isEqualTo(disk.hash());
    assertThat(memory.files()).isEqualTo(disk.files());
    Resolution fromDisk = new Reconciler(disk).reconcile(SEEDS.incident());
    Resolution fromTexts = new Reconciler(memory).reconcile(SEEDS.incident());
    assertThat(ResolutionJson.toJson(fromTexts)).isEqualTo(ResolutionJson.toJson(fromDisk));
  }

  @Test
  void theResolutionRecordsTheRuleSetAndTheFiredRulesInOrder() {
    RuleSet rs = RuleSetLoader.fromDirectory(RulesFixture.RULES);
    Resolution r = new Reconciler(rs).reconcile(SEEDS.incident());
    assertThat(r.rulesetVersion()).isEqualTo(rs.version());
    assertThat(r.rulesetHash()).isEqualTo(rs.hash());
    assertThat(r.firedRules())
        .contains(
            "A claim about another incident is excluded",
            "Deaths total is victims killed plus attackers killed");
    assertThat(r.firedRules().indexOf("A claim about another incident is excluded"))
        .isLessThan(r.firedRules().indexOf("Deaths total is victims killed plus attackers killed"));
  }
}
