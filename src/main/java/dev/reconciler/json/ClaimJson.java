package dev.reconciler.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reconciler.claim.Attribute;
import dev.reconciler.claim.Claim;
import dev.reconciler.claim.ClaimValue;
import dev.reconciler.claim.CountRange;
import dev.reconciler.claim.DurationRange;
import dev.reconciler.claim.Evidence;
import dev.reconciler.claim.Phase;
import dev.reconciler.claim.Role;
import dev.reconciler.claim.Scope;
import dev.reconciler.claim.StartTime;
import dev.reconciler.claim.TextValue;
import dev.reconciler.claim.YesNo;
import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * Claims to and from JSON.
 *
 * <p>Values: a count is {@code {"min": 4, "max": 4}} (no {@code max} for "at least"); text is a
 * string, and a group's denial of responsibility is {@code {"denied": "<group>"}}; a start time is
 * its text form ({@code "2023-02-17T19:10+05:00"}, {@code "19:10"}, {@code "Friday night"}); a
 * duration is ISO-8601 ({@code "PT3H"}) or {@code {"min": "PT2H", "max": "PT9H"}}; a yes/no is a
 * boolean. Errors name the field that is wrong.
 *
 * <p>A claim's {@code headline} (read from the report's title line) and {@code revision} (the
 * sentence revises an earlier figure) are always written and read as false when absent.
 */
