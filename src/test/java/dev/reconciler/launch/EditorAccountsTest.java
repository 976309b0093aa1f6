package dev.reconciler.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reconciler.config.Settings;
import dev.reconciler.security.PasswordHash;
import dev.reconciler.security.UserAccounts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditorAccountsTest {

  @TempDir Path data;

  @Test
  void productionWithoutAccountsRefusesInOneLine() {
    Settings s =
        Settings.from(Map.of(Settings.MODE, "production", Settings.DATA_DIR, data.toString()));
    assertThatThrownBy(() -> EditorAccounts.resolve(s, line -> {}))
        .hasMessageContaining("RECONCILER_USERS")
        .hasMessageContaining("hash-password")
        .hasMessageNotContaining("\n");
  }

  @Test
  void developmentPrintsAGeneratedPasswordOnceAndKeepsOnlyItsHash() throws Exception {
    Settings s = Settings.from(Map.of(Settings.DATA_DIR, data.toString()));
    List<String> first = new ArrayList<>();
    Settings withAccount = EditorAccounts.resolve(s, first::add);
    Matcher m = Pattern.compile("password (\\S+)").matcher(String.join("\n", first));
    assertThat(m.find()).as("the password is printed: %s", first).isTrue();
    String password = m.group(1);
    String hash = withAccount.users().split(":")[1];
    assertThat(PasswordHash.matches(password.toCharArray(), hash)).isTrue();
    assertThat(java.nio.file.Files.readString(data.resolve("dev-editor"))).doesNotContain(password);

    List<String> second = new ArrayList<>();
    assertThat(EditorAccounts.resolve(s, second::add).users()).isEqualTo(withAccount.users());
    assertThat(String.join("\n", second)).doesNotContain(password);
  }

  @Test
  void configuredAccountsAreCheckedAndKept() {
    String users = UserAccounts.entry("ada", PasswordHash.hash("pw".toCharArray()), "editor");
    Settings s = Settings.from(Map.of(Settings.MODE, "production", Settings.USERS, users));
    assertThat(EditorAccounts.resolve(s, line -> {}).users()).isEqualTo(users);
    Settings broken = Settings.from(Map.of(Settings.USERS, "ada:secret:editor"));
    assertThatThrownBy(() -> EditorAccounts.resolve(broken, line -> {}))
        .hasMessageContaining("entry 1");
  }
}
