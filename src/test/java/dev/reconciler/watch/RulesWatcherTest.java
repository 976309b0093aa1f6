package dev.reconciler.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When a change counts as settled is checked on made-up looks and times (no waiting, no timing
 * luck); the watcher thread itself is checked for delivering changes, with a generous timeout.
 */
class RulesWatcherTest {

  private static final long SETTLE = 1_000;

  /** Generous: a slow machine delays the callback, it does not fail the test. */
  private static final long WAIT_SECONDS = 30;

  private static DirectoryFingerprint files(String... pathsAndStamps) {
    Map<String, String> m = new TreeMap<>();
    for (int i = 0; i < pathsAndStamps.length; i += 2) {
      m.put(pathsAndStamps[i], pathsAndStamps[i + 1]);
    }
    return new DirectoryFingerprint(new TreeMap<>(m));
  }

  @Test
  void aChangeCountsOnceTheFilesStayTheSameForTheSettleTime() {
    Settling s = new Settling(files("rank.drl", "1"), SETTLE);
    assertThat(s.look(files("rank.drl", "1"), 0)).as("nothing changed").isFalse();
    assertThat(s.look(files("rank.drl", "2"), 100)).as("just changed").isFalse();
    assertThat(s.look(files("rank.drl", "2", "ranks.csv", "1"), 600))
        .as("still changing")
        .isFalse();
    assertThat(s.look(files("rank.drl", "2", "ranks.csv", "1"), 1_500)).as("quiet 900").isFalse();
    assertThat(s.look(files("rank.drl", "2", "ranks.csv", "1"), 1_600)).as("quiet 1000").isTrue();
    assertThat(s.look(files("rank.drl", "2", "ranks.csv", "1"), 5_000))
        .as("reported once")
        .isFalse();
  }

  @Test
  void aChangeUndoneBeforeItSettledIsNoChange() {
    Settling s = new Settling(files("rank.drl", "1"), SETTLE);
    assertThat(s.look(files("rank.drl", "2"), 100)).isFalse();
    assertThat(s.look(files("rank.drl", "1"), 200)).isFalse();
    assertThat(s.look(files("rank.drl", "1"), 5_000)).isFalse();
  }

  @Test
  void editorsBackupAndSwapFilesAreNotPartOfTheFingerprint(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("rank.drl"), "package policy;\n");
    DirectoryFingerprint before = DirectoryFingerprint.of(dir);
    Files.writeString(dir.resolve("rank.drl~"), "backup");
    Files.writeString(dir.resolve(".rank.drl.swp"), "swap");
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve(".git/HEAD"), "ref");
    assertThat(DirectoryFingerprint.of(dir)).isEqualTo(before);
    Files.writeString(dir.resolve("rank.drl"), "package policy; // edited\n");
    assertThat(DirectoryFingerprint.of(dir)).isNotEqualTo(before);
  }

  @Test
  void theWatcherDeliversEachChangeAndSurvivesAFailingCallback(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.drl"), "one");
    LinkedBlockingQueue<Path> changes = new LinkedBlockingQueue<>();
    try (RulesWatcher w =
        new RulesWatcher(
                dir,
                Duration.ofMillis(100),
                d -> {
                  changes.add(d);
                  throw new IllegalStateException("broken rules");
                })
            .start()) {
      Files.writeString(dir.resolve("a.drl"), "two, longer");
      assertThat(changes.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo(dir);
      Files.createDirectories(dir.resolve("policy"));
      Files.writeString(dir.resolve("policy/b.drl"), "three");
      assertThat(changes.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo(dir);
    }
  }
}
