package dev.reconciler.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reconciler.app.reports.Submission;
import dev.reconciler.app.reports.SubmitReport;
import dev.reconciler.app.reports.Submitted;
import dev.reconciler.read.Documents;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/reports}: a news report in, its claims and its incident's new resolution out.
 */
@Path("reports")
@Tag(name = "reports", description = "Reports in; claims, incident and resolution out")
public class ReportResource {

  @Inject SubmitReport submitReport;

  @Context UriInfo uri;
  @Context SecurityContext security;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Submit a report as JSON",
      description =
          "Extracts the report's claims, files it under an incident (the one named, or one chosen"
              + " by place and date) and reconciles that incident. The same text sent again is a"
              + " duplicate. While the extractor's models load after a start, 503 with Retry-After"
              + " and nothing stored.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = ApiSchemas.REPORT)))
  @APIResponse(
      responseCode = "201",
      description =
          "Stored: {report, claims, incident, resolution}; Location names the incident's reports",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = ApiSchemas.OBJECT)))
  @APIResponse(
      responseCode = "200",
      description = "A duplicate: the report already stored, nothing added",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = ApiSchemas.OBJECT)))
  @APIResponse(responseCode = "400", ref = ApiSchemas.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiSchemas.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = ApiSchemas.NOT_FOUND)
  @APIResponse(responseCode = "406", ref = ApiSchemas.NOT_ACCEPTABLE)
  @APIResponse(responseCode = "409", ref = ApiSchemas.CONFLICT)
  @APIResponse(responseCode = "413", ref = ApiSchemas.TOO_LARGE)
  @APIResponse(responseCode = "415", ref = ApiSchemas.UNSUPPORTED)
  @APIResponse(responseCode = "503", ref = ApiSchemas.EXTRACTOR_UNAVAILABLE)
  @SecurityRequirement(name = ApiSchemas.API_KEY)
  public Response submitJson(byte[] body) {
    return answer(ReportRequest.fromJson(JsonBody.object(body)).toSubmission());
  }

  @POST
  @Consumes(MediaType.TEXT_PLAIN)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Submit a report as text",
      description =
          "The seed format: an optional first line ' date YYYY-MM-DD By Publisher', then the text.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.TEXT_PLAIN,
              schema = @Schema(implementation = String.class)))
  @APIResponse(
      responseCode = "201",
      description = "Stored: {report, claims, incident, resolution}",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = ApiSchemas.OBJECT)))
  @APIResponse(
      responseCode = "200",
      description = "A duplicate: the report already stored",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = ApiSchemas.OBJECT)))
  @APIResponse(responseCode = "400", ref = ApiSchemas.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiSchemas.UNAUTHORIZED)
  @APIResponse(responseCode = "406", ref = ApiSchemas.NOT_ACCEPTABLE)
  @APIResponse(responseCode = "413", ref = ApiSchemas.TOO_LARGE)
  @APIResponse(responseCode = "415", ref = ApiSchemas.UNSUPPORTED)
  @APIResponse(responseCode = "503", ref = ApiSchemas.EXTRACTOR_UNAVAILABLE)
  @SecurityRequirement(name = ApiSchemas.API_KEY)
  public Response submitText(String text) {
    if (text == null || text.isBlank()) {
      throw ProblemException.invalidField("the body is empty: send the report's text");
    }
    return answer(new Submission(text, null, null, null, null));
  }

  private Response answer(Submission submission) {
    Submitted s = submitReport.submit(submission, Caller.of(security));
    JsonNode body =
        Documents.submitted(
            s.created(), s.report(), s.incident(), s.claims(), s.resolution(), s.assignment());
    if (!s.created()) {
      return Response.ok(body).build();
    }
    return Response.created(
            uri.getBaseUriBuilder().path("incidents/{id}/reports").build(s.incident().id()))
        .entity(body)
        .build();
  }
}
