package dev.reconciler.security;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashes in the form {@code pbkdf2-sha256.ITERATIONS.SALT.HASH} (salt and hash in unpadded
 * base64url), made with the JDK's PBKDF2. The form has no character a shell or the {@code
 * name:HASH:role,...} list of {@code RECONCILER_USERS} would treat specially.
 */
public final class PasswordHash {

  static final String SCHEME = "pbkdf2-sha256";

  /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256; about 0.3 s per check on a slow core. */
  static final int ITERATIONS = 600_000;

  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();

  private PasswordHash() {}

  /** A new salted hash of {@code password}. */
  public static String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    return SCHEME
        + "."
        + ITERATIONS
        + "."
        + B64.encodeToString(salt)
        + "."
        + B64.encodeToString(pbkdf2(password, salt, ITERATIONS, HASH_BITS));
  }

  /**
   * Throws {@link IllegalArgumentException}, saying what is wrong, unless {@code encoded} is a hash
   * of this form.
   */
  public static void checkFormat(String encoded) {
    parse(encoded);
  }

  /**
   * True when {@code password} is the one {@code encoded} was made from; compares in constant time.
   */
  public static boolean matches(char[] password, String encoded) {
    Parsed p = parse(encoded);
    byte[] actual = pbkdf2(password, p.salt, p.iterations, p.hash.length * 8);
    return MessageDigest.isEqual(actual, p.hash);
  }

  private record Parsed(int iterations, byte[] salt, byte[] hash) {}

  private static Parsed parse(String encoded) {
    String[] parts = encoded == null ? new String[0] : encoded.split("\\.", -1);
    if (parts.length != 4 || !parts[0].equals(SCHEME)) {
      throw new IllegalArgumentException(
          "not a password hash of the form "
              + SCHEME
              + ".ITERATIONS.SALT.HASH"
              + " (make one with ./reconciler hash-password)");
    }
    try {
      int iterations = Integer.parseInt(parts[1]);
      byte[] salt = B64D.decode(parts[2]);
      byte[] hash = B64D.decode(parts[3]);
      if (iterations < 1 || salt.length == 0 || hash.length == 0) {
        throw new IllegalArgumentException("empty part");
      }
      return new Parsed(iterations, salt, hash);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "a damaged password hash ("
              + e.getMessage()
              + "); make a new one with ./reconciler hash-password");
    }
  }

  private static byte[] pbkdf2(char[] password, byte[] salt, int iterations, int bits) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bits);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
    } finally {
      spec.clearPassword();
    }
  }

  /** Overwrites a password held in memory once it is no longer needed. */
  public static void wipe(char[] password) {
    if (password != null) {
      Arrays.fill(password, '\0');
    }
  }
}
