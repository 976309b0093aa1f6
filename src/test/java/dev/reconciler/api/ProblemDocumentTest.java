package dev.reconciler.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reconciler.json.Json;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Problem documents as Jackson trees, and the writer JAX-RS uses for them. */
class ProblemDocumentTest {

  private static final UUID INSTANCE = UUID.fromString("5b0c6f0e-8d5e-4a53-9a43-2f1e4b8f7d10");

  @Test
  void aProblemHasTypeTitleStatusInstanceAndDetail() throws IOException {
    JsonNode written =
        written(
            Problem.body(
                400,
                "invalid-field",
                "Missing or invalid field",
                "'text' is empty",
                INSTANCE,
                null));
    assertThat(written)
        .isEqualTo(
            Json.MAPPER.readTree(
                "{\"type\": \"urn:reconciler:problem:invalid-field\", \"title\": \"Missing or"
                    + " invalid field\", \"status\": 400, \"instance\":"
                    + " \"urn:uuid:5b0c6f0e-8d5e-4a53-9a43-2f1e4b8f7d10\", \"detail\": \"'text' is"
                    + " empty\"}"));
    assertThat(written.get("status").isInt()).isTrue();
  }

  @Test
  void aBlankDetailIsLeftOutAndExtensionsAreMembersOfTheirOwn() throws IOException {
    ObjectNode extensions = Json.MAPPER.createObjectNode();
    extensions
        .putArray("errors")
        .addObject()
        .put("file", "policy/rank.drl")
        .put("line", 3)
        .put("column", 0)
        .put("message", "x");
    JsonNode written =
        written(
            Problem.body(
                422, "invalid-rule-set", "The rule set is not valid", " ", INSTANCE, extensions));
    assertThat(written.has("detail")).isFalse();
    assertThat(written.get("type").asText()).isEqualTo("urn:reconciler:problem:invalid-rule-set");
    assertThat(written.get("status").asInt()).isEqualTo(422);
    assertThat(written.at("/errors/0/file").asText()).isEqualTo("policy/rank.drl");
    assertThat(written.at("/errors/0/line").asInt()).isEqualTo(3);
  }

  @Test
  void theNodeWriterProducesTheProblemMediaType() {
    MediaType problem = new MediaType("application", "problem+json");
    List<MediaType> produced =
        Arrays.stream(JsonNodeWriter.class.getAnnotation(Produces.class).value())
            .map(
                t -> new MediaType(t.substring(0, t.indexOf('/')), t.substring(t.indexOf('/') + 1)))
            .toList();
    assertThat(produced).anyMatch(t -> t.isCompatible(problem));
    // JAX-RS knows no structured-suffix wildcard: application/*+json alone would not do.
    assertThat(new MediaType("application", "*+json").isCompatible(problem)).isFalse();
    JsonNodeWriter writer = new JsonNodeWriter();
    assertThat(
            writer.isWriteable(
                ObjectNode.class,
                ObjectNode.class,
                new java.lang.annotation.Annotation[0],
                problem))
        .isTrue();
  }

  /** The node as JsonNodeWriter writes it to the response, read back; the stream stays open. */
  private static JsonNode written(ObjectNode node) throws IOException {
    class Open extends ByteArrayOutputStream {
      boolean closed;

      @Override
      public void close() {
        closed = true;
      }
    }
    Open out = new Open();
    new JsonNodeWriter()
        .writeTo(
            node,
            ObjectNode.class,
            ObjectNode.class,
            null,
            new MediaType("application", "problem+json"),
            null,
            out);
    assertThat(out.closed).isFalse();
    return Json.MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
  }
}
