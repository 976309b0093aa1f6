package dev.reconciler.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The API's root: every resource lives under {@code /api}. The OpenAPI components shared by the
 * resources (the problem document, the errors, the two ways to authenticate) are declared here.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Reconciler API",
            version = "0.1",
            description =
                "Reconciled incidents from conflicting news reports, with every decision explained."
                    + " Every error is an application/problem+json document (RFC 9457)."),
    components =
        @Components(
            schemas = {
              @Schema(
                  name = ApiSchemas.PROBLEM,
                  type = SchemaType.OBJECT,
                  description =
                      "RFC 9457 problem details; the instance id is also in the server log",
                  properties = {
                    @SchemaProperty(
                        name = "type",
                        type = SchemaType.STRING,
                        example = "urn:reconciler:problem:invalid-field"),
                    @SchemaProperty(
                        name = "title",
                        type = SchemaType.STRING,
                        example = "Missing or invalid field"),
                    @SchemaProperty(name = "status", type = SchemaType.INTEGER, example = "400"),
                    @SchemaProperty(
                        name = "detail",
                        type = SchemaType.STRING,
                        example = "the field 'text' is missing: the report's text"),
                    @SchemaProperty(
                        name = "instance",
                        type = SchemaType.STRING,
                        example = "urn:uuid:5b0c6f0e-8d5e-4a53-9a43-2f1e4b8f7d10"),
                    @SchemaProperty(
                        name = "errors",
                        type = SchemaType.ARRAY,
                        description =
                            "422 from rule-set endpoints: {file, line, column, message} per"
                                + " problem")
                  }),
              @Schema(
                  name = ApiSchemas.RULE_FILES,
                  type = SchemaType.OBJECT,
                  description =
                      "Rule files laid over the configured rules directory; a null text leaves a"
                          + " file out",
                  properties = {
                    @SchemaProperty(
                        name = "files",
                        type = SchemaType.OBJECT,
                        description =
                            "relative path (policy/rank.drl, data/ranks.csv) to the file's text",
                        example = "{\"data/ranks.csv\": \"role,rank\\nofficial,1\\n\"}")
                  }),
              @Schema(
                  name = ApiSchemas.VALIDATION,
                  type = SchemaType.OBJECT,
                  properties = {
                    @SchemaProperty(name = "valid", type = SchemaType.BOOLEAN),
                    @SchemaProperty(name = "version", type = SchemaType.STRING),
                    @SchemaProperty(name = "hash", type = SchemaType.STRING),
                    @SchemaProperty(name = "id", type = SchemaType.STRING),
                    @SchemaProperty(name = "files", type = SchemaType.ARRAY)
                  }),
              @Schema(
                  name = ApiSchemas.REPORT,
                  type = SchemaType.OBJECT,
                  requiredProperties = {"text"},
                  properties = {
                    @SchemaProperty(
                        name = "text",
                        type = SchemaType.STRING,
                        description = "the report's full text"),
                    @SchemaProperty(name = "publisher", type = SchemaType.STRING),
                    @SchemaProperty(name = "url", type = SchemaType.STRING),
                    @SchemaProperty(
                        name = "publishedAt",
                        type = SchemaType.STRING,
                        description = "YYYY-MM-DD or an ISO date-time"),
                    @SchemaProperty(
                        name = "incidentId",
                        type = SchemaType.INTEGER,
                        description = "join this incident rather than let the service choose")
                  }),
              @Schema(
                  name = ApiSchemas.OBJECT,
                  type = SchemaType.OBJECT,
                  description = "JSON, as described by the endpoint")
            },
            responses = {
              @APIResponse(
                  name = ApiSchemas.BAD_REQUEST,
                  description =
                      "Malformed JSON, or a field missing or malformed (the detail names it)",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(ref = ApiSchemas.PROBLEM))),
              @APIResponse(
                  name = ApiSchemas.UNAUTHORIZED,
                  description =
                      "No valid credentials (editor's Basic credentials, or the X-API-Key when one"
                          + " is configured)",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(ref = ApiSchemas.PROBLEM))),
              @APIResponse(
                  name = ApiSchemas.FORBIDDEN,
                  description = "Authenticated, but not in role editor",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(ref = ApiSchemas.PROBLEM))),
              @APIResponse(
                  name = ApiSchemas.NOT_FOUND,
                  description = "No such incident or path",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(ref = ApiSchemas.PROBLEM))),
              @APIResponse(
                  name = ApiSchemas.NO_SUCH_VERSION,
                  description = "No stored rule-set version has that hash, hash prefix or version",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(ref = ApiSchemas.PROBLEM))),
              @APIResponse(
                  name = ApiSchemas.PRECONDITION_FAILED,
                  description =
                      "If-Match does not name the document's current ETag (type"
                          + " urn:reconciler:problem:precondition-failed)",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(ref = ApiSchemas.PROBLEM))),
              @APIResponse(
                  name = ApiSchemas.NOT_ACCEPTABLE,
                  description =
                      "The Accept header allows no type this endpoint answers in"
                          + " (application/json)",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(ref = ApiSchemas.PROBLEM))),
              @APIResponse(
                  name = ApiSchemas.CONFLICT,
                  description = "The request contradicts the stored state",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(ref = ApiSchemas.PROBLEM))),
              @APIResponse(
                  name = ApiSchemas.TOO_LARGE,
                  description = "The body is larger than RECONCILER_MAX_BODY_BYTES",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(ref = ApiSchemas.PROBLEM))),
              @APIResponse(
                  name = ApiSchemas.UNSUPPORTED,
                  description = "The Content-Type is not one this endpoint reads",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(ref = ApiSchemas.PROBLEM))),
              @APIResponse(
                  name = ApiSchemas.EXTRACTOR_UNAVAILABLE,
                  description =
                      "The report cannot be read now, and nothing was stored. Type"
                          + " urn:reconciler:problem:extractor-loading: the extractor's models are"
                          + " still loading after a start; send the report again after Retry-After"
                          + " (seconds). Type urn:reconciler:problem:extractor-unavailable: they"
                          + " failed to load (the detail says why); no Retry-After, reports wait"
                          + " for a restart. Reads and POST /api/incidents/{id}/claims work"
                          + " meanwhile; /health/ready shows the check 'extractor'.",
                  headers =
                      @Header(
                          name = "Retry-After",
                          description =
                              "seconds until the models should be loaded (extractor-loading only)",
                          schema = @Schema(type = SchemaType.INTEGER)),
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(ref = ApiSchemas.PROBLEM))),
              @APIResponse(
                  name = ApiSchemas.SERVER_ERROR,
                  description = "A failure on the server; the instance id finds it in the log",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(ref = ApiSchemas.PROBLEM)))
            },
            securitySchemes = {
              @SecurityScheme(
                  securitySchemeName = ApiSchemas.BASIC,
                  type = SecuritySchemeType.HTTP,
                  scheme = "basic",
                  description = "An editor's account from RECONCILER_USERS"),
              @SecurityScheme(
                  securitySchemeName = ApiSchemas.API_KEY,
                  type = SecuritySchemeType.APIKEY,
                  in = SecuritySchemeIn.HEADER,
                  apiKeyName = "X-API-Key",
                  description = "Required on every other endpoint when RECONCILER_API_KEY is set")
            }))
public class ReconcilerApplication extends Application {}
