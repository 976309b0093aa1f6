package dev.reconciler.launch;

import dev.reconciler.config.Settings;
import dev.reconciler.security.PasswordHash;
import dev.reconciler.security.UserAccounts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Consumer;

/**
 * The editors' accounts the server gets. Configured accounts are checked before the server starts;
 * production mode refuses to start without any; development mode makes an account {@code editor}
 * with a random password on first start, prints the password once and keeps only its hash in the
 * data directory.
 */
public final class EditorAccounts {

  static final String DEV_ACCOUNT_FILE = "dev-editor";
  static final String DEV_USER = "editor";

  private EditorAccounts() {}

  /**
   * The settings with the accounts the server should use; fails in one line when there are none in
   * production.
   */
  public static Settings resolve(Settings settings, Consumer<String> progress) {
    if (!settings.users().isEmpty()) {
      UserAccounts.parse(settings.users()); // a malformed entry stops here, before Payara starts
      return settings;
    }
    if (settings.isProduction()) {
      throw new IllegalStateException(
          "production mode needs editor accounts: set "
              + Settings.USERS
              + "=NAME:HASH:editor (make HASH with ./reconciler hash-password)");
    }
    return settings.withUsers(developmentAccount(settings.dataDir(), progress));
  }

  private static String developmentAccount(Path dataDir, Consumer<String> progress) {
    Path file = dataDir.resolve(DEV_ACCOUNT_FILE);
    try {
      if (Files.isRegularFile(file)) {
        progress.accept(
            "development mode: editor account '"
                + DEV_USER
                + "' from "
                + file
                + " (its password was printed at the first start; delete the file for a new one)");
        return Files.readString(file, StandardCharsets.UTF_8).strip();
      }
      byte[] random = new byte[15];
      new SecureRandom().nextBytes(random);
      String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
      String entry =
          UserAccounts.entry(
              DEV_USER, PasswordHash.hash(password.toCharArray()), UserAccounts.EDITOR);
      Files.createDirectories(dataDir);
      Files.writeString(file, entry + "\n", StandardCharsets.UTF_8);
      progress.accept(
          "development mode: editor account '"
              + DEV_USER
              + "', password "
              + password
              + "  (shown once; only its hash is kept, in "
              + file
              + ")");
      return entry;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot keep the development editor account in " + file + ": " + e.getMessage(), e);
    }
  }
}
