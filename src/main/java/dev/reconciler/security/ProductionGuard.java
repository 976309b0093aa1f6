package dev.reconciler.security;

import dev.reconciler.config.ServerConfig;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Fails the deployment in production mode without editor accounts, for a WAR deployed without the
 * launcher (which refuses earlier, in one line): rules can run Java, so they must not be left
 * changeable by a default account, nor unchangeable by accident.
 */
@Singleton
@Startup
public class ProductionGuard {

  @Inject ServerConfig config;

  @PostConstruct
  void check() {
    if (config.production() && UserAccounts.parse(config.users()).isEmpty()) {
      throw new IllegalStateException(
          "RECONCILER_MODE=production needs editor accounts in RECONCILER_USERS");
    }
  }
}
