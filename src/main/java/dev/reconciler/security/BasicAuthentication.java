package dev.reconciler.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;

/**
 * Turns on HTTP Basic authentication (Jakarta Security) against {@link ConfiguredIdentityStore}. No
 * URL is protected by the container: {@link EditorsOnlyFilter} decides per endpoint, so that 401
 * and 403 come back as problem documents rather than server pages.
 */
@BasicAuthenticationMechanismDefinition(realmName = BasicAuthentication.REALM)
@DeclareRoles(UserAccounts.EDITOR)
@ApplicationScoped
public class BasicAuthentication {

  public static final String REALM = "reconciler";
}
