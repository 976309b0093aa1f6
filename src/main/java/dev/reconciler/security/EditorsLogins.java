package dev.reconciler.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The one throttle of the application, shared by the identity store and the editors' filter. */
@ApplicationScoped
public class EditorsLogins {

  @Inject Clock clock;

  // Singleton, not a normal scope: the throttle is a final class, which CDI cannot proxy.
  @Produces
  @Singleton
  LoginThrottle throttle() {
    return new LoginThrottle(clock);
  }
}