public final class ClaimJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The fields of a claim's JSON form. */
  private static final java.util.Set<String> FIELDS =
      new java.util.TreeSet<>(
          java.util.List.of(
              "id",
              "report",
              "attribute",
              "value",
              "approximate",
              "speaker",
              "role",
              "phase",
              "scope",
              "evidence",
              "headline",
              "revision",
              "statedAt"));

  private ClaimJson() {}

  public static ObjectNode toJson(Claim c) {
    ObjectNode n = NODES.objectNode();
    n.put("id", c.id());
    n.put("report", c.reportId());
    n.put("attribute", c.attribute().key());
    n.set("value", valueToJson(c.value()));
    n.put("approximate", c.approximate());
    n.put("speaker", c.speaker());
    n.put("role", c.role().key());
    n.put("phase", c.phase().key());
    n.put("scope", c.scope().key());
    n.put("headline", c.headline());
    n.put("revision", c.revision());
    n.put("statedAt", c.statedAt() == null ? null : c.statedAt().display());
    if (c.evidence() != null) {
      ObjectNode e = n.putObject("evidence");
      e.put("report", c.evidence().reportId());
      e.put("sentence", c.evidence().sentence());
      e.put("start", c.evidence().start());
      e.put("end", c.evidence().end());
    }
    return n;
  }

  public static JsonNode valueToJson(ClaimValue v) {
    if (v instanceof CountRange r) {
      ObjectNode n = NODES.objectNode();
      n.put("min", r.min());
      if (r.max() != null) {
        n.put("max", r.max());
      }
      return n;
    }
    if (v instanceof DurationRange d) {
      if (d.isExact()) {
        return NODES.textNode(d.min().toString());
      }
      ObjectNode n = NODES.objectNode();
      n.put("min", d.min().toString());
      if (d.max() != null) {
        n.put("max", d.max().toString());
      }
      return n;
    }
    if (v instanceof YesNo y) {
      return NODES.booleanNode(y.value());
    }
    if (v instanceof TextValue t) {
      if (t.denied()) {
        ObjectNode n = NODES.objectNode();
        n.put("denied", t.text());
        return n;
      }
      return NODES.textNode(t.text());
    }
    return NODES.textNode(v.display());
  }

  /**
   * Reads a claim; {@code where} names the document and position for error messages (for example
   * {@code "claims[3]"}). Missing optional fields take defaults: phase ongoing, scope this, not
   * approximate, no speaker, neither headline nor revision; a missing id is made from {@code
   * where}.
   */
  public static Claim fromJson(JsonNode n, String where) {
    if (n == null || !n.isObject()) {
      throw new JsonFormatException(where + ": expected an object");
    }
    // A misspelt or misplaced field is an error, not a silent default: in YAML an unquoted comma
    // in a flow mapping ("value: Hotel, Kabul") splits a value into a field of its own.
    n.fieldNames()
        .forEachRemaining(
            f -> {
              if (!FIELDS.contains(f)) {
                throw new JsonFormatException(
                    where + ": unknown field '" + f + "' (known: " + FIELDS + ")");
              }
            });
    Attribute attribute = enumField(n, "attribute", where, Attribute::fromKey);
    String report = JsonFields.requiredText(n, where, "report", null);
    ClaimValue value = valueFromJson(attribute, n.get("value"), where + ".value");
    Role role = enumField(n, "role", where, Role::fromKey);
    Phase phase =
        n.hasNonNull("phase") ? enumField(n, "phase", where, Phase::fromKey) : Phase.ONGOING;
    Scope scope = n.hasNonNull("scope") ? enumField(n, "scope", where, Scope::fromKey) : Scope.THIS;
    boolean headline = flag(n, "headline", where);
    boolean revision = flag(n, "revision", where);
    StartTime statedAt = null;
    if (n.hasNonNull("statedAt")) {
      statedAt =
          (StartTime) valueFromJson(Attribute.START_TIME, n.get("statedAt"), where + ".statedAt");
    }
    Evidence evidence = null;
    JsonNode e = n.get("evidence");
    if (e != null && e.isObject()) {
      evidence =
          new Evidence(
              e.path("report").asText(report),
              e.path("sentence").asText(null),
              e.path("start").asInt(0),
              e.path("end").asInt(0));
    }
    String id = n.hasNonNull("id") ? n.get("id").asText() : report + ":" + where;
    try {
      return new Claim(
          id,
          report,
          attribute,
          value,
          n.path("approximate").asBoolean(false),
          n.hasNonNull("speaker") ? n.get("speaker").asText() : null,
          role,
          phase,
          scope,
          evidence,
          headline,
          revision,
          statedAt);
    } catch (IllegalArgumentException | NullPointerException ex) {
      throw new JsonFormatException(where + ": " + ex.getMessage());
    }
  }

  /** Reads a value of the kind {@code attribute} takes. */
  public static ClaimValue valueFromJson(Attribute attribute, JsonNode v, String where) {
    if (v == null || v.isNull()) {
      throw new JsonFormatException(where + ": missing");
    }
    try {
      return switch (attribute.kind()) {
        case COUNT -> {
          if (v.isInt()) {
            yield CountRange.exactly(v.asInt());
          }
          if (!v.isObject() || !v.path("min").isInt()) {
            throw new JsonFormatException(where + ": a count is {\"min\": N, \"max\": N}");
          }
          yield new CountRange(
              v.get("min").asInt(), v.hasNonNull("max") ? v.get("max").asInt() : null);
        }
        case TEXT -> {
          if (v.isObject()) {
            JsonNode group = v.get("denied");
            if (group == null || !group.isTextual() || v.size() != 1) {
              throw new JsonFormatException(where + ": a denial is {\"denied\": \"<group>\"}");
            }
            yield TextValue.denialBy(group.asText());
          }
          if (!v.isTextual()) {
            throw new JsonFormatException(
                where + ": expected a string or {\"denied\": \"<group>\"}");
          }
          yield new TextValue(v.asText());
        }
        case TIME -> {
          if (!v.isTextual()) {
            throw new JsonFormatException(where + ": a start time is a string such as \"19:10\"");
          }
          yield StartTime.parse(v.asText());
        }
        case DURATION -> {
          if (v.isTextual()) {
            yield DurationRange.exactly(Duration.parse(v.asText()));
          }
          if (!v.isObject() || !v.path("min").isTextual()) {
            throw new JsonFormatException(
                where + ": a duration is \"PT3H\" or {\"min\": \"PT2H\"}");
          }
          yield new DurationRange(
              Duration.parse(v.get("min").asText()),
              v.hasNonNull("max") ? Duration.parse(v.get("max").asText()) : null);
        }
        case YES_NO -> {
          if (!v.isBoolean()) {
            throw new JsonFormatException(where + ": expected true or false");
          }
          yield new YesNo(v.asBoolean());
        }
      };
    } catch (DateTimeParseException e) {
      throw new JsonFormatException(where + ": not an ISO-8601 duration: " + v);
    } catch (IllegalArgumentException e) {
      if (e instanceof JsonFormatException) {
        throw e;
      }
      throw new JsonFormatException(where + ": " + e.getMessage());
    }
  }

  /** An optional boolean field, false when absent or null. */
  private static boolean flag(JsonNode n, String field, String where) {
    JsonNode f = n.get(field);
    if (f == null || f.isNull()) {
      return false;
    }
    if (!f.isBoolean()) {
      throw new JsonFormatException(where + "." + field + ": expected true or false");
    }
    return f.asBoolean();
  }

  private static <T> T enumField(
      JsonNode n, String field, String where, java.util.function.Function<String, T> parse) {
    String s = JsonFields.requiredText(n, where, field, null);
    try {
      return parse.apply(s);
    } catch (IllegalArgumentException e) {
      throw new JsonFormatException(where + "." + field + ": " + e.getMessage());
    }
  }
}
