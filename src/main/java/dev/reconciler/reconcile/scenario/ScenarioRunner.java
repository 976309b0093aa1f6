package dev.reconciler.reconcile.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reconciler.claim.Attribute;
import dev.reconciler.json.ResolutionJson;
import dev.reconciler.reconcile.Reconciler;
import dev.reconciler.reconcile.Resolution;
import dev.reconciler.reconcile.RuleSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs scenarios against a rule set and compares, per expected attribute, every expected key
 * ({@code status}, {@code best}, {@code low}, {@code high}, {@code approximate}, {@code decidedBy},
 * {@code independentSources}, {@code bestContains}, {@code bestContainsAny}, {@code claims}).
 */
public final class ScenarioRunner {

  private final Reconciler reconciler;

  public ScenarioRunner(RuleSet ruleSet) {
    this.reconciler = new Reconciler(ruleSet);
  }

  public List<ScenarioResult> run(List<Scenario> scenarios) {
    List<ScenarioResult> out = new ArrayList<>();
    for (Scenario s : scenarios) {
      out.add(run(s));
    }
    return out;
  }

  public ScenarioResult run(Scenario s) {
    Resolution r = reconciler.reconcile(s.incident());
    JsonNode actual = ResolutionJson.toJson(r).path("attributes");
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : s.expect().entrySet()) {
      compare(e.getKey(), e.getValue(), actual.path(e.getKey()), failures);
    }
    return new ScenarioResult(s, failures, r.firedRules());
  }

  /** Rule files (by name without {@code .drl}) that no scenario covers. */
  public static Set<String> uncovered(RuleSet ruleSet, List<Scenario> scenarios) {
    Set<String> missing = new TreeSet<>();
    for (String path : ruleSet.drlFiles().keySet()) {
      missing.add(baseName(path));
    }
    for (Scenario s : scenarios) {
      s.covers().forEach(missing::remove);
    }
    return missing;
  }

  static String baseName(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.endsWith(".drl") ? name.substring(0, name.length() - 4) : name;
  }

  private static void compare(
      String attribute, JsonNode expected, JsonNode actual, List<String> failures) {
    for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = e.getKey();
      JsonNode want = e.getValue();
      String where = attribute + "." + key;
      switch (key) {
        case "bestContains" -> {
          String best = actual.path("best").asText("");
          for (JsonNode w : want) {
            if (!best.toLowerCase(Locale.ROOT).contains(w.asText().toLowerCase(Locale.ROOT))) {
              failures.add(
                  where
                      + ": expected best to contain \""
                      + w.asText()
                      + "\", actual "
                      + actual.path("best"));
            }
          }
        }
        case "bestContainsAny" -> {
          String best = actual.path("best").asText("").toLowerCase(Locale.ROOT);
          boolean any = false;
          for (JsonNode w : want) {
            any |= best.contains(w.asText().toLowerCase(Locale.ROOT));
          }
          if (!any) {
            failures.add(
                where
                    + ": expected best to contain one of "
                    + want
                    + ", actual "
                    + actual.path("best"));
          }
        }
        case "claims" -> compareClaims(attribute, want, actual.path("claims"), failures);
        default -> {
          JsonNode got = actual.path(key);
          if (!same(want, got)) {
            failures.add(
                where
                    + ": expected "
                    + want
                    + ", actual "
                    + (got.isMissingNode() ? "nothing" : got));
          }
        }
      }
    }
  }

  private static void compareClaims(
      String attribute, JsonNode want, JsonNode claims, List<String> failures) {
    for (JsonNode w : want) {
      String id = w.path("id").asText();
      JsonNode got = null;
      for (JsonNode c : claims) {
        if (c.path("id").asText().equals(id)) {
          got = c;
        }
      }
      if (got == null) {
        failures.add(attribute + ".claims: no claim " + id + " (claims are " + ids(claims) + ")");
        continue;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = w.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        if (!same(f.getValue(), got.path(f.getKey()))) {
          failures.add(
              attribute
                  + ".claims["
                  + id
                  + "]."
                  + f.getKey()
                  + ": expected "
                  + f.getValue()
                  + ", actual "
                  + got.path(f.getKey()));
        }
      }
    }
  }

  private static List<String> ids(JsonNode claims) {
    List<String> ids = new ArrayList<>();
    claims.forEach(c -> ids.add(c.path("id").asText()));
    return ids;
  }

  /** Scalars compare by text (YAML 4 and JSON 4, true and "true"); objects and lists by content. */
  private static boolean same(JsonNode want, JsonNode got) {
    if (want.isNull()) {
      return got.isNull() || got.isMissingNode();
    }
    if (want.isValueNode()) {
      return got.isValueNode() && want.asText().equals(got.asText());
    }
    if (want.isObject()) {
      if (!got.isObject()) {
        return false;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = want.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        if (!same(f.getValue(), got.path(f.getKey()))) {
          return false;
        }
      }
      return want.size() == got.size();
    }
    if (!got.isArray() || want.size() != got.size()) {
      return false;
    }
    for (int i = 0; i < want.size(); i++) {
      if (!same(want.get(i), got.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Validates that an expected attribute name is in the schema (scenario files are hand-written).
   */
  static void checkAttribute(String key) {
    Attribute.fromKey(key);
  }
}
