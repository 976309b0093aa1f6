package dev.reconciler.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UserAccountsTest {

  private static final String HASH = PasswordHash.hash("pw".toCharArray());

  @Test
  void readsNamesHashesAndRoles() {
    UserAccounts accounts =
        UserAccounts.parse("ada:" + HASH + ":editor, rob:" + HASH + ":reader+auditor");
    assertThat(accounts.find("ada").orElseThrow().roles()).containsExactly("editor");
    assertThat(accounts.find("rob").orElseThrow().roles())
        .containsExactlyInAnyOrder("reader", "auditor");
    assertThat(accounts.find("eve")).isEmpty();
  }

  @Test
  void emptyMeansNoAccounts() {
    assertThat(UserAccounts.parse("  ").isEmpty()).isTrue();
  }

  @Test
  void aMalformedEntrySaysWhichWithoutShowingTheHash() {
    assertThatThrownBy(() -> UserAccounts.parse("ada:" + HASH + ":editor,rob:plaintext:editor"))
        .hasMessageContaining("entry 2")
        .hasMessageContaining("rob")
        .hasMessageNotContaining("plaintext");
    assertThatThrownBy(() -> UserAccounts.parse("ada")).hasMessageContaining("NAME:HASH:ROLE");
    assertThatThrownBy(() -> UserAccounts.parse("ada:" + HASH + ":editor,ada:" + HASH + ":editor"))
        .hasMessageContaining("twice");
  }
}
