package dev.reconciler.api;

import dev.reconciler.store.DatabaseStartup;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code GET /api}: what this service is and the schema version it runs on. */
@Path("")
public class ServiceResource {

  @Inject DatabaseStartup database;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The service's name, version and database schema version")
  public JsonObject describe() {
    String version = ServiceResource.class.getPackage().getImplementationVersion();
    return Json.createObjectBuilder()
        .add("service", "reconciler")
        .add("version", version == null ? "development" : version)
        .add("schemaVersion", String.valueOf(database.schemaVersion()))
        .build();
  }
}
