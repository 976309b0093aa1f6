package dev.reconciler.security;

/**
 * Where a refused attempt to change the rules is recorded (the audit trail); implemented outside
 * this package, so that checking credentials does not depend on how rule sets are stored.
 */
public interface RefusedAttempts {

  /**
   * An attempt on {@code endpoint} that was refused before it reached the rules: a wrong password
   * ({@code actor} null, {@code user} the name sent) or a user without the editor role.
   */
  void refused(String endpoint, String actor, String user, String address, String why);
}
