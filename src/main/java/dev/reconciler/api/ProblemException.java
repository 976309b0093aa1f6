package dev.reconciler.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * A client error the API itself detects, with the problem document's parts: thrown by resources and
 * filters, answered by {@link ProblemMapper}. The factory methods are the catalogue of the API's
 * own problem types; their slugs are part of the API and do not change.
 */
public class ProblemException extends RuntimeException {

  private final int status;
  private final String slug;
  private final String title;
  private final ObjectNode extensions;
  private final Map<String, String> headers;

  public ProblemException(
      int status,
      String slug,
      String title,
      String detail,
      ObjectNode extensions,
      Map<String, String> headers) {
    super(detail);
    this.status = status;
    this.slug = slug;
    this.title = title;
    this.extensions = extensions;
    this.headers = Map.copyOf(headers);
  }

  public ProblemException(int status, String slug, String title, String detail) {
    this(status, slug, title, detail, null, Map.of());
  }

  /** The body is not JSON at all; {@code detail} says where it breaks. */
  public static ProblemException malformedJson(String detail) {
    return new ProblemException(400, "malformed-json", "Malformed JSON", detail);
  }

  /** A field is missing or has the wrong kind of value; {@code detail} names it. */
  public static ProblemException invalidField(String detail) {
    return new ProblemException(400, "invalid-field", "Missing or invalid field", detail);
  }

  /** A request header that cannot be read: the detail names it and what it takes. */
  public static ProblemException invalidHeader(String detail) {
    return new ProblemException(400, "invalid-header", "Invalid request header", detail);
  }

  public static ProblemException tooLarge(long limit) {
    return new ProblemException(
        413,
        "payload-too-large",
        "Request body too large",
        "the body is larger than " + limit + " bytes (RECONCILER_MAX_BODY_BYTES)");
  }

  public int status() {
    return status;
  }

  public String slug() {
    return slug;
  }

  public String title() {
    return title;
  }

  public ObjectNode extensions() {
    return extensions;
  }

  public Map<String, String> headers() {
    return headers;
  }
}
