package dev.reconciler.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * Conditional reads of the documents about an incident: a strong {@code ETag} on every answer, and
 * {@code 304 Not Modified} without a body when the client's {@code If-None-Match} names the current
 * one.
 *
 * <p>{@code Cache-Control: no-cache}, not a lifetime: a resolution changes whenever a report or
 * claims arrive for its incident, at moments nobody can predict, so any {@code max-age} would let a
 * cache serve a decision the rules have already replaced. {@code no-cache} lets clients and caches
 * keep the document but makes them ask before each use; the tag makes that question cheap (the
 * server answers it from a small query, without the resolution's text, and sends no body). {@code
 * Last-Modified} says when the resolution served was made, for people and tools that show it; it is
 * not used to answer {@code If-Modified-Since}, because its one-second precision cannot tell apart
 * two resolutions made within a second (a burst of reports does that), so a date alone would call a
 * replaced document current. Without {@code If-None-Match}, the full answer is sent.
 */
final class Freshness {

  static final String CACHE_CONTROL = "no-cache";

  private Freshness() {}

  /**
   * The 304 answer when the request's preconditions hold for {@code tag} (the client's copy is
   * current), else empty: the document is to be sent. A failed {@code If-Match} is a 412 problem.
   */
  static Optional<Response> notModified(Request request, String tag, Instant lastModified) {
    EntityTag current = new EntityTag(tag);
    Response.ResponseBuilder answer;
    try {
      answer = request.evaluatePreconditions(current);
    } catch (ProcessingException unparsable) {
      // The framework reads If-None-Match and If-Match only here, and throws when they are not
      // lists of entity tags ("W/" alone, an unquoted word, a lone quote).
      throw ProblemException.invalidHeader(
          unparsable.getMessage()
              + "; If-None-Match and If-Match take \"tag\", W/\"tag\", a list of them, or *");
    }
    if (answer == null) {
      return Optional.empty();
    }
    Response r = answer.build();
    if (r.getStatus() != Response.Status.NOT_MODIFIED.getStatusCode()) {
      throw new ProblemException(
          r.getStatus(),
          "precondition-failed",
          "Precondition Failed",
          "the request's If-Match does not name the document's current tag " + current);
    }
    return Optional.of(headers(Response.notModified(current), lastModified).build());
  }

  /** 200 with {@code document}, its tag, and how fresh it is. */
  static Response ok(JsonNode document, String tag, Instant lastModified) {
    return headers(Response.ok(document).tag(new EntityTag(tag)), lastModified).build();
  }

  private static Response.ResponseBuilder headers(
      Response.ResponseBuilder b, Instant lastModified) {
    b.header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
    if (lastModified != null) {
      b.lastModified(Date.from(lastModified));
    }
    return b;
  }
}
