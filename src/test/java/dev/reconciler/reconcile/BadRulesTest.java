package dev.reconciler.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reconciler.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Broken rule sets stop with file, line and message, in the API and through the command line. */
class BadRulesTest {

  @Test
  void aDrlSyntaxErrorNamesFileAndLine(@TempDir Path tmp) {
    Path rules = RulesFixture.copyTo(tmp.resolve("rules"));
    RulesFixture.replace(
        rules.resolve("policy/scope.drl"), "then\n", "then\n    this is not java (\n");
    assertThatThrownBy(() -> new Reconciler(RuleSetLoader.fromDirectory(rules)))
        .isInstanceOf(RuleSetException.class)
        .hasMessageMatching("(?s).*policy/scope\\.drl:\\d+.*");
    assertThat(cli(rules, "test-rules").exit).isNotZero();
  }

  @Test
  void aDrlTypeErrorNamesFileAndLine(@TempDir Path tmp) {
    Path rules = RulesFixture.copyTo(tmp.resolve("rules"));
    RulesFixture.replace(
        rules.resolve("policy/phase.drl"), "phase == Phase.CONCLUDED", "phaze == Phase.CONCLUDED");
    assertThatThrownBy(() -> new Reconciler(RuleSetLoader.fromDirectory(rules)))
        .isInstanceOf(RuleSetException.class)
        .hasMessageMatching("(?s).*policy/phase\\.drl:\\d+.*");
  }

  @Test
  void anUnknownRoleInTheRankTableNamesFileAndLine(@TempDir Path tmp) {
    Path rules = RulesFixture.copyTo(tmp.resolve("rules"));
    RulesFixture.replace(rules.resolve("data/ranks.csv"), "reporter,*,2", "journalist,*,2");
    assertThatThrownBy(() -> RuleSetLoader.fromDirectory(rules))
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("data/ranks.csv:8: unknown role 'journalist'");
  }

  @Test
  void anUnknownAttributeInTheThresholdsNamesFileAndLine(@TempDir Path tmp) {
    Path rules = RulesFixture.copyTo(tmp.resolve("rules"));
    RulesFixture.replace(rules.resolve("data/thresholds.csv"), "injured,3", "wounded,3");
    assertThatThrownBy(() -> RuleSetLoader.fromDirectory(rules))
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("data/thresholds.csv:")
        .hasMessageContaining("unknown attribute 'wounded'");
  }

  @Test
  void aFacilityInsideMarkThatIsNeitherYesNorEmptyNamesFileAndLine(@TempDir Path tmp) {
    Path rules = RulesFixture.copyTo(tmp.resolve("rules"));
    RulesFixture.replace(
        rules.resolve("data/facilities.csv"), "gym,gymnasium,yes", "gym,gymnasium,no");
    assertThatThrownBy(() -> RuleSetLoader.fromDirectory(rules))
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("data/facilities.csv:")
        .hasMessageContaining("inside must be 'yes' or empty, not 'no'");
  }

  @Test
  void aFacilitiesTableWithoutTheInsideColumnStillLoads(@TempDir Path tmp) throws Exception {
    // rule sets written before the column keep loading: no facility is inside another then
    Path rules = RulesFixture.copyTo(tmp.resolve("rules"));
    Path table = rules.resolve("data/facilities.csv");
    String text = Files.readString(table).replace("synonym,facility,inside", "synonym,facility");
    Files.writeString(table, text.replaceAll("(?m),(?:yes)?$", ""));
    assertThat(RuleSetLoader.fromDirectory(rules)).isNotNull();
  }

  @Test
  void aNetworkThatIsNoKnownGroupNamesFileAndLine(@TempDir Path tmp) {
    Path rules = RulesFixture.copyTo(tmp.resolve("rules"));
    RulesFixture.replace(
        rules.resolve("data/group-networks.csv"),
        "Al-Shabaab,Al-Qaeda",
        "Al-Shabaab,Al Qaida Central");
    assertThatThrownBy(() -> RuleSetLoader.fromDirectory(rules))
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("data/group-networks.csv:")
        .hasMessageContaining("'Al Qaida Central' is not a canonical name in data/groups.csv");
  }

  @Test
  void aGroupThatWouldBelongToItselfIsRejected(@TempDir Path tmp) {
    Path rules = RulesFixture.copyTo(tmp.resolve("rules"));
    RulesFixture.replace(
        rules.resolve("data/group-networks.csv"),
        "Al-Shabaab,Al-Qaeda",
        "Al-Shabaab,Al-Qaeda\nAl-Qaeda,Al-Shabaab");
    assertThatThrownBy(() -> RuleSetLoader.fromDirectory(rules))
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("Al-Qaeda would belong to itself through Al-Shabaab");
  }

  @Test
  void aRuleSetWithoutNetworksStillLoads(@TempDir Path tmp) throws IOException {
    Path rules = RulesFixture.copyTo(tmp.resolve("rules"));
    Files.delete(rules.resolve("data/group-networks.csv"));
    RuleSet set = RuleSetLoader.fromDirectory(rules);
    assertThat(set.data().networksOf("Al-Shabaab")).isEmpty();
  }

