package dev.reconciler.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** The user name an HTTP Basic header claims, for counting failures; never the password. */
final class BasicCredentials {

  private BasicCredentials() {}

  /** Empty for no header, another scheme, or a header that is not valid Basic. */
  static Optional<String> userIn(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      String user = colon < 0 ? decoded : decoded.substring(0, colon);
      // A name is counted and logged: keep it short and on one line.
      user = user.replaceAll("[\\p{Cntrl}]", "?");
      return user.isEmpty()
          ? Optional.empty()
          : Optional.of(user.length() > 64 ? user.substring(0, 64) : user);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
