package dev.reconciler.api;

import dev.reconciler.reconcile.RuleSet;
import dev.reconciler.security.EditorsOnly;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Rule sets: the active one, the versions, and an editor's candidate checked, previewed, activated. */
@Path("rulesets")
@Tag(name = "rule sets", description = "The editors' rules: check, preview and activate")
public class RuleSetResource {

  @Inject CandidateRuleSets candidates;

  @POST
  @Path("validate")
  @EditorsOnly
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Check a candidate rule set",
      description =
          "Loads and compiles the configured rules directory with the body's files laid over it"
              + " (an empty body checks the directory as it is).")
  @RequestBody(
      required = false,
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ApiSchemas.RULE_FILES)))
  @APIResponse(responseCode = "200", description = "The rule set is valid", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ApiSchemas.VALIDATION)))
  @APIResponse(responseCode = "422", description = "The rule set is not valid; errors[] gives file, line, column and message", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiSchemas.PROBLEM)))
  @APIResponse(responseCode = "400", ref = ApiSchemas.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiSchemas.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiSchemas.FORBIDDEN)
  @APIResponse(responseCode = "406", ref = ApiSchemas.NOT_ACCEPTABLE)
  @APIResponse(responseCode = "413", ref = ApiSchemas.TOO_LARGE)
  @APIResponse(responseCode = "415", ref = ApiSchemas.UNSUPPORTED)
  @SecurityRequirement(name = ApiSchemas.BASIC)
  public JsonObject validate(byte[] body) {
    RuleSet candidate = candidates.build(RuleFilesRequest.fromBody(body));
    return Json.createObjectBuilder()
        .add("valid", true)
        .add("version", candidate.version())
        .add("hash", candidate.hash())
        .add("id", candidate.id())
        .add("files", Json.createArrayBuilder(candidate.files().keySet()))
        .build();
  }
}
