package dev.reconciler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reconciler.json.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The reconcile and test-rules commands on the default rules, as a user runs them. */
class ReconcileCommandTest {

  @Test
  void printsTheWholeResolutionAsJson() throws Exception {
    Run run = run("reconcile", "src/test/resources/seeds.claims.json", "--json");
    assertThat(run.exit).as(run.err).isZero();
    JsonNode r = Json.MAPPER.readTree(run.out);
    assertThat(r.at("/ruleset/version").asText())
        .isEqualTo(dev.reconciler.reconcile.RulesFixture.manifestVersion());
    assertThat(r.at("/ruleset/hash").asText()).hasSize(64);
    JsonNode victims = r.at("/attributes/victims_killed");
    assertThat(victims.path("status").asText()).isEqualTo("settled");
    assertThat(victims.path("best").asInt()).isEqualTo(4);
    assertThat(victims.path("low").asInt()).isEqualTo(4);
    assertThat(victims.path("high").asInt()).isEqualTo(4);
    assertThat(victims.path("approximate").isBoolean()).isTrue();
    assertThat(victims.path("decidedBy").asText()).isNotBlank();
    JsonNode claim = victims.path("claims").get(0);
    for (String key : new String[] {"report", "speaker", "role", "value", "outcome", "rule"}) {
      assertThat(claim.has(key)).as(key).isTrue();
    }
    assertThat(r.at("/attributes/hostages_taken/status").asText()).isEqualTo("unverified");
    assertThat(r.at("/attributes/deaths_total/best").asInt()).isEqualTo(7);
    assertThat(r.path("firedRules").size()).isPositive();
  }

  @Test
  void printsAReadableTable() {
    Run run = run("reconcile", "src/test/resources/seeds.claims.json");
    assertThat(run.exit).as(run.err).isZero();
    assertThat(run.out)
        .contains("attribute", "status", "decided by")
        .containsPattern("perpetrator +settled +Tehreek-e-Taliban Pakistan")
        .containsPattern("hostages_taken +unverified")
        .contains(
            "inconsistent - A reported total that disagrees with the derived total is"
                + " inconsistent");
  }

  /** Two groups' claims of responsibility, a third group's denial, a headline and a revision. */
  private static Path competingClaims(Path dir) throws Exception {
    Path file = dir.resolve("competing.claims.json");
    Files.writeString(
        file,
        """
        {"reports": [{"id": "a", "publishedOn": "2024-08-26"}, {"id": "b", "publishedOn": "2024-08-27"}],
         "claims": [
          {"id": "a-bla", "report": "a", "attribute": "perpetrator", "value": "BLA", "role": "claimant"},
          {"id": "b-blf", "report": "b", "attribute": "perpetrator", "value": "BLF", "role": "claimant"},
          {"id": "b-ttp", "report": "b", "attribute": "perpetrator", "value": {"denied": "TTP"}, "role": "claimant"},
          {"id": "a-toll", "report": "a", "attribute": "victims_killed", "value": 14, "speaker": "Police chief", "role": "official"},
          {"id": "b-title", "report": "b", "attribute": "victims_killed", "value": 20, "role": "reporter", "headline": true},
          {"id": "b-toll", "report": "b", "attribute": "victims_killed", "value": 12, "role": "reporter", "revision": true}
         ]}
        """);
    return file;
  }

  @Test
  void theTableListsCompetingClaimsOfResponsibility(@TempDir Path dir) throws Exception {
    Run run = run("reconcile", competingClaims(dir).toString());
    assertThat(run.exit).as(run.err).isZero();
    assertThat(run.out)
        .containsPattern("perpetrator +disputed +Balochistan Liberation Front")
        .contains("competing claims of responsibility (kept side by side):")
        .contains("  perpetrator: Balochistan Liberation Army; Balochistan Liberation Front")
        .containsPattern("victims_killed +unverified +12 ")
        .contains("victims_killed 20 (reporter, b): excluded - A headline never outweighs the body")
        .contains(
            "victims_killed 14 (Police chief, official, a): superseded - An explicit revision is an"
                + " update by the later report");
  }

  @Test
  void theJsonListsCompetingGroupsOnlyWhereSeveralClaim(@TempDir Path dir) throws Exception {
    Run run = run("reconcile", competingClaims(dir).toString(), "--json");
    assertThat(run.exit).as(run.err).isZero();
    JsonNode r = Json.MAPPER.readTree(run.out);
    assertThat(r.at("/attributes/perpetrator/competing").toString())
        .isEqualTo("[\"Balochistan Liberation Army\",\"Balochistan Liberation Front\"]");
    assertThat(r.at("/attributes/victims_killed").has("competing")).isFalse();
    JsonNode denial = null;
    for (JsonNode c : r.at("/attributes/perpetrator/claims")) {
      if (c.path("id").asText().equals("b-ttp")) {
        denial = c;
      }
    }
    assertThat(denial.path("value").toString()).isEqualTo("{\"denied\":\"TTP\"}");
    assertThat(denial.path("outcome").asText()).isEqualTo("supports");
  }

  @Test
  void reportTextsGoThroughTheExtractor() {
    Run run = run("reconcile", "seeds");
    assertThat(run.exit).as(run.err).isZero();
    assertThat(run.out)
        .containsPattern("victims_killed +settled +4 ")
        .containsPattern("start_time +settled +2023-02-17T19:10\\+05:00")
        .containsPattern("hostages_taken +unverified");
  }

  @Test
  void aMissingReportFileIsOneLineNamingIt() {
    Run run = run("reconcile", "seeds/no-such-report.txt");
    assertThat(run.exit).isNotZero();
    assertThat(run.err.strip())
        .contains("seeds/no-such-report.txt")
        .doesNotContain("\n")
        .doesNotContain("Exception");
  }

  @Test
  void testRulesPassesOnTheDefaultRules() {
    Run run = run("test-rules");
    assertThat(run.exit).as(run.out).isZero();
    assertThat(run.out).contains("all passed").doesNotContain("FAIL");
  }

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    CommandLine cli = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }
}
