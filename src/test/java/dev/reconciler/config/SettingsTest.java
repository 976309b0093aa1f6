package dev.reconciler.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

  @Test
  void defaultsUseTheEmbeddedDatabaseOnPort8080() {
    Settings s = Settings.from(Map.of());
    assertThat(s.usesEmbeddedDatabase()).isTrue();
    assertThat(s.port()).isEqualTo(8080);
    assertThat(s.dataDir()).isEqualTo(Path.of("data"));
    assertThat(s.rulesDir()).isEqualTo(Path.of("rules"));
  }

  @Test
  void aDatabaseUrlSelectsTheExternalDatabase() {
    Settings s =
        Settings.from(
            Map.of(
                "RECONCILER_DB_URL", " jdbc:postgresql://h:5432/d ",
                "RECONCILER_DB_USER", "u",
                "RECONCILER_DB_PASSWORD", "p"));
    assertThat(s.usesEmbeddedDatabase()).isFalse();
    assertThat(s.dbUrl()).isEqualTo("jdbc:postgresql://h:5432/d");
    assertThat(s.dbUser()).isEqualTo("u");
  }

  @Test
  void aBlankDatabaseUrlMeansEmbedded() {
    assertThat(Settings.from(Map.of("RECONCILER_DB_URL", "  ")).usesEmbeddedDatabase()).isTrue();
  }

  @Test
  void aMalformedPortNamesTheVariable() {
    assertThatThrownBy(() -> Settings.from(Map.of("RECONCILER_PORT", "eighty")))
        .hasMessageContaining("RECONCILER_PORT")
        .hasMessageContaining("eighty");
    assertThatThrownBy(() -> Settings.from(Map.of("RECONCILER_PORT", "70000")))
        .hasMessageContaining("70000");
  }

  @Test
  void securityAndBodyLimitDefaults() {
    Settings s = Settings.from(Map.of());
    assertThat(s.isProduction()).isFalse();
    assertThat(s.users()).isEmpty();
    assertThat(s.apiKey()).isNull();
    assertThat(s.maxBodyBytes()).isEqualTo(1_048_576);
    assertThat(s.serverEnvironment())
        .containsEntry("RECONCILER_MAX_BODY_BYTES", "1048576")
        .doesNotContainKey("RECONCILER_API_KEY");
  }

  @Test
  void malformedModeAndLimitNameTheVariable() {
    assertThatThrownBy(() -> Settings.from(Map.of("RECONCILER_MODE", "prod")))
        .hasMessageContaining("RECONCILER_MODE");
    assertThatThrownBy(() -> Settings.from(Map.of("RECONCILER_MAX_BODY_BYTES", "1MB")))
        .hasMessageContaining("RECONCILER_MAX_BODY_BYTES");
  }

  @Test
  void theExtractorLoadsAtOnceUnlessDelayedAndTheServerIsTold() {
    assertThat(Settings.from(Map.of()).extractorDelayMs()).isZero();
    Settings delayed = Settings.from(Map.of("RECONCILER_EXTRACTOR_DELAY_MS", "30000"));
    assertThat(delayed.serverEnvironment()).containsEntry("RECONCILER_EXTRACTOR_DELAY_MS", "30000");
    assertThat(delayed.withPort(9090).extractorDelayMs()).isEqualTo(30_000);
    assertThatThrownBy(() -> Settings.from(Map.of("RECONCILER_EXTRACTOR_DELAY_MS", "soon")))
        .hasMessageContaining("RECONCILER_EXTRACTOR_DELAY_MS");
  }
}
