package dev.reconciler.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reconciler.app.NoSuchIncidentException;
import dev.reconciler.app.NoSuchResolutionException;
import dev.reconciler.app.extractor.ExtractorUnavailableException;
import dev.reconciler.app.reports.ReportConflictException;
import dev.reconciler.app.rules.NoSuchRuleException;
import dev.reconciler.app.rules.NoSuchRuleSetException;
import dev.reconciler.json.Json;
import dev.reconciler.json.JsonFormatException;
import dev.reconciler.reconcile.RuleSetException;
import dev.reconciler.report.BadReportException;
import dev.reconciler.store.DatabaseOutage;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every exception into {@code application/problem+json}. Client errors say what is wrong;
 * server errors say only that something failed and give the instance id, which the log line carries
 * with the stack trace. No stack trace or server page ever reaches a response body.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  /** A report posted while the extractor's models load: 503 with Retry-After. */
  public static final String EXTRACTOR_LOADING = "extractor-loading";

  /** A report posted after the models failed to load: 503, the reason in the detail. */
  public static final String EXTRACTOR_UNAVAILABLE = "extractor-unavailable";

  /** Any request while the database cannot be reached: 503 with Retry-After. */
  public static final String DATABASE_UNAVAILABLE = "database-unavailable";

  @Context UriInfo uri;
  @Context Request request;
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(Throwable error) {
    UUID instance = UUID.randomUUID();
    // An EJB (the rules in force) wraps what it throws; answer for the cause.
    if (error instanceof EJBException ejb && ejb.getCause() != null) {
      return toResponse(ejb.getCause());
    }
    if (error instanceof ProblemException p) {
      return client(
          instance, p.status(), p.slug(), p.title(), p.getMessage(), p.extensions(), p.headers());
    }
    if (error instanceof RuleSetException e) {
      ObjectNode errors = Json.MAPPER.createObjectNode().set("errors", RuleSetErrors.toJson(e));
      return client(
          instance,
          422,
          "invalid-rule-set",
          "The rule set is not valid",
          firstLine(e),
          errors,
          Map.of());
    }
    if (error instanceof NoSuchIncidentException
        || error instanceof NoSuchResolutionException
        || error instanceof NoSuchRuleSetException
        || error instanceof NoSuchRuleException) {
      return client(instance, 404, "not-found", "Not Found", error.getMessage(), null, Map.of());
    }
    if (error instanceof ReportConflictException e) {
      return client(instance, 409, "conflict", "Conflict", e.getMessage(), null, Map.of());
    }
    if (error instanceof ExtractorUnavailableException e) {
      // 503 for a report that cannot be read yet (or at all), never a claim-less extraction.
      return e.loading()
          ? client(
              instance,
              503,
              EXTRACTOR_LOADING,
              "The extractor is still loading",
              e.getMessage(),
              null,
              Map.of(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds().getAsLong())))
          : client(
              instance,
              503,
              EXTRACTOR_UNAVAILABLE,
              "The extractor is unavailable",
              e.getMessage(),
              null,
              Map.of());
    }
    if (error instanceof BadReportException e) {
      return client(
          instance, 400, "bad-report", "The report cannot be read", e.getMessage(), null, Map.of());
    }
    if (error instanceof JsonFormatException e) {
      return client(
          instance,
          400,
          "invalid-field",
          "Missing or invalid field",
          e.getMessage(),
          null,
          Map.of());
    }
    if (error instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
      int status = wae.getResponse().getStatus();
      Response.StatusType type = Response.Status.fromStatusCode(status);
      String title = type == null ? "HTTP " + status : type.getReasonPhrase();
      Map<String, String> keep = new HashMap<>();
      for (String h : new String[] {HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE}) {
        String v = wae.getResponse().getHeaderString(h);
        if (v != null) {
          keep.put(h, v);
        }
      }
      return client(instance, status, slug(title), title, detail(wae), null, keep);
    }
    if (error instanceof ProcessingException
        && error.getClass().getSimpleName().equals("HeaderValueException")) {
      // Jersey's own (not on the compile path): a request header it could not parse, named in
      // the message ('Unable to parse "H" header value: "v"').
      return client(
          instance,
          400,
          "invalid-header",
          "Invalid request header",
          error.getMessage(),
          null,
          Map.of());
    }
    if (error instanceof IllegalArgumentException) {
      return client(
          instance, 400, "bad-request", "Bad Request", error.getMessage(), null, Map.of());
    }
    if (DatabaseOutage.causedBy(error)) {
      // Waiting cures it (the pool validates and replaces its connections), so not a 500.
      LOG.log(
          Level.WARNING,
          "reconciler: problem urn:uuid:" + instance + " on " + where() + ": database unavailable",
          error);
      return Problem.of(
          503,
          DATABASE_UNAVAILABLE,
          "The database is unavailable",
          "the database cannot be reached; the request's transaction was rolled back, send it"
              + " again after "
              + DatabaseOutage.RETRY_AFTER_SECONDS
              + " s",
          instance,
          null,
          Map.of(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS)));
    }
    LOG.log(Level.SEVERE, "reconciler: problem urn:uuid:" + instance + " on " + where(), error);
    return Problem.of(
        500,
        "internal-error",
        "Internal server error",
        "see the server log for " + instance,
        instance);
  }

  private Response client(
      UUID instance,
      int status,
      String slug,
      String title,
      String detail,
      ObjectNode extensions,
      Map<String, String> headers) {
    LOG.info(
        () ->
            "reconciler: problem urn:uuid:"
                + instance
                + " "
                + status
                + " on "
                + where()
                + ": "
                + detail);
    return Problem.of(status, slug, title, detail, instance, extensions, headers);
  }

  /** What the framework's own exceptions leave out: which path, method or media type. */
  private String detail(WebApplicationException e) {
    if (e instanceof NotFoundException) {
      return "nothing at " + path() + " (GET /openapi lists every endpoint)";
    }
    if (e instanceof NotAllowedException) {
      return request.getMethod()
          + " is not allowed on "
          + path()
          + "; allowed: "
          + e.getResponse().getHeaderString(HttpHeaders.ALLOW);
    }
    if (e instanceof NotAcceptableException) {
      return "this endpoint answers in application/json, which the Accept header ("
          + headers.getHeaderString(HttpHeaders.ACCEPT)
          + ") does not allow";
    }
    if (e instanceof NotSupportedException) {
      String sent = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
      return "this endpoint does not read "
          + (sent == null ? "a body without Content-Type" : sent)
          + " (GET /openapi lists the media types each endpoint reads)";
    }
    String message = e.getMessage();
    return message == null || message.startsWith("HTTP ") ? null : message;
  }

  private String where() {
    try {
      return request.getMethod() + " " + path();
    } catch (RuntimeException outsideRequest) {
      return "(no request)";
    }
  }

  private String path() {
    return uri.getRequestUri().getRawPath();
  }

  private static String firstLine(RuntimeException e) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl) + " (and more: see errors)";
  }

  static String slug(String title) {
    return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }
}