  @Test
  void aRuleOutsideTheManifestsPoliciesIsRejected(@TempDir Path tmp) {
    Path rules = RulesFixture.copyTo(tmp.resolve("rules"));
    RulesFixture.replace(
        rules.resolve("policy/scope.drl"),
        "ruleflow-group \"scope\"",
        "ruleflow-group \"scoping\"");
    assertThatThrownBy(() -> new Reconciler(RuleSetLoader.fromDirectory(rules)))
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("policy/scope.drl")
        .hasMessageContaining("'scoping'");
  }

  @Test
  void aMissingManifestStopsBothCommands(@TempDir Path tmp) throws IOException {
    Path rules = RulesFixture.copyTo(tmp.resolve("rules"));
    Files.delete(rules.resolve("ruleset.yaml"));
    assertThatThrownBy(() -> RuleSetLoader.fromDirectory(rules))
        .hasMessageContaining("ruleset.yaml: missing manifest");

    Run test = cli(rules, "test-rules");
    assertThat(test.exit).isNotZero();
    assertThat(test.err).contains("ruleset.yaml: missing manifest");

    Run reconcile = cli(rules, "reconcile", "src/test/resources/seeds.claims.json");
    assertThat(reconcile.exit).isNotZero();
    assertThat(reconcile.err).contains("ruleset.yaml: missing manifest");
  }

  @Test
  void aSyntaxErrorStopsReconcileWithFileLineAndMessage(@TempDir Path tmp) {
    Path rules = RulesFixture.copyTo(tmp.resolve("rules"));
    RulesFixture.replace(
        rules.resolve("policy/rank.drl"),
        "    modify( $c ) { setRank( $rank ) }\nend\n\nrule \"A speaker's rank falls",
        "    modify( $c ) { setRank( $rank ) }\n\nrule \"A speaker's rank falls");
    Run run = cli(rules, "reconcile", "src/test/resources/seeds.claims.json");
    assertThat(run.exit).isNotZero();
    assertThat(run.err).containsPattern("policy/rank\\.drl:\\d+");
  }

  @Test
  void aChangelogWithoutTheCurrentVersionIsRejected(@TempDir Path tmp) {
    Path rules = RulesFixture.copyTo(tmp.resolve("rules"));
    RulesFixture.replace(
        rules.resolve("ruleset.yaml"),
        "version: " + RulesFixture.manifestVersion() + "\n# The",
        "version: 9.9.9\n# The");
    assertThatThrownBy(() -> RuleSetLoader.fromDirectory(rules))
        .hasMessageContaining("no entry for version 9.9.9");
  }

  @Test
  void aPackageThatDoesNotMatchItsFolderIsRejected(@TempDir Path tmp) {
    Path rules = RulesFixture.copyTo(tmp.resolve("rules"));
    RulesFixture.replace(
        rules.resolve("policy/dispute.drl"), "package policy;", "package disputes;");
    assertThatThrownBy(() -> RuleSetLoader.fromDirectory(rules))
        .hasMessageContaining("policy/dispute.drl:4: package disputes does not match the folder");
  }

  @Test
  void theLoadersOwnChecksGiveFileLineAndMessageAsProblems(@TempDir Path tmp) throws IOException {
    Path rules = RulesFixture.copyTo(tmp.resolve("rules"));
    RulesFixture.replace(
        rules.resolve("policy/dispute.drl"), "package policy;", "package disputes;");
    assertThat(problems(rules))
        .containsExactly(
            new RuleSetProblem(
                rules + "/policy/dispute.drl",
                4,
                0,
                "package disputes does not match the folder; write 'package policy;'"));

    RulesFixture.replace(
        rules.resolve("policy/dispute.drl"), "package disputes;", "package policy;");
    RulesFixture.replace(rules.resolve("data/ranks.csv"), "reporter,*,2", "journalist,*,2");
    RuleSetProblem rank = problems(rules).get(0);
    assertThat(rank.file()).isEqualTo(rules + "/data/ranks.csv");
    assertThat(rank.line()).isEqualTo(8);
    assertThat(rank.message()).startsWith("unknown role 'journalist'");

    Files.delete(rules.resolve("ruleset.yaml"));
    assertThat(problems(rules))
        .containsExactly(
            RuleSetProblem.about(
                rules + "/ruleset.yaml", "missing manifest (version, agenda, changelog)"));
  }

  private static java.util.List<RuleSetProblem> problems(Path rules) {
    try {
      RuleSetLoader.fromDirectory(rules);
    } catch (RuleSetException e) {
      return e.problems();
    }
    throw new AssertionError(rules + " loaded");
  }

  record Run(int exit, String out, String err) {}

  static Run cli(Path rules, String... args) {
    String[] all = new String[args.length + 2];
    all[0] = args[0];
    System.arraycopy(args, 1, all, 1, args.length - 1);
    all[args.length] = "--rules";
    all[args.length + 1] = rules.toString();
    CommandLine cli = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(all);
    return new Run(exit, out.toString(), err.toString());
  }
}
