package dev.reconciler.security;

import java.util.Set;

/**
 * One account from {@code RECONCILER_USERS}.
 *
 * @param name the user name sent with HTTP Basic
 * @param passwordHash a {@link PasswordHash} of the password
 * @param roles the roles the user has ({@code editor} may change rules)
 */
public record UserAccount(String name, String passwordHash, Set<String> roles) {

  public UserAccount {
    roles = Set.copyOf(roles);
  }

  @Override
  public String toString() {
    return "UserAccount[" + name + ", roles=" + roles + "]"; // never the hash
  }
}
