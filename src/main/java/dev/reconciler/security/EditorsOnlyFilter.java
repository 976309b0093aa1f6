package dev.reconciler.security;

import dev.reconciler.api.ProblemException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/**
 * Lets only an authenticated editor reach an {@link EditorsOnly} endpoint: 401 with a Basic
 * challenge without (valid) credentials, 403 for a user without the role. Jakarta Security has
 * already checked the credentials; this only reads the outcome.
 */
@Provider
@EditorsOnly
@Priority(Priorities.AUTHORIZATION)
public class EditorsOnlyFilter implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    SecurityContext security = request.getSecurityContext();
    if (security.getUserPrincipal() == null) {
      boolean sent = request.getHeaderString(HttpHeaders.AUTHORIZATION) != null;
      // Set by BasicAuthentication when the header could not be read at all.
      Object malformed = request.getProperty(BasicAuthentication.MALFORMED);
      throw new ProblemException(
          401,
          "unauthorized",
          "Authentication required",
          malformed != null
              ? malformed + " (send 'Basic ' and the Base64 of user:password)"
              : sent
                  ? "the user name or password is wrong"
                  : "changing or running rules needs an editor's user name and password (HTTP"
                      + " Basic)",
          null,
          Map.of(
              HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + BasicAuthentication.REALM + "\""));
    }
    if (!security.isUserInRole(UserAccounts.EDITOR)) {
      throw new ProblemException(
          403,
          "forbidden",
          "Forbidden",
          "the user "
              + security.getUserPrincipal().getName()
              + " does not have the role "
              + UserAccounts.EDITOR);
    }
  }
}
