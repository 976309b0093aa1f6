package dev.reconciler.read;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.reconciler.app.rules.ReplayResolution;
import dev.reconciler.json.ClaimJson;
import dev.reconciler.json.Json;
import dev.reconciler.report.Report;
import dev.reconciler.store.ClaimRecord;
import dev.reconciler.store.IncidentRecord;
import dev.reconciler.store.ReportRecord;
import dev.reconciler.store.StoredResolution;
import java.util.List;

/**
 * The one place that writes each JSON document of the API about stored things: an incident's
 * reference, a report, a stored claim, and the answers to a submitted report and to added claims. A
 * stored resolution goes in as its stored text (a raw value), never parsed and written again.
 */
public final class Documents {

  private Documents() {}

  /** {@code {"id","place","date"}}. */
  public static ObjectNode ref(IncidentRecord i) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("id", i.id());
    n.put("place", i.place());
    n.put("date", i.incidentDate() == null ? null : i.incidentDate().toString());
    return n;
  }

  /** {@code {"id","publisher","url","publishedOn","headline","receivedAt","name","incident"}}. */
  public static ObjectNode report(ReportRecord r) {
    Report report = r.toReport();
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("id", report.id());
    n.put("publisher", report.publisher());
    n.put("url", report.url());
    n.put("publishedOn", report.publishedOn() == null ? null : report.publishedOn().toString());
    n.put("headline", report.headline());
    n.put("receivedAt", r.receivedAt().toString());
    n.put("name", report.name());
    n.put("incident", r.incidentId());
    return n;
  }

  /**
   * The extract command's JSON of the claim plus {@code storedId}, {@code origin}, {@code
   * createdAt}.
   */
  public static ObjectNode storedClaim(ClaimRecord r) {
    ObjectNode n = ClaimJson.toJson(r.toClaim());
    n.put("storedId", r.id());
    n.put("origin", r.origin());
    n.put("createdAt", r.createdAt().toString());
    return n;
  }

  /**
   * The answer to a submitted report: {@code {"report","claims","incident","resolution"}}, or for a
   * duplicate {@code {"report","duplicate":true,"incident"}}.
   */
  public static ObjectNode submitted(
      boolean created,
      ReportRecord report,
      IncidentRecord incident,
      List<ClaimRecord> claims,
      StoredResolution resolution,
      String assignment) {
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.set("report", report(report));
    if (!created) {
      out.put("duplicate", true);
      out.set("incident", incident == null ? null : ref(incident));
      return out;
    }
    ArrayNode list = out.putArray("claims");
    claims.forEach(c -> list.add(ClaimJson.toJson(c.toClaim())));
    ObjectNode ref = ref(incident);
    ref.put("assignment", assignment);
    out.set("incident", ref);
    putResolution(out, resolution);
    return out;
  }

  /** The answer to claims sent for an incident: {@code {"incident","claims","resolution"}}. */
  public static ObjectNode claimsAdded(
      IncidentRecord incident, List<ClaimRecord> added, StoredResolution resolution) {
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.set("incident", ref(incident));
    ArrayNode list = out.putArray("claims");
    added.forEach(c -> list.add(storedClaim(c)));
    putResolution(out, resolution);
    return out;
  }

  /** A replayed resolution: {@code {"resolution","same","stored","replayed"}}. */
  public static ObjectNode replayed(ReplayResolution.Replayed r) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("resolution", r.resolutionId());
    n.put("same", r.same());
    n.set("stored", r.stored());
    n.set("replayed", r.replayed());
    return n;
  }

  /** {@code "resolution"}: the stored text as it is, or null before the first. */
  static void putResolution(ObjectNode out, StoredResolution resolution) {
    putResolution(out, resolution == null ? null : resolution.json());
  }

  static void putResolution(ObjectNode out, String storedJson) {
    if (storedJson == null) {
      out.putNull("resolution");
    } else {
      out.putRawValue("resolution", new RawValue(storedJson));
    }
  }
}
