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
}
