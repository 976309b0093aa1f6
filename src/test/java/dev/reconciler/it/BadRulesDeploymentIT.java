package dev.reconciler.it;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.reconciler.config.Settings;
import dev.reconciler.launch.ReconcilerService;
import dev.reconciler.launch.ServerFailedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Rules that do not compile stop the deployment, and the launcher reports the rule error. */
class BadRulesDeploymentIT {

  @Test
  void theDeploymentFailsWithTheRuleFileAndLine() throws Exception {
    assumeFalse(TestDatabase.external(), "starts a service of its own on the embedded database");
    Path dir = Files.createTempDirectory(Path.of("target"), "it-bad-rules-");
    Path rules = dir.resolve("rules");
    Path source = Path.of("rules");
    try (Stream<Path> walk = Files.walk(source)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path to = rules.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    Path rank = rules.resolve("policy/rank.drl");
    Files.writeString(
        rank,
        Files.readString(rank)
            + "\nrule \"broken\"\nwhen\n  ClaimFact( nonsense == )\nthen\nend\n");
    Settings settings =
        Settings.from(
            Map.of(
                Settings.DATA_DIR, dir.resolve("data").toString(),
                Settings.LOG_DIR, dir.resolve("logs").toString(),
                Settings.PORT, Integer.toString(RunningService.freePort()),
                Settings.RULES_DIR, rules.toString()));
    assertThatThrownBy(
            () -> {
              try (ReconcilerService s =
                  ReconcilerService.start(
                      settings, Path.of("target"), RunningService.READY_TIMEOUT, l -> {})) {
                // not reached
              }
            })
        .isInstanceOf(ServerFailedException.class)
        .hasMessageContaining("cannot be used")
        .hasMessageContaining("policy/rank.drl:");
  }
}
