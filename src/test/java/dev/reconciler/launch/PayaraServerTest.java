package dev.reconciler.launch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reconciler.config.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PayaraServerTest {

  @Test
  void theServerGetsTheDefaultHeapUnlessItsOptionsSetOne() {
    assertThat(PayaraServer.javaOptions(null)).containsExactly(Settings.DEFAULT_SERVER_HEAP);
    assertThat(PayaraServer.javaOptions("  -Xlog:gc "))
        .containsExactly(Settings.DEFAULT_SERVER_HEAP, "-Xlog:gc");
    assertThat(PayaraServer.javaOptions("-Xlog:gc -Xmx6g")).containsExactly("-Xlog:gc", "-Xmx6g");
    assertThat(PayaraServer.javaOptions("-XX:MaxRAMPercentage=50"))
        .containsExactly("-XX:MaxRAMPercentage=50");
  }

  @Test
  void theLibrariesAreTheJarsOfTheModelsDirectory(@TempDir Path dir) throws Exception {
    assertThat(PayaraServer.librariesIn(dir.resolve("nlp"))).isEmpty();
    Files.createDirectories(dir.resolve("nlp"));
    Files.writeString(dir.resolve("nlp/b-models.jar"), "");
    Files.writeString(dir.resolve("nlp/a-models.jar"), "");
    Files.writeString(dir.resolve("nlp/README"), "");
    assertThat(PayaraServer.librariesIn(dir.resolve("nlp")))
        .containsExactly(dir.resolve("nlp/a-models.jar"), dir.resolve("nlp/b-models.jar"));
  }

  private static final String DATABASE_UP = "{\"name\":\"database\",\"status\":\"UP\"}";
  private static final String RULES_UP = "{\"name\":\"rules compiled\",\"status\":\"UP\"}";

  @Test
  void readsAreServedWhenOnlyTheExtractorIsDown() {
    String loading =
        "{\"status\":\"DOWN\",\"checks\":["
            + DATABASE_UP
            + ","
            + RULES_UP
            + ",{\"name\":\"extractor\",\"status\":\"DOWN\",\"data\":{\"state\":\"loading\",\"retryAfterSeconds\":\"12\"}}]}";
    PayaraServer.Readiness r = PayaraServer.Readiness.of(503, loading);
    assertThat(r.readyForReads()).isTrue();
    assertThat(r.extractor().kind()).isEqualTo(ExtractorOutcome.Kind.LOADING);
    assertThat(r.extractor().retryAfterSeconds()).isEqualTo(12);
  }

  @Test
  void anotherCheckDownOrNoApplicationIsNotReady() {
    String databaseDown =
        "{\"status\":\"DOWN\",\"checks\":[{\"name\":\"database\",\"status\":\"DOWN\"},"
            + RULES_UP
            + ",{\"name\":\"extractor\",\"status\":\"DOWN\",\"data\":{\"state\":\"loading\"}}]}";
    assertThat(PayaraServer.Readiness.of(503, databaseDown).readyForReads()).isFalse();
    assertThat(
            PayaraServer.Readiness.of(503, "{\"status\":\"DOWN\",\"checks\":[]}").readyForReads())
        .isFalse();
    assertThat(PayaraServer.Readiness.of(404, "<html>").readyForReads()).isFalse();
  }

  @Test
  void theExtractorsOutcomeIsReadFromItsCheck() {
    String loaded =
        "{\"status\":\"UP\",\"checks\":["
            + DATABASE_UP
            + ",{\"name\":\"extractor\",\"status\":\"UP\",\"data\":{\"state\":\"loaded\",\"loadSeconds\":\"14.2\"}}]}";
    assertThat(PayaraServer.Readiness.of(200, loaded).extractor())
        .isEqualTo(new ExtractorOutcome(ExtractorOutcome.Kind.LOADED, "14.2", 0));
    String failed =
        "{\"status\":\"DOWN\",\"checks\":["
            + DATABASE_UP
            + ",{\"name\":\"extractor\",\"status\":\"DOWN\",\"data\":{\"state\":\"failed\",\"error\":\"out"
            + " of memory\"}}]}";
    PayaraServer.Readiness r = PayaraServer.Readiness.of(503, failed);
    assertThat(r.readyForReads()).isTrue();
    assertThat(r.extractor())
        .isEqualTo(new ExtractorOutcome(ExtractorOutcome.Kind.FAILED, "out of memory", 0));
  }
}
