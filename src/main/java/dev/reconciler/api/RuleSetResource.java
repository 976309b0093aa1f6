package dev.reconciler.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reconciler.app.rules.DryRun;
import dev.reconciler.app.rules.RulesInForce;
import dev.reconciler.cluster.Grid;
import dev.reconciler.json.Json;
import dev.reconciler.read.RuleSetReads;
import dev.reconciler.reconcile.RuleSet;
import dev.reconciler.security.EditorsOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Rule sets: the active one, the versions, and an editor's candidate checked, previewed, activated.
 */
@Path("rulesets")
@Tag(name = "rule sets", description = "The editors' rules: check, preview and activate")
public class RuleSetResource {

  @Inject CandidateRuleSets candidates;
  @Inject RulesInForce rules;
  @Inject RuleSetReads ruleSets;
  @Inject DryRun dryRun;
  @Inject Grid grid;

  @Context SecurityContext security;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Every stored rule-set version, most recently activated first; the one in force is marked"
              + " active")
  @APIResponse(
      responseCode = "200",
      description = "[{id, version, hash, activatedBy, activatedAt, active}]",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = ApiSchemas.OBJECT)))
  @APIResponse(responseCode = "401", ref = ApiSchemas.UNAUTHORIZED)
  @APIResponse(responseCode = "406", ref = ApiSchemas.NOT_ACCEPTABLE)
  @SecurityRequirement(name = ApiSchemas.API_KEY)
  public JsonNode versions() {
    return ruleSets.versions(rules.inForce().id());
  }

  @GET
  @Path("active")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "The rule set in force, and the progress of re-reconciling every incident after an"
              + " activation")
  @APIResponse(
      responseCode = "200",
      description =
          "{id, version, hash, activatedBy, activatedAt, rereconciliation:{done, total, changed,"
              + " failed, running, perSecond, elapsedSeconds, secondsLeft, run, partitions,"
              + " partitionsDone, superseded}}: the version this instance runs, and the stored run"
              + " that re-reconciles under it, as its partitions say (the same on every instance);"
              + " clustered, also cluster:{name, member, members}",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = ApiSchemas.OBJECT)))
  @APIResponse(responseCode = "401", ref = ApiSchemas.UNAUTHORIZED)
  @APIResponse(responseCode = "406", ref = ApiSchemas.NOT_ACCEPTABLE)
  @SecurityRequirement(name = ApiSchemas.API_KEY)
  public JsonNode active() {
    ObjectNode active = (ObjectNode) rules.active();
    grid.describe().ifPresent(cluster -> active.set("cluster", cluster));
    return active;
  }

  @GET
  @Path("{ref}/files")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "A stored rule-set version's files, exactly as stored, and where each rule is",
      description =
          "{ref} as for a rollback: the content hash, a unique prefix of it (8 characters or"
              + " more), or the version. rules gives, for every rule of the version, the file and"
              + " line of its declaration: what a resolution's decidedBy and rules name; scenarios"
              + " the editors' scenarios (rules/tests/) stored with the version, path to text.")
  @APIResponse(
      responseCode = "200",
      description =
          "{id, version, hash, activatedBy, activatedAt, active, files: {path: text}, rules:"
              + " {name: {file, line}}, scenarios: {path: text}}",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = ApiSchemas.OBJECT)))
  @APIResponse(responseCode = "404", ref = ApiSchemas.NO_SUCH_VERSION)
  @APIResponse(responseCode = "400", ref = ApiSchemas.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiSchemas.UNAUTHORIZED)
  @APIResponse(responseCode = "406", ref = ApiSchemas.NOT_ACCEPTABLE)
  @SecurityRequirement(name = ApiSchemas.API_KEY)
  public JsonNode files(@PathParam("ref") String ref) {
    return ruleSets.files(ref.strip(), rules.inForce().id());
  }

  @GET
  @Path("{ref}/coverage")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Which editors' scenarios cover each rule of a stored rule-set version",
      description =
          "The scenarios under rules/tests/ are stored with every version and run against it when"
              + " it is activated; a scenario covers a rule when the rule fired while it ran. For"
              + " each rule: its file and line, and every covering scenario with the line that"
              + " names the rule (its expected decidedBy or a claim's rule; else its name line)."
              + " {ref} as for files.")
  @APIResponse(
      responseCode = "200",
      description =
          "{id, version, hash, scenarios: N, rules: {name: {file, line, scenarios: [{file, line,"
              + " name, passed, namesRule}]}}}; namesRule: the scenario's text names the rule (it"
              + " expects it), not only fires it",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = ApiSchemas.OBJECT)))
  @APIResponse(responseCode = "404", ref = ApiSchemas.NO_SUCH_VERSION)
  @APIResponse(responseCode = "400", ref = ApiSchemas.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiSchemas.UNAUTHORIZED)
  @APIResponse(responseCode = "406", ref = ApiSchemas.NOT_ACCEPTABLE)
  @SecurityRequirement(name = ApiSchemas.API_KEY)
  public JsonNode coverage(@PathParam("ref") String ref) {
    return ruleSets.coverage(ref.strip());
  }

  @GET
  @Path("{ref}/rules/{name}/scenarios")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "The scenarios that cover one rule of a stored rule-set version",
      description =
          "{name} is the rule's name as a resolution's decidedBy gives it, percent-encoded."
              + " The scenarios are those that fired the rule when they ran against the version,"
              + " as for coverage.")
  @APIResponse(
      responseCode = "200",
      description =
          "{id, version, hash, rule, file, line, scenarios: [{file, line, name, passed,"
              + " namesRule}]}",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = ApiSchemas.OBJECT)))
  @APIResponse(
      responseCode = "404",
      description = "No stored version matches {ref}, or it declares no rule of that name",
      content =
          @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiSchemas.PROBLEM)))
  @APIResponse(responseCode = "400", ref = ApiSchemas.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiSchemas.UNAUTHORIZED)
  @APIResponse(responseCode = "406", ref = ApiSchemas.NOT_ACCEPTABLE)
  @SecurityRequirement(name = ApiSchemas.API_KEY)
  public JsonNode ruleScenarios(@PathParam("ref") String ref, @PathParam("name") String name) {
    return ruleSets.ruleScenarios(ref.strip(), name);
  }

  @POST
  @Path("dry-run")
  @EditorsOnly
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Preview a candidate rule set",
      description =
          "For every incident, the attributes whose status or best value the candidate would"
              + " change, before and after. Writes nothing. Body as for validate.")
  @RequestBody(
      required = false,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = ApiSchemas.RULE_FILES)))
  @APIResponse(
      responseCode = "200",
      description = "The changes, per incident and attribute",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = ApiSchemas.OBJECT)))
  @APIResponse(
      responseCode = "422",
      description = "The rule set is not valid; errors[] gives file, line, column and message",
      content =
          @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiSchemas.PROBLEM)))
  @APIResponse(responseCode = "400", ref = ApiSchemas.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiSchemas.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiSchemas.FORBIDDEN)
  @APIResponse(responseCode = "406", ref = ApiSchemas.NOT_ACCEPTABLE)
  @APIResponse(responseCode = "413", ref = ApiSchemas.TOO_LARGE)
  @APIResponse(responseCode = "415", ref = ApiSchemas.UNSUPPORTED)
  @SecurityRequirement(name = ApiSchemas.BASIC)
  public JsonNode dryRun(byte[] body) {
    return dryRun.run(candidates.build(RuleFilesRequest.fromBody(body)));
  }

  @POST
  @Path("activate")
  @EditorsOnly(audited = true)
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Activate a candidate rule set",
      description =
          "Stores the candidate as a new version (or reuses the stored one with the same content),"
              + " puts it in force and re-reconciles every incident in the background; follow the"
              + " progress at GET /api/rulesets/active. Body as for validate.")
  @RequestBody(
      required = false,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = ApiSchemas.RULE_FILES)))
  @APIResponse(
      responseCode = "200",
      description = "The version now in force, as GET /api/rulesets/active",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = ApiSchemas.OBJECT)))
  @APIResponse(
      responseCode = "422",
      description = "The rule set is not valid; nothing changed",
      content =
          @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiSchemas.PROBLEM)))
  @APIResponse(responseCode = "400", ref = ApiSchemas.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiSchemas.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiSchemas.FORBIDDEN)
  @APIResponse(responseCode = "406", ref = ApiSchemas.NOT_ACCEPTABLE)
  @APIResponse(responseCode = "413", ref = ApiSchemas.TOO_LARGE)
  @APIResponse(responseCode = "415", ref = ApiSchemas.UNSUPPORTED)
  @SecurityRequirement(name = ApiSchemas.BASIC)
  public JsonNode activate(byte[] body) {
    RuleFilesRequest request = RuleFilesRequest.fromBody(body);
    // A refused candidate (does not load, compile or pass confinement) is recorded, then 422.
    return rules.activate(
        () -> candidates.build(request), candidates.scenarios(request), "api", Caller.of(security));
  }

  @POST
  @Path("{ref}/activate")
  @EditorsOnly(audited = true)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Activate again a version that was in force before (a rollback)",
      description =
          "{ref} is a stored version's content hash, a unique prefix of it (8 characters or more),"
              + " or its version; the most recently activated version of that name wins. The"
              + " version is put in force exactly as stored and every incident is re-reconciled in"
              + " the background, as for activate.")
  @APIResponse(
      responseCode = "200",
      description = "The version now in force, as GET /api/rulesets/active",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = ApiSchemas.OBJECT)))
  @APIResponse(responseCode = "404", ref = ApiSchemas.NO_SUCH_VERSION)
  @APIResponse(responseCode = "401", ref = ApiSchemas.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiSchemas.FORBIDDEN)
  @APIResponse(responseCode = "406", ref = ApiSchemas.NOT_ACCEPTABLE)
  @SecurityRequirement(name = ApiSchemas.BASIC)
  public JsonNode reactivate(@PathParam("ref") String ref) {
    return rules.reactivate(ref, Caller.of(security));
  }

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
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = ApiSchemas.RULE_FILES)))
  @APIResponse(
      responseCode = "200",
      description = "The rule set is valid",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = ApiSchemas.VALIDATION)))
  @APIResponse(
      responseCode = "422",
      description = "The rule set is not valid; errors[] gives file, line, column and message",
      content =
          @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiSchemas.PROBLEM)))
  @APIResponse(responseCode = "400", ref = ApiSchemas.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiSchemas.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiSchemas.FORBIDDEN)
  @APIResponse(responseCode = "406", ref = ApiSchemas.NOT_ACCEPTABLE)
  @APIResponse(responseCode = "413", ref = ApiSchemas.TOO_LARGE)
  @APIResponse(responseCode = "415", ref = ApiSchemas.UNSUPPORTED)
  @SecurityRequirement(name = ApiSchemas.BASIC)
  public JsonNode validate(byte[] body) {
    RuleSet candidate = candidates.build(RuleFilesRequest.fromBody(body));
    ObjectNode valid = Json.MAPPER.createObjectNode();
    valid.put("valid", true);
    valid.put("version", candidate.version());
    valid.put("hash", candidate.hash());
    valid.put("id", candidate.id());
    candidate.files().keySet().forEach(valid.putArray("files")::add);
    return valid;
  }
}
