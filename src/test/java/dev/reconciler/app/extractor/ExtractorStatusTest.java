package dev.reconciler.app.extractor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reconciler.extract.ClaimExtractor;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractorStatusTest {

  private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

  @Test
  void whileLoadingAReportWaitsForTheWholeSecondsLeft() {
    ExtractorStatus loading = ExtractorStatus.loading(NOW.plusMillis(12_300));
    assertThat(loading.retryAfterSeconds(NOW)).isEqualTo(13);
    assertThat(loading.retryAfterSeconds(NOW.plusMillis(12_000))).isEqualTo(1);
    assertThatThrownBy(() -> loading.require(NOW))
        .isInstanceOfSatisfying(
            ExtractorUnavailableException.class,
            e -> {
              assertThat(e.loading()).isTrue();
              assertThat(e.retryAfterSeconds()).hasValue(13);
            })
        .hasMessageContaining("still loading")
        .hasMessageContaining("nothing was stored");
  }

  @Test
  void aLoadTakingLongerThanExpectedIsRetriedEveryFewSeconds() {
    ExtractorStatus late = ExtractorStatus.loading(NOW.minusSeconds(30));
    assertThat(late.retryAfterSeconds(NOW)).isEqualTo(ExtractorStatus.OVERDUE_RETRY.toSeconds());
  }

  @Test
  void aFailedLoadSaysWhyAndPromisesNoRetry() {
    ExtractorStatus failed =
        ExtractorStatus.failed("out of memory while loading the CoreNLP models");
    assertThatThrownBy(() -> failed.require(NOW))
        .isInstanceOfSatisfying(
            ExtractorUnavailableException.class,
            e -> {
              assertThat(e.loading()).isFalse();
              assertThat(e.retryAfterSeconds()).isEmpty();
            })
        .hasMessageStartingWith("out of memory while loading the CoreNLP models");
  }

  @Test
  void onceLoadedTheExtractorIsThere() {
    ClaimExtractor none = report -> List.of();
    assertThat(ExtractorStatus.loaded(none, Duration.ofSeconds(14)).require(NOW)).isSameAs(none);
  }

  @Test
  void theRootCauseIsOneShortLine() {
    Exception e =
        new RuntimeException(
            "outer", new java.io.IOException("Unable to open \"x.tagger\"\n  as class path"));
    assertThat(ExtractorLoader.rootMessage(e))
        .isEqualTo("IOException: Unable to open \"x.tagger\" as class path");
  }
}
