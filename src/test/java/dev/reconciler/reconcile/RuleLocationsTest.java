package dev.reconciler.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Rules found at their declaration, the file Drools compiled them from and the line they open. */
class RuleLocationsTest {

  @Test
  void everyCompiledRuleIsLocatedWhereItIsDeclared() {
    RuleSet rules = RuleSetLoader.fromDirectory(Path.of("rules"));
    Reconciler reconciler = new Reconciler(rules, RuleCompiler.INTERPRETED);
    SortedMap<String, String> compiled = reconciler.ruleFiles();
    assertThat(compiled).isNotEmpty();
    compiled.forEach(
        (name, file) -> {
          RuleLocation at = reconciler.ruleLocations().of(name).orElseThrow();
          assertThat(at.file()).as(name).isEqualTo(file);
          String line = rules.files().get(file).split("\n", -1)[at.line() - 1];
          assertThat(line.strip()).as(name).startsWith("rule \"" + name + "\"");
        });
    assertThat(reconciler.ruleLocations().all().keySet()).isEqualTo(compiled.keySet());
  }

  @Test
  void quotedUnquotedAndIndentedDeclarationsAreFoundAndCommentsAreNot() {
    SortedMap<String, String> files = new TreeMap<>();
    files.put(
        "policy/a.drl",
        "package policy\n"
            + "// rule \"Only a comment\"\n"
            + "rule \"Says \\\"hi\\\"\"\nwhen\nthen\nend\n"
            + "  rule Plain\nwhen\nthen\nend\n"
            + "rule 'Single quoted' salience 1\nwhen\nthen\nend\n");
    files.put("data/ranks.csv", "rule \"Not a rule file\"\n");
    RuleLocations at = RuleLocations.inFiles(files);
    assertThat(at.all())
        .containsExactly(
            java.util.Map.entry("Says \"hi\"", new RuleLocation("policy/a.drl", 3)),
            java.util.Map.entry("Plain", new RuleLocation("policy/a.drl", 7)),
            java.util.Map.entry("Single quoted", new RuleLocation("policy/a.drl", 11)));
  }

  @Test
  void aResolutionLocatesTheRulesItNames() {
    RuleSet rules = RuleSetLoader.fromDirectory(Path.of("rules"));
    Reconciler reconciler = new Reconciler(rules, RuleCompiler.INTERPRETED);
    DecisionFingerprints.incidents(rules)
        .forEach(
            (name, incident) -> {
              Resolution r = reconciler.reconcile(incident);
              r.attributes()
                  .values()
                  .forEach(
                      a -> {
                        assertThat(r.rules()).as(name).containsKey(a.decidedBy());
                        a.claims().forEach(c -> assertThat(r.rules()).containsKey(c.rule()));
                      });
            });
  }
}
