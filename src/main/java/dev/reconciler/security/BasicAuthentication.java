package dev.reconciler.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;

/**
 * HTTP Basic authentication (Jakarta Security) against {@link ConfiguredIdentityStore}. No URL is
 * protected by the container: {@link EditorsOnlyFilter} decides per endpoint, so that 401 and 403
 * come back as problem documents rather than server pages.
 *
 * <p>Our own mechanism rather than {@code @BasicAuthenticationMechanismDefinition}: Soteria's
 * throws on a header that is not Base64 or has no colon, which the container answers with an empty
 * 500 before any filter or error page runs. Here a malformed header authenticates nobody, and the
 * reason is left in the request attribute {@link #MALFORMED} for the 401's detail.
 */
@DeclareRoles(UserAccounts.EDITOR)
@ApplicationScoped
public class BasicAuthentication implements HttpAuthenticationMechanism {

  public static final String REALM = "reconciler";

  /** The request attribute naming what is wrong with a malformed Basic header. */
  public static final String MALFORMED = "dev.reconciler.security.malformed-authorization";

  @Inject IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (!BasicCredentials.isBasic(header)) {
      return context.doNothing();
    }
    BasicCredentials credentials = BasicCredentials.parse(header);
    if (credentials.malformed()) {
      request.setAttribute(MALFORMED, credentials.problem());
      return context.doNothing();
    }
    try {
      CredentialValidationResult result =
          identityStores.validate(
              new UsernamePasswordCredential(
                  credentials.user(), new Password(credentials.password())));
      return result.getStatus() == CredentialValidationResult.Status.VALID
          ? context.notifyContainerAboutLogin(result)
          : context.doNothing();
    } finally {
      Arrays.fill(credentials.password(), '\0');
    }
  }
}
