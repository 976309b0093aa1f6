package dev.reconciler.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The rule compiler setting, and both compilers deciding alike on the scenarios and seeds. */
class RuleCompilerTest {

  @Test
  void theSettingNamesOneOfTwoCompilers() {
    assertThat(RuleCompiler.parse("executable-model")).isEqualTo(RuleCompiler.EXECUTABLE_MODEL);
    assertThat(RuleCompiler.parse(" Interpreted ")).isEqualTo(RuleCompiler.INTERPRETED);
    assertThat(RuleCompiler.EXECUTABLE_MODEL.key()).isEqualTo("executable-model");
    assertThatThrownBy(() -> RuleCompiler.parse("fast"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RECONCILER_RULES_COMPILER")
        .hasMessageContaining("'fast'");
  }

  @Test
  void bothCompilersDecideAlike() {
    RuleSet rules = RuleSetLoader.fromDirectory(Path.of("rules"));
    Reconciler interpreted = new Reconciler(rules, RuleCompiler.INTERPRETED);
    Reconciler executable = new Reconciler(rules, RuleCompiler.EXECUTABLE_MODEL);
    assertThat(executable.compiledBy()).isEqualTo(RuleCompiler.EXECUTABLE_MODEL);
    assertThat(executable.ruleFiles()).isEqualTo(interpreted.ruleFiles());
    DecisionFingerprints.incidents(rules)
        .forEach(
            (name, incident) ->
                assertThat(DecisionFingerprints.fingerprint(executable.reconcile(incident)))
                    .as(name)
                    .isEqualTo(DecisionFingerprints.fingerprint(interpreted.reconcile(incident))));
  }
}
