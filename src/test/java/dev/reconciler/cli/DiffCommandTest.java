package dev.reconciler.cli;

import static dev.reconciler.cli.ReconcileCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reconciler.cli.ReconcileCommandTest.Run;
import dev.reconciler.reconcile.RulesFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diff}: what a candidate rule set changes for one incident's reports. */
class DiffCommandTest {

  private static final String SEED_CLAIMS = "src/test/resources/seeds.claims.json";

  @Test
  void identicalRulesChangeNothing(@TempDir Path tmp) {
    Path candidate = RulesFixture.copyTo(tmp.resolve("candidate"));
    Run run = run("diff", "--rules", candidate.toString(), SEED_CLAIMS);
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("0 attribute(s) change");
  }

  @Test
  void ranksRaisedForSocialMediaSettleWhatOnlyAPostSaid(@TempDir Path tmp) {
    Path candidate = RulesFixture.copyTo(tmp.resolve("candidate"));
    RulesFixture.replace(
        candidate.resolve("data/ranks.csv"), "social_media,*,1", "social_media,*,4");
    Run run = run("diff", "--rules", candidate.toString(), SEED_CLAIMS);
    assertThat(run.exit()).as(run.err()).isEqualTo(DiffCommand.CHANGES);
    assertThat(run.out())
        .contains("hostages_taken:")
        .containsPattern("before: unverified .*decided by")
        .containsPattern("after: +settled .*social_media");
  }
}
