package dev.reconciler.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every exception into {@code application/problem+json}. Client errors say what is wrong;
 * server errors say only that something failed and give the instance id, which the log line
 * carries with the stack trace. No stack trace or server page ever reaches a response body.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  @Override
  public Response toResponse(Throwable error) {
    UUID instance = UUID.randomUUID();
    if (error instanceof WebApplicationException wae) {
      int status = wae.getResponse().getStatus();
      Response.StatusType type = Response.Status.fromStatusCode(status);
      String title = type == null ? "HTTP " + status : type.getReasonPhrase();
      if (status >= 500) {
        LOG.log(Level.SEVERE, "problem " + instance, error);
        return Problem.of(status, slug(title), title, "see the server log for " + instance, instance);
      }
      LOG.fine(() -> "problem " + instance + ": " + error.getMessage());
      return Problem.of(status, slug(title), title, clientDetail(wae), instance);
    }
    if (error instanceof IllegalArgumentException) {
      LOG.fine(() -> "problem " + instance + ": " + error.getMessage());
      return Problem.of(400, "bad-request", "Bad request", error.getMessage(), instance);
    }
    LOG.log(Level.SEVERE, "problem " + instance, error);
    return Problem.of(
        500, "internal-error", "Internal server error", "see the server log for " + instance, instance);
  }

  /** The exception's own message when it is one we wrote; the framework's defaults say little. */
  private static String clientDetail(WebApplicationException e) {
    String message = e.getMessage();
    if (message == null || message.startsWith("HTTP ")) {
      return null;
    }
    return message;
  }

  private static String slug(String title) {
    return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }
}
