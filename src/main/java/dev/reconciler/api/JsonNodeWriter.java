package dev.reconciler.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.reconciler.json.Json;
import dev.reconciler.read.Provenance;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Writes the services' Jackson trees as JSON with the project's one mapper, so the API answers
 * exactly what the command line prints; problem documents ({@link Problem}) too. Their media type
 * is named, as is the provenance's JSON-LD: JAX-RS matches a wildcard subtype only as a whole
 * {@code *}, so {@code application/*+json} does not cover {@code application/problem+json}.
 */
@Provider
@Produces({
  MediaType.APPLICATION_JSON,
  Problem.MEDIA_TYPE,
  Provenance.MEDIA_TYPE,
  "application/*+json"
})
public class JsonNodeWriter implements MessageBodyWriter<JsonNode> {

  @Override
  public boolean isWriteable(
      Class<?> type, Type generic, Annotation[] annotations, MediaType media) {
    return JsonNode.class.isAssignableFrom(type);
  }

  @Override
  public void writeTo(
      JsonNode node,
      Class<?> type,
      Type generic,
      Annotation[] annotations,
      MediaType media,
      MultivaluedMap<String, Object> headers,
      OutputStream out)
      throws IOException {
    // The container owns the stream; Jackson would close it.
    Json.MAPPER.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, node);
  }
}
