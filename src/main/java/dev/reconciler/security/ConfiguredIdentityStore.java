package dev.reconciler.security;

import dev.reconciler.config.ServerConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Checks user names and passwords against the hashed accounts of {@code RECONCILER_USERS}; a user's
 * roles become its groups, which payara-web.xml maps to the roles of the same name.
 */
@ApplicationScoped
public class ConfiguredIdentityStore implements IdentityStore {

  private static final Logger LOG = Logger.getLogger(ConfiguredIdentityStore.class.getName());

  @Inject ServerConfig config;
  @Inject LoginThrottle throttle;

  private UserAccounts accounts;

  @PostConstruct
  void load() {
    accounts = UserAccounts.parse(config.users());
    if (accounts.isEmpty()) {
      LOG.warning("reconciler: no editor accounts (RECONCILER_USERS); nobody can change rule sets");
    }
  }

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    // An account held back is refused without the costly hash; EditorsOnlyFilter answers 429.
    if (throttle.waitFor(login.getCaller(), null).isPresent()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return accounts
        .find(login.getCaller())
        .filter(a -> PasswordHash.matches(login.getPassword().getValue(), a.passwordHash()))
        .map(a -> new CredentialValidationResult(a.name(), a.roles()))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }

  @Override
  public Set<ValidationType> validationTypes() {
    return Set.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
  }
}
