package dev.reconciler.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

  private static String basic(String userColonPassword) {
    return "Basic "
        + Base64.getEncoder().encodeToString(userColonPassword.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsUserAndAPasswordThatMayContainColons() {
    BasicCredentials c = BasicCredentials.parse(basic("ada:pa:ss wörd"));
    assertThat(c.malformed()).isFalse();
    assertThat(c.user()).isEqualTo("ada");
    assertThat(new String(c.password())).isEqualTo("pa:ss wörd");
  }

  @Test
  void theSchemeIsCaseInsensitiveAndOnlyBasicCounts() {
    assertThat(BasicCredentials.isBasic("basic abc")).isTrue();
    assertThat(BasicCredentials.isBasic("Basic")).isTrue();
    assertThat(BasicCredentials.isBasic("Bearer abc")).isFalse();
    assertThat(BasicCredentials.isBasic("Basicabc")).isFalse();
    assertThat(BasicCredentials.isBasic(null)).isFalse();
  }

  @Test
  void everyMalformedHeaderSaysWhatIsWrongAndNeverThrows() {
    assertThat(BasicCredentials.parse("Basic").problem()).contains("no credentials");
    assertThat(BasicCredentials.parse("Basic !!!notbase64").problem()).contains("not Base64");
    assertThat(BasicCredentials.parse("Basic Zm9vYmFy").problem()).contains("no ':'"); // foobar
    assertThat(BasicCredentials.parse(basic(":secret")).problem()).contains("empty user name");
    assertThat(BasicCredentials.parse("Basic /w==").problem()).contains("UTF-8"); // 0xff
    assertThat(BasicCredentials.parse("Basic " + "a".repeat(5000)).problem())
        .contains("longer than " + BasicCredentials.MAX_HEADER_CHARS);
  }
}
