package dev.reconciler.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/** Checks of the problem documents (RFC 9457) the service answers errors with. */
final class Problems {

  private Problems() {}

  /**
   * {@code a} is a problem document of {@code status}, with a type of ours ({@code slug} when not
   * null), the status repeated and an instance id; {@code what} names the request in failures.
   */
  static void assertProblem(RawHttp.Answer a, int status, String slug, String what) {
    assertThat(a.status()).as(what + ": " + a).isEqualTo(status);
    assertThat(a.header("Content-Type")).as(what + ": " + a).startsWith("application/problem+json");
    JsonNode body = a.json();
    assertThat(body).as(what + ": " + a).isNotNull();
    assertThat(body.path("type").asText()).as(what).startsWith("urn:reconciler:problem:");
    if (slug != null) {
      assertThat(body.path("type").asText()).as(what).isEqualTo("urn:reconciler:problem:" + slug);
    }
    assertThat(body.path("status").asInt()).as(what).isEqualTo(status);
    assertThat(body.path("instance").asText()).as(what).startsWith("urn:uuid:");
  }
}
