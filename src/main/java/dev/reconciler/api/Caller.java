package dev.reconciler.api;

import jakarta.ws.rs.core.SecurityContext;

/**
 * Who is recorded in the audit trail for a request: the signed-in user, else the API's clients at
 * large.
 */
final class Caller {

  /** The actor of unauthenticated requests (open API, or one shared API key). */
  static final String API_CLIENT = "api";

  private Caller() {}

  static String of(SecurityContext security) {
    return security.getUserPrincipal() == null ? API_CLIENT : security.getUserPrincipal().getName();
  }
}
