package dev.reconciler.api;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/**
 * An error response in the RFC 9457 form ({@code application/problem+json}): a stable {@code type}
 * per kind of problem, a human {@code title} and {@code detail}, and an {@code instance} id that
 * also appears in the server log.
 */
public final class Problem {

  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String TYPE_PREFIX = "urn:reconciler:problem:";

  private Problem() {}

  /** A problem response; {@code slug} names the kind ({@code not-found}, {@code bad-request}). */
  public static Response of(int status, String slug, String title, String detail, UUID instance) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("type", TYPE_PREFIX + slug)
            .add("title", title)
            .add("status", status)
            .add("instance", "urn:uuid:" + instance);
    if (detail != null && !detail.isBlank()) {
      body.add("detail", detail);
    }
    return Response.status(status).type(MEDIA_TYPE).entity(body.build()).build();
  }

  public static Response of(int status, String slug, String title, String detail) {
    return of(status, slug, title, detail, UUID.randomUUID());
  }
}
