package dev.reconciler.cli;

import static dev.reconciler.cli.ReconcileCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reconciler.cli.ReconcileCommandTest.Run;
import dev.reconciler.reconcile.RulesFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate} as an editor uses it on a copy of the default rules. */
class ValidateCommandTest {

  @Test
  void theDefaultRulesAreValidWithoutWarnings() throws Exception {
    long scenarios;
    try (var files = Files.list(Path.of("rules/tests"))) {
      scenarios = files.filter(f -> f.toString().endsWith(".yaml")).count();
    }
    Run run = run("validate");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("compiles", scenarios + " of " + scenarios + " scenarios pass", "0 warning(s)");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aSyntaxErrorIsReportedAsFileLineColumnAndExitsOne(@TempDir Path tmp) {
    Path rules = RulesFixture.copyTo(tmp.resolve("rules"));
    RulesFixture.replace(
        rules.resolve("policy/scope.drl"), "then\n", "then\n    this is not java (\n");
    Run run = run("validate", "--rules", rules.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).containsPattern("(?m)^.*policy/scope\\.drl:\\d+(:\\d+)?: .+");
    assertThat(run.out()).contains("error(s)");
  }

  @Test
  void warnsAboutARuleThatCannotFireAndAnAttributeThatDoesNotExist(@TempDir Path tmp)
      throws Exception {
    Path rules = RulesFixture.copyTo(tmp.resolve("rules"));
    Files.writeString(
        rules.resolve("policy/scope.drl"),
        "\n"
            + "rule \"Claims about the weather are excluded\"\n"
            + "    ruleflow-group \"scope\"\n"
            + "when\n"
            + "    $c : ClaimFact( attribute.key() == \"weather\" )\n"
            + "then\n"
            + "    insertLogical( new Excluded( $c.getId(), drools.getRule().getName(), \"not an"
            + " attribute\" ) );\n"
            + "end\n",
        StandardOpenOption.APPEND);
    Run run = run("validate", "--rules", rules.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err())
        .containsPattern("policy/scope\\.drl:\\d+: warning: there is no attribute \"weather\"")
        .containsPattern(
            "policy/scope\\.drl:\\d+: warning: rule \"Claims about the weather are excluded\" fired"
                + " in no scenario");
  }

  @Test
  void rulesThatCallOutAreRefusedWithFileAndLineAndExitOne(@TempDir Path tmp) throws Exception {
    Path rules = RulesFixture.copyTo(tmp.resolve("rules"));
    Files.copy(
        Path.of("src/test/resources/hostile-rules/policy/hostile.drl"),
        rules.resolve("policy/hostile.drl"));
    Run run = run("validate", "--rules", rules.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err())
        .containsPattern(
            "(?m)^.*policy/hostile\\.drl:23:\\d+: rule \"Exit\": java\\.lang\\.System is not"
                + " allowed in rules")
        .containsPattern("(?m)^.*policy/hostile\\.drl:7:1: import java\\.io\\.File: ");
    assertThat(run.out()).containsPattern("\\d+ error\\(s\\)");
  }

  @Test
  void aFailingScenarioExitsOneWithExpectedAndActual(@TempDir Path tmp) {
    Path rules = RulesFixture.copyTo(tmp.resolve("rules"));
    RulesFixture.replace(rules.resolve("data/ranks.csv"), "official,*,4", "official,*,0");
    Run run = run("validate", "--rules", rules.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("scenario failed").containsPattern("expected .+, actual .+");
  }
}
