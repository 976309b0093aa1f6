package dev.reconciler.security;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The user name and password of an {@code Authorization: Basic} header (RFC 7617), or why the
 * header is not one. Parsing never throws: whatever a client sends, the answer is a 401 that says
 * what is wrong with the header, not a 500 from the security layer.
 *
 * @param user the user name, {@code null} when the header is malformed
 * @param password the password (may contain colons), {@code null} when malformed
 * @param problem why the header cannot be read, {@code null} when it can
 */
public record BasicCredentials(String user, char[] password, String problem) {

  /** Longer than any real user name and password; the listener's header limit is far above. */
  public static final int MAX_HEADER_CHARS = 4096;

  private static final String SCHEME = "Basic";

  /** Whether {@code header} names the Basic scheme (case-insensitive), well formed or not. */
  public static boolean isBasic(String header) {
    return header != null
        && header.length() >= SCHEME.length()
        && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
        && (header.length() == SCHEME.length() || header.charAt(SCHEME.length()) == ' ');
  }

  /** Reads a header for which {@link #isBasic} holds. */
  public static BasicCredentials parse(String header) {
    if (header.length() > MAX_HEADER_CHARS) {
      return malformed("is longer than " + MAX_HEADER_CHARS + " characters");
    }
    String token = header.substring(SCHEME.length()).strip();
    if (token.isEmpty()) {
      return malformed("has no credentials after 'Basic'");
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(token);
    } catch (IllegalArgumentException e) {
      return malformed("is not Base64 after 'Basic'");
    }
    String decoded;
    try {
      decoded =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      return malformed("does not decode to UTF-8 text");
    }
    // The user name ends at the first colon; the password may contain more (RFC 7617 2).
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return malformed("has no ':' between user name and password");
    }
    if (colon == 0) {
      return malformed("has an empty user name");
    }
    return new BasicCredentials(
        decoded.substring(0, colon), decoded.substring(colon + 1).toCharArray(), null);
  }

  /**
   * The user name a header claims, for counting failed sign-ins; empty for no header, another
   * scheme or a malformed one. Kept short and on one line, since it is logged.
   */
  static java.util.Optional<String> userIn(String header) {
    if (!isBasic(header)) {
      return java.util.Optional.empty();
    }
    BasicCredentials c = parse(header);
    if (c.malformed()) {
      return java.util.Optional.empty();
    }
    String user = c.user().replaceAll("[\\p{Cntrl}]", "?");
    return java.util.Optional.of(user.length() > 64 ? user.substring(0, 64) : user);
  }

  public boolean malformed() {
    return problem != null;
  }

  private static BasicCredentials malformed(String why) {
    return new BasicCredentials(null, null, "the Authorization header " + why);
  }

  @Override
  public String toString() {
    return malformed() ? "BasicCredentials[" + problem + "]" : "BasicCredentials[" + user + "]";
  }
}
