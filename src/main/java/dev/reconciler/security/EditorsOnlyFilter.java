package dev.reconciler.security;

import dev.reconciler.api.ProblemException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Lets only an authenticated editor reach an {@link EditorsOnly} endpoint: 401 with a Basic
 * challenge without (valid) credentials, 403 for a user without the role, 429 with {@code
 * Retry-After} while the {@link LoginThrottle} holds the account or the client address back.
 * Jakarta Security has already checked the credentials; this reads the outcome, counts and logs
 * wrong passwords, and has refusals on an {@link EditorsOnly#audited()} endpoint recorded.
 */
@Provider
@EditorsOnly
@Priority(Priorities.AUTHORIZATION)
@ApplicationScoped
public class EditorsOnlyFilter implements ContainerRequestFilter {

  private static final Logger LOG = Logger.getLogger(EditorsOnlyFilter.class.getName());

  @Inject LoginThrottle throttle;
  @Inject Instance<RefusedAttempts> audit;

  @Context HttpServletRequest http;
  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    SecurityContext security = request.getSecurityContext();
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    String user =
        security.getUserPrincipal() != null
            ? security.getUserPrincipal().getName()
            : BasicCredentials.userIn(header).orElse(null);
    String address = http.getRemoteAddr();
    String endpoint = request.getMethod() + " /" + request.getUriInfo().getPath();
    Optional<Duration> wait = throttle.waitFor(user, address);
    if (wait.isPresent()) {
      long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
      LOG.warning(
          () ->
              "reconciler: "
                  + endpoint
                  + " refused for user '"
                  + user
                  + "' from "
                  + address
                  + ": too many wrong passwords, "
                  + seconds
                  + " s to wait");
      // Not recorded in the audit trail: a flood of these must not fill it (the log has them).
      throw new ProblemException(
          429,
          "too-many-attempts",
          "Too many wrong passwords",
          "too many wrong passwords for this account or from this address; try again in "
              + seconds
              + " s",
          null,
          Map.of("Retry-After", Long.toString(seconds)));
    }
    if (security.getUserPrincipal() == null) {
      // Set by BasicAuthentication when the header could not be read at all.
      Object malformed = request.getProperty(BasicAuthentication.MALFORMED);
      String why;
      if (malformed != null) {
        // Not a guess at a password, so not counted: counting it would let anyone hold back an
        // address (a proxy's, say) without ever guessing.
        why = malformed + " (send 'Basic ' and the Base64 of user:password)";
        LOG.info(() -> "reconciler: malformed credentials from " + address + " on " + endpoint);
      } else if (header != null && !BasicCredentials.isBasic(header)) {
        // Another scheme (Bearer, Digest) guesses no password either: not counted, for the same
        // reason. MalformedRequestBatchIT sends such headers and would otherwise hold back its
        // own address for the tests after it.
        why =
            "the Authorization header uses another scheme than Basic (send 'Basic ' and the Base64"
                + " of user:password; this service takes no other)";
        LOG.info(
            () -> "reconciler: credentials of another scheme from " + address + " on " + endpoint);
      } else if (header != null) {
        int failures = throttle.failed(user, address);
        LOG.warning(
            () ->
                "reconciler: wrong user name or password for '"
                    + user
                    + "' from "
                    + address
                    + " on "
                    + endpoint
                    + " ("
                    + failures
                    + " within "
                    + LoginThrottle.WINDOW.toMinutes()
                    + " min)");
        why = "the user name or password is wrong";
        // A failed login; a request without credentials is none (and is not counted either).
        record(endpoint, null, user, address, why);
      } else {
        why = "changing or running rules needs an editor's user name and password (HTTP Basic)";
      }
      throw new ProblemException(
          401,
          "unauthorized",
          "Authentication required",
          why,
          null,
          Map.of(
              HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + BasicAuthentication.REALM + "\""));
    }
    throttle.succeeded(user);
    if (!security.isUserInRole(UserAccounts.EDITOR)) {
      String why = "the user " + user + " does not have the role " + UserAccounts.EDITOR;
      record(endpoint, user, user, address, why);
      throw new ProblemException(403, "forbidden", "Forbidden", why);
    }
  }

  /** {@code actor} is the authenticated user, null when the login failed. */
  private void record(String endpoint, String actor, String user, String address, String why) {
    EditorsOnly marked =
        resource.getResourceMethod() == null
            ? null
            : resource.getResourceMethod().getAnnotation(EditorsOnly.class);
    if (marked != null && marked.audited() && audit.isResolvable()) {
      audit.get().refused(endpoint, actor, user, address, why);
    }
  }
}
