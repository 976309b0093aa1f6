package dev.reconciler.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reconciler.app.reports.AddClaims;
import dev.reconciler.app.rules.ReplayResolution;
import dev.reconciler.claim.Claim;
import dev.reconciler.read.Documents;
import dev.reconciler.read.IncidentList;
import dev.reconciler.read.IncidentQuery;
import dev.reconciler.read.IncidentReads;
import dev.reconciler.read.IncidentReads.Listing;
import dev.reconciler.read.IncidentState;
import dev.reconciler.read.IncidentView;
import dev.reconciler.read.Provenance;
import dev.reconciler.read.Tagged;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reconciled incidents: the list, one incident's resolution, and how it came to be. */
@Path("incidents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "incidents", description = "Reconciled incidents and their explanations")
@SecurityRequirement(name = ApiSchemas.API_KEY)
@APIResponse(responseCode = "401", ref = ApiSchemas.UNAUTHORIZED)
@APIResponse(responseCode = "406", ref = ApiSchemas.NOT_ACCEPTABLE)
public class IncidentResource {

  private static final String DEFAULT_SIZE = "20";

  private static final String ETAG =
      "a strong tag of this answer; it changes whenever what is served changes";
  private static final String NOT_MODIFIED =
      "If-None-Match named the current ETag: nothing changed, no body (ETag and Cache-Control"
          + " repeated)";

  @Inject IncidentReads incidents;
  @Inject IncidentList list;
  @Inject AddClaims addClaims;
  @Inject ReplayResolution replay;
  @Inject Provenance provenance;

  @Context SecurityContext security;
  @Context Request request;

  @GET
  @Operation(
      summary = "A page of incidents, newest first, filtered by date range, place and status")
  @APIResponse(
      responseCode = "200",
      description = "{items:[{id, place, date, resolvedAt, statuses}], page, size, total}",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = ApiSchemas.OBJECT)))
  @APIResponse(responseCode = "400", ref = ApiSchemas.BAD_REQUEST)
  public JsonNode list(
      @Parameter(description = "earliest incident date, YYYY-MM-DD") @QueryParam("from")
          String from,
      @Parameter(description = "latest incident date, YYYY-MM-DD") @QueryParam("to") String to,
      @Parameter(description = "part of the place, any case") @QueryParam("place") String place,
      @Parameter(description = "a status any attribute has: settled, disputed, unverified, unknown")
          @QueryParam("status")
          String status,
      @Parameter(description = "page number from 0") @QueryParam("page") @DefaultValue("0")
          String page,
      @Parameter(description = "items per page, 1 to 500")
          @QueryParam("size")
          @DefaultValue(DEFAULT_SIZE)
          String size) {
    IncidentQuery query;
    try {
      query =
          new IncidentQuery(
              date("from", from),
              date("to", to),
              blankToNull(place),
              blankToNull(status),
              whole("page", page),
              whole("size", size));
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField("query parameter " + e.getMessage());
    }
    return list.page(query);
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "An incident with its current resolution (the reconcile command's JSON)",
      description =
          "view=summary answers the place, date, resolvedAt and each attribute's status and best"
              + " value (as display text) without the claims, ranges and rules; it reads no"
              + " resolution text. Every answer has a strong ETag and Cache-Control: no-cache:"
              + " send the tag back in If-None-Match to get 304 without a body while the"
              + " resolution and the incident are unchanged. Last-Modified is the time of the"
              + " resolution served.")
  @APIResponse(
      responseCode = "200",
      description =
          "{id, place, date, title, resolvedAt, resolutionId, resolution}: resolvedAt is when the"
              + " resolution was made, resolution.rules the file and line of every rule its"
              + " attributes name (decidedBy, a claim's rule) in the version that decided; with"
              + " view=summary {id, place, date, title, resolvedAt, resolutionId, attributes:"
              + " {name: {status, best}}}",
      headers = {
        @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
        @Header(
            name = "Last-Modified",
            description = "when the resolution served was made (absent before the first)",
            schema = @Schema(type = SchemaType.STRING)),
        @Header(
            name = "Cache-Control",
            description = "no-cache: keep it, but revalidate with If-None-Match before each use",
            schema = @Schema(type = SchemaType.STRING))
      },
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = ApiSchemas.OBJECT)))
  @APIResponse(responseCode = "304", description = NOT_MODIFIED)
  @APIResponse(responseCode = "400", ref = ApiSchemas.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = ApiSchemas.NOT_FOUND)
  @APIResponse(responseCode = "412", ref = ApiSchemas.PRECONDITION_FAILED)
  public Response incident(
      @PathParam("id") long id,
      @Parameter(description = "full (the default) or summary")
          @QueryParam("view")
          @DefaultValue("full")
          String view) {
    IncidentView v =
        IncidentView.of(view.strip())
            .orElseThrow(
                () ->
                    ProblemException.invalidField(
                        "query parameter view: full or summary, not '" + view + "'"));
    IncidentState state = incidents.state(id).orElseThrow(() -> noSuchIncident(id));
    String tag = state.tag(v);
    return Freshness.notModified(request, tag, state.resolvedAt())
        .orElseGet(
            () ->
                Freshness.ok(
                    v == IncidentView.SUMMARY
                        ? incidents.summary(state)
                        : incidents.incident(state),
                    tag,
                    state.resolvedAt()));
  }

  @GET
  @Path("{id}/history")
  @Operation(summary = "Every resolution of the incident, newest first, with its rule-set version")
  @APIResponse(
      responseCode = "200",
      description = "{incident, resolutions:[{id, createdAt, ruleset, inputClaims, resolution}]}",
      headers =
          @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = ApiSchemas.OBJECT)))
  @APIResponse(responseCode = "304", description = NOT_MODIFIED)
  @APIResponse(responseCode = "404", ref = ApiSchemas.NOT_FOUND)
  @APIResponse(responseCode = "412", ref = ApiSchemas.PRECONDITION_FAILED)
  public Response history(@PathParam("id") long id) {
    return listing(id, Listing.HISTORY, () -> incidents.history(id));
  }

  @GET
  @Path("{id}/resolutions/{resolution}/replay")
  @Operation(
      summary = "Re-run a stored resolution and say whether it is reproduced",
      description =
          "Runs the resolution's stored input claims through the stored text of the rule-set"
              + " version that produced it, whatever the rule files say now. Writes nothing.")
  @APIResponse(
      responseCode = "200",
      description = "{resolution, same, stored, replayed}",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = ApiSchemas.OBJECT)))
  @APIResponse(responseCode = "404", ref = ApiSchemas.NOT_FOUND)
  public JsonNode replay(@PathParam("id") long id, @PathParam("resolution") long resolution) {
    return Documents.replayed(replay.replay(id, resolution));
  }

  @POST
  @Path("{id}/replay")
  @Operation(
      summary = "Re-run the incident's current resolution and say whether it is reproduced",
      description =
          "As GET /api/incidents/{id}/resolutions/{resolution}/replay for the resolution in force:"
              + " its stored input claims through the stored text of the rule-set version that"
              + " produced it. Writes nothing.")
  @APIResponse(
      responseCode = "200",
      description = "{resolution, same, stored, replayed}",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = ApiSchemas.OBJECT)))
  @APIResponse(responseCode = "404", ref = ApiSchemas.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ApiSchemas.CONFLICT)
  public JsonNode replayCurrent(@PathParam("id") long id) {
    IncidentState state = incidents.state(id).orElseThrow(() -> noSuchIncident(id));
    if (state.resolutionId() == null) {
      throw new ProblemException(
          409, "conflict", "Conflict", "incident " + id + " has no resolution yet to replay");
    }
    return Documents.replayed(replay.replay(id, state.resolutionId()));
  }

  @GET
  @Path("{id}/resolutions/{resolution}")
  @Operation(
      summary = "One stored resolution, with its rule-set version and input claims",
      description =
          "With Accept: application/ld+json the same resolution's provenance in PROV-O (see the"
              + " other representation).")
  @APIResponse(
      responseCode = "200",
      description = "{id, incident, createdAt, ruleset, inputClaims, resolution}",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = ApiSchemas.OBJECT)))
  @APIResponse(responseCode = "404", ref = ApiSchemas.NOT_FOUND)
  public JsonNode resolution(@PathParam("id") long id, @PathParam("resolution") long resolution) {
    return provenance.resolution(id, resolution);
  }

  @GET
  @Path("{id}/resolutions/{resolution}")
  // A lower quality than the class's JSON: a client that accepts anything gets the stored JSON.
  @Produces(Provenance.MEDIA_TYPE + ";qs=0.5")
  @Operation(
      summary = "Where a stored resolution came from, in PROV-O as JSON-LD",
      description =
          "The resolution is a prov:Entity generated by (prov:wasGeneratedBy) the reconciliation"
              + " run, a prov:Activity associated (prov:qualifiedAssociation, prov:hadPlan) with"
              + " the rule-set version as a prov:Plan; it prov:wasDerivedFrom each input claim,"
              + " each claim prov:wasDerivedFrom its report and prov:wasAttributedTo its speaker"
              + " (the outlet for its own narration). Identifiers are urn:reconciler: names.")
  @APIResponse(
      responseCode = "200",
      description = "A JSON-LD document: {@context, @graph:[...]}",
      content =
          @Content(mediaType = Provenance.MEDIA_TYPE, schema = @Schema(ref = ApiSchemas.OBJECT)))
  @APIResponse(responseCode = "404", ref = ApiSchemas.NOT_FOUND)
  public JsonNode provenance(@PathParam("id") long id, @PathParam("resolution") long resolution) {
    return provenance.of(id, resolution);
  }

  @GET
  @Path("{id}/audit")
  @Operation(summary = "The incident's audit trail, oldest first, hash-chained")
  @APIResponse(
      responseCode = "200",
      description =
          "{incident, events:[{id, occurredAt, actor, kind, report, detail, prevHash, hash}]}",
      headers =
          @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = ApiSchemas.OBJECT)))
  @APIResponse(responseCode = "304", description = NOT_MODIFIED)
  @APIResponse(responseCode = "404", ref = ApiSchemas.NOT_FOUND)
  @APIResponse(responseCode = "412", ref = ApiSchemas.PRECONDITION_FAILED)
  public Response audit(@PathParam("id") long id) {
    return listing(id, Listing.AUDIT, () -> incidents.audit(id));
  }

  @GET
  @Path("{id}/audit/verification")
  @Operation(
      summary = "The incident's audit events checked against the hash chain",
      description =
          "Each event's hash recomputed from its content and previous-hash, and the previous-hash"
              + " compared with the hash of the event before it in the whole trail. The whole"
              + " trail: the verify-audit command.")
  @APIResponse(
      responseCode = "200",
      description = "{incident, eventsChecked, intact, firstBrokenId, problem}",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = ApiSchemas.OBJECT)))
  @APIResponse(responseCode = "404", ref = ApiSchemas.NOT_FOUND)
  public JsonNode verifyAudit(@PathParam("id") long id) {
    return incidents.verifyAudit(id);
  }

  @GET
  @Path("{id}/claims")
  @Operation(summary = "The incident's claims, in the extract command's JSON")
  @APIResponse(
      responseCode = "200",
      description = "{incident, claims:[...]}",
      headers =
          @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = ApiSchemas.OBJECT)))
  @APIResponse(responseCode = "304", description = NOT_MODIFIED)
  @APIResponse(responseCode = "404", ref = ApiSchemas.NOT_FOUND)
  @APIResponse(responseCode = "412", ref = ApiSchemas.PRECONDITION_FAILED)
  public Response claims(@PathParam("id") long id) {
    return listing(id, Listing.CLAIMS, () -> incidents.claims(id));
  }

  @GET
  @Path("{id}/reports")
  @Operation(summary = "The incident's reports, oldest first")
  @APIResponse(
      responseCode = "200",
      description = "{incident, reports:[...]}",
      headers =
          @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = ApiSchemas.OBJECT)))
  @APIResponse(responseCode = "304", description = NOT_MODIFIED)
  @APIResponse(responseCode = "404", ref = ApiSchemas.NOT_FOUND)
  @APIResponse(responseCode = "412", ref = ApiSchemas.PRECONDITION_FAILED)
  public Response reports(@PathParam("id") long id) {
    return listing(id, Listing.REPORTS, () -> incidents.reports(id));
  }

  @POST
  @Path("{id}/claims")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Add claims extracted elsewhere",
      description =
          "The extract command's JSON: {\"claims\":[...]} or a bare array. The claims are"
              + " reconciled like extracted ones; sending the same claim again adds nothing.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(
                      type = SchemaType.OBJECT,
                      description =
                          "{\"claims\": [{id, report, attribute, value, role, speaker?, phase?,"
                              + " scope?, approximate?, headline?, revision?, evidence?}]}; a"
                              + " group's denial of responsibility is the value {\"denied\":"
                              + " \"<group>\"}")))
  @APIResponse(
      responseCode = "200",
      description = "{incident, claims, resolution}",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = ApiSchemas.OBJECT)))
  @APIResponse(responseCode = "400", ref = ApiSchemas.BAD_REQUEST)
  @APIResponse(responseCode = "404", ref = ApiSchemas.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ApiSchemas.CONFLICT)
  @APIResponse(responseCode = "413", ref = ApiSchemas.TOO_LARGE)
  @APIResponse(responseCode = "415", ref = ApiSchemas.UNSUPPORTED)
  public JsonNode addClaims(@PathParam("id") long id, byte[] body) {
    List<Claim> claims = ClaimsRequest.fromBody(body).claims();
    AddClaims.Added added = addClaims.add(id, claims, Caller.of(security));
    return Documents.claimsAdded(added.incident(), added.added(), added.resolution());
  }

  /**
   * A list document, or 304 when the client's tag is its current one: the tag is read first from
   * counting the rows, the document only when it is to be sent (with the tag of what it holds).
   */
  private Response listing(long id, Listing kind, Supplier<Tagged> read) {
    return Freshness.notModified(request, incidents.listTag(id, kind), null)
        .orElseGet(
            () -> {
              Tagged t = read.get();
              return Freshness.ok(t.document(), t.tag(), null);
            });
  }

  static ProblemException noSuchIncident(long id) {
    return new ProblemException(404, "not-found", "Not Found", "no incident " + id);
  }

  private static LocalDate date(String name, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + ": a date YYYY-MM-DD, not '" + text + "'");
    }
  }

  private static int whole(String name, String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + ": a whole number, not '" + text + "'");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
