package dev.reconciler.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reconciler.json.Json;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;

/**
 * An error response in the RFC 9457 form ({@code application/problem+json}): a stable {@code type}
 * per kind of problem, a human {@code title} and {@code detail}, and an {@code instance} id that
 * also appears in the server log. The body is a Jackson tree, written by {@link JsonNodeWriter}.
 */
public final class Problem {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final String TYPE_PREFIX = "urn:reconciler:problem:";

  private Problem() {}

  /** The body of a problem; {@code extensions} adds members such as {@code errors}. */
  public static ObjectNode body(
      int status, String slug, String title, String detail, UUID instance, ObjectNode extensions) {
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("type", TYPE_PREFIX + slug);
    body.put("title", title);
    body.put("status", status);
    body.put("instance", "urn:uuid:" + instance);
    if (detail != null && !detail.isBlank()) {
      body.put("detail", detail);
    }
    if (extensions != null) {
      body.setAll(extensions);
    }
    return body;
  }

  /** A problem response; {@code slug} names the kind ({@code not-found}, {@code bad-request}). */
  public static Response of(
      int status,
      String slug,
      String title,
      String detail,
      UUID instance,
      ObjectNode extensions,
      Map<String, String> headers) {
    Response.ResponseBuilder r =
        Response.status(status)
            .type(MEDIA_TYPE)
            .entity(body(status, slug, title, detail, instance, extensions));
    headers.forEach(r::header);
    return r.build();
  }

  public static Response of(int status, String slug, String title, String detail, UUID instance) {
    return of(status, slug, title, detail, instance, null, Map.of());
  }

  public static Response of(int status, String slug, String title, String detail) {
    return of(status, slug, title, detail, UUID.randomUUID());
  }
}
