package dev.reconciler.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

  @Test
  void aHashMatchesItsPasswordOnly() {
    String hash = PasswordHash.hash("correct horse".toCharArray());
    assertThat(hash).startsWith("pbkdf2-sha256.600000.").doesNotContain(":", ",", "$", "=");
    assertThat(PasswordHash.matches("correct horse".toCharArray(), hash)).isTrue();
    assertThat(PasswordHash.matches("correct horsE".toCharArray(), hash)).isFalse();
  }

  @Test
  void theSamePasswordHashesDifferentlyEachTime() {
    assertThat(PasswordHash.hash("x".toCharArray()))
        .isNotEqualTo(PasswordHash.hash("x".toCharArray()));
  }

  @Test
  void aDamagedHashSaysHowToMakeOne() {
    assertThatThrownBy(() -> PasswordHash.checkFormat("secret"))
        .hasMessageContaining("hash-password");
    assertThatThrownBy(() -> PasswordHash.checkFormat("pbkdf2-sha256.x.y.z"))
        .hasMessageContaining("damaged");
  }
}
