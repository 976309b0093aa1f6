package dev.reconciler.security;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The accounts of {@code RECONCILER_USERS}: {@code name:HASH:role[+role...]} entries separated by
 * commas, for example {@code alice:pbkdf2-sha256.600000.x.y:editor}.
 */
public final class UserAccounts {

  /** The role that may validate, dry-run and activate rule sets. */
  public static final String EDITOR = "editor";

  private final Map<String, UserAccount> byName;

  private UserAccounts(Map<String, UserAccount> byName) {
    this.byName = byName;
  }

  /**
   * Parses the list; a malformed entry fails with its position and what is wrong, never with the
   * hash itself.
   */
  public static UserAccounts parse(String list) {
    Map<String, UserAccount> accounts = new LinkedHashMap<>();
    if (list == null || list.isBlank()) {
      return new UserAccounts(accounts);
    }
    String[] entries = list.split(",");
    for (int i = 0; i < entries.length; i++) {
      String entry = entries[i].strip();
      String where = "RECONCILER_USERS entry " + (i + 1);
      String[] parts = entry.split(":", -1);
      if (parts.length != 3 || parts[0].isBlank() || parts[2].isBlank()) {
        throw new IllegalArgumentException(
            where + " is not NAME:HASH:ROLE (for example alice:pbkdf2-sha256...:editor)");
      }
      String name = parts[0].strip();
      try {
        PasswordHash.checkFormat(parts[1].strip());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + " (" + name + "): " + e.getMessage());
      }
      Set<String> roles =
          Arrays.stream(parts[2].split("\\+"))
              .map(String::strip)
              .filter(r -> !r.isEmpty())
              .collect(Collectors.toSet());
      if (accounts.put(name, new UserAccount(name, parts[1].strip(), roles)) != null) {
        throw new IllegalArgumentException(where + ": the user " + name + " is listed twice");
      }
    }
    return new UserAccounts(accounts);
  }

  public boolean isEmpty() {
    return byName.isEmpty();
  }

  public Optional<UserAccount> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** One entry of the list, for a user with one role. */
  public static String entry(String name, String passwordHash, String role) {
    return name + ":" + passwordHash + ":" + role;
  }
}
