package dev.reconciler.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reconciler.config.ClusterSettings;
import dev.reconciler.config.Settings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusteredLaunchTest {

  @Test
  void aClusteredInstanceWithoutAnExternalDatabaseIsRefusedInOneLineBeforeAnythingStarts(
      @TempDir Path dir) {
    Settings settings =
        Settings.from(
            Map.of(
                ClusterSettings.NAME,
                "newsroom",
                Settings.DATA_DIR,
                dir.resolve("data").toString(),
                Settings.LOG_DIR,
                dir.resolve("logs").toString()));
    assertThatThrownBy(
            () -> ReconcilerService.start(settings, dir, Duration.ofSeconds(5), line -> {}))
        .isInstanceOf(ServerFailedException.class)
        .hasMessage(
            "cluster newsroom needs an external PostgreSQL that every instance shares: set"
                + " RECONCILER_DB_URL (the embedded database serves a single instance)");
    // Nothing was started: no embedded database directory.
    assertThat(dir.resolve("data")).doesNotExist();
  }
}
