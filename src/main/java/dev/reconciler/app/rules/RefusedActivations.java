package dev.reconciler.app.rules;

import dev.reconciler.security.RefusedAttempts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Records an activation refused at the door (a wrong password, a user who is no editor) as {@code
 * rule_set_rejected}, like a refused rule set: the audit trail has every refused attempt.
 */
@ApplicationScoped
public class RefusedActivations implements RefusedAttempts {

  /** The actor of an attempt whose login failed: nobody known. */
  static final String UNAUTHENTICATED = "api";

  @Inject RulesInForce rules;

  @Override
  public void refused(String endpoint, String actor, String user, String address, String why) {
    String who = user == null ? "no user name" : "user '" + user + "'";
    rules.reject(
        endpoint,
        List.of(why + " (" + who + " from " + address + ")"),
        actor == null ? UNAUTHENTICATED : actor);
  }
}
