package dev.reconciler.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reconciler.claim.Attribute;
import dev.reconciler.claim.ClaimValue;
import dev.reconciler.claim.Role;
import dev.reconciler.json.ClaimJson;
import dev.reconciler.json.Json;
import dev.reconciler.json.JsonFormatException;
import dev.reconciler.reconcile.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An editor's gold for one incident, read from its {@code gold.json}: the claims of every report,
 * the figures about other incidents, and the record to publish (none for gold that lists claims
 * only). Errors name the file and the entry at fault.
 */
public record Gold(
    String title,
    List<GoldClaim> claims,
    List<OtherIncidentFigure> otherIncidents,
    Map<Attribute, GoldResult> resolution) {

  public Gold {
    claims = List.copyOf(claims);
    otherIncidents = List.copyOf(otherIncidents);
    resolution = Map.copyOf(resolution);
  }

  /** Reads gold files; several files of one incident (a second one of optional claims) add up. */
  public static Gold read(Path... files) {
    String title = null;
    List<GoldClaim> claims = new ArrayList<>();
    List<OtherIncidentFigure> others = new ArrayList<>();
    Map<Attribute, GoldResult> resolution = new EnumMap<>(Attribute.class);
    for (Path file : files) {
      JsonNode root = parse(file);
      if (title == null && root.path("incident").hasNonNull("title")) {
        title = root.path("incident").path("title").asText();
      }
      int i = 0;
      for (JsonNode c : root.path("claims")) {
        claims.add(claim(c, file.getFileName() + ": claims[" + i++ + "]"));
      }
      i = 0;
      for (JsonNode m : root.path("must_not")) {
        others.add(otherIncident(m, file.getFileName() + ": must_not[" + i++ + "]"));
      }
      root.path("resolution")
          .fields()
          .forEachRemaining(
              e -> {
                String where = file.getFileName() + ": resolution." + e.getKey();
                Attribute a = attribute(e.getKey(), where);
                resolution.put(a, result(a, e.getValue(), where));
              });
    }
    return new Gold(title, claims, others, resolution);
  }

  private static JsonNode parse(Path file) {
    try {
      return Json.MAPPER.readTree(Files.readString(file));
    } catch (IOException e) {
      throw new JsonFormatException(file + ": not readable JSON: " + e.getMessage());
    }
  }

  private static GoldClaim claim(JsonNode c, String where) {
    Attribute a = attribute(c.path("attribute").asText(), where + ".attribute");
    List<ClaimValue> values = new ArrayList<>();
    if (c.has("value_any")) {
      int k = 0;
      for (JsonNode v : c.get("value_any")) {
        values.add(ClaimJson.valueFromJson(a, v, where + ".value_any[" + k++ + "]"));
      }
    } else {
      values.add(ClaimJson.valueFromJson(a, c.get("value"), where + ".value"));
    }
    Set<Role> roles = new HashSet<>();
    if (c.has("role_any")) {
      c.get("role_any").forEach(r -> roles.add(role(r.asText(), where + ".role_any")));
    } else {
      roles.add(role(c.path("role").asText(), where + ".role"));
    }
    String report = c.path("report").asText();
    if (report.isBlank()) {
      throw new JsonFormatException(where + ": missing field 'report'");
    }
    String speaker = c.hasNonNull("speaker") ? c.get("speaker").asText() : null;
    boolean optional = c.path("optional").asBoolean(false) || c.path("headline").asBoolean(false);
    String label =
        report
            + " "
            + a.key()
            + "="
            + values.get(0).display()
            + " "
            + roles
            + (speaker == null ? "" : " " + speaker);
    return new GoldClaim(report, a, values, roles, speaker, optional, label);
  }

  private static OtherIncidentFigure otherIncident(JsonNode m, String where) {
    Set<Integer> values = new LinkedHashSet<>();
    m.path("values").forEach(v -> values.add(v.asInt()));
    if (values.isEmpty()) {
      throw new JsonFormatException(where + ".values: list the figures as numbers");
    }
    return new OtherIncidentFigure(
        m.path("report").asText(),
        attribute(m.path("attribute").asText(), where + ".attribute"),
        values,
        !"not_a_claim".equals(m.path("kind").asText("other_incident")),
        m.path("why").asText(""),
        m.path("sentence").asText(null));
  }

  private static GoldResult result(Attribute a, JsonNode r, String where) {
    Status status = status(r.path("status").asText(), where + ".status");
    List<ClaimValue> bests = new ArrayList<>();
    if (r.has("best_any")) {
      int k = 0;
      for (JsonNode v : r.get("best_any")) {
        bests.add(ClaimJson.valueFromJson(a, v, where + ".best_any[" + k++ + "]"));
      }
    } else if (r.hasNonNull("best")) {
      bests.add(ClaimJson.valueFromJson(a, r.get("best"), where + ".best"));
    }
    return new GoldResult(
        a,
        status,
        bests,
        strings(r, "best_contains"),
        strings(r, "best_contains_any"),
        strings(r, "competing"),
        r.has("approximate") ? r.get("approximate").asBoolean() : null,
        r.path("why").asText(""));
  }

  private static List<String> strings(JsonNode r, String field) {
    List<String> out = new ArrayList<>();
    r.path(field).forEach(v -> out.add(v.asText()));
    return out;
  }

  private static Attribute attribute(String key, String where) {
    try {
      return Attribute.fromKey(key);
    } catch (IllegalArgumentException e) {
      throw new JsonFormatException(where + ": " + e.getMessage());
    }
  }

  private static Role role(String key, String where) {
    try {
      return Role.fromKey(key);
    } catch (IllegalArgumentException e) {
      throw new JsonFormatException(where + ": " + e.getMessage());
    }
  }

  private static Status status(String key, String where) {
    for (Status s : Status.values()) {
      if (s.key().equals(key.toLowerCase(Locale.ROOT))) {
        return s;
      }
    }
    throw new JsonFormatException(
        where + ": unknown status '" + key + "' (known: settled, disputed, unverified, unknown)");
  }
}
