package dev.reconciler.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reconciler.json.Json;
import dev.reconciler.store.DatabaseStartup;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code GET /api}: what this service is and the schema version it runs on. */
@Path("")
public class ServiceResource {

  @Inject DatabaseStartup database;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The service's name, version and database schema version")
  @APIResponse(
      responseCode = "200",
      description = "{service, version, schemaVersion}",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = ApiSchemas.OBJECT)))
  public JsonNode describe() {
    String version = ServiceResource.class.getPackage().getImplementationVersion();
    ObjectNode service = Json.MAPPER.createObjectNode();
    service.put("service", "reconciler");
    service.put("version", version == null ? "development" : version);
    service.put("schemaVersion", String.valueOf(database.schemaVersion()));
    return service;
  }
}
