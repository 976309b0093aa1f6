package dev.reconciler.extract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reconciler.claim.Attribute;
import dev.reconciler.claim.Claim;
import dev.reconciler.claim.ClaimValue;
import dev.reconciler.claim.CountRange;
import dev.reconciler.claim.Role;
import dev.reconciler.claim.Scope;
import dev.reconciler.claim.TextValue;
import dev.reconciler.json.ClaimJson;
import dev.reconciler.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The claims an editor expects from a set of reports, in the form of {@code
 * shared/gold/seeds.expected.json}, and how extracted claims are scored against them.
 *
 * <p>Matching rule: an expected claim is found when an extracted claim in scope {@code this} has
 * the same report, the same attribute, a value equal to {@code value} or one of {@code value_any}
 * (group names compared after the editors' alias table {@code rules/data/groups.csv}), a role
 * equal to {@code role} or one of {@code role_any}, and, where the expected claim names a speaker,
 * the same speaker. A place matches when the extracted one contains the expected place name (the
 * seeds' gold does not list places; the fictional gold gives a key name). Phase is not part of the match. Entries marked {@code "optional": true} are
 * acceptable but not required (they count for precision, not for recall). An extracted claim is
 * correct when it matches an expected claim, or when it is in scope {@code other} and matches a
 * {@code must_not} entry (another incident, rightly set aside); every other extracted claim is
 * wrong (wrong value, role or scope, or not a claim at all).
 */
final class ExpectedClaims {

  record Expected(String report, Attribute attribute, List<ClaimValue> values, Set<Role> roles,
      String speaker, boolean optional, String label) {}

  record Forbidden(String report, Attribute attribute, Set<Integer> values, String why) {}

  /** The figures of one comparison; {@code missing} and {@code wrong} say which claims. */
  record Score(int expected, int found, int extracted, int correct, List<String> missing,
      List<String> wrong, List<String> forbiddenProduced) {

    double recall() {
      return expected == 0 ? 1.0 : (double) found / expected;
    }

    double wrongRate() {
      return extracted == 0 ? 0.0 : (double) (extracted - correct) / extracted;
    }

    String summary(String what) {
      return String.format(Locale.ROOT,
          "%s: recall %d/%d = %.2f; wrong %d/%d = %.2f; forbidden produced %d",
          what, found, expected, recall(), extracted - correct, extracted, wrongRate(), forbiddenProduced.size());
    }
  }

  private static final Map<String, String> GROUPS = groups();

  final List<Expected> claims = new ArrayList<>();
  final List<Forbidden> mustNot = new ArrayList<>();

  static ExpectedClaims read(Path... files) {
    ExpectedClaims e = new ExpectedClaims();
    for (Path f : files) {
      try {
        JsonNode root = Json.MAPPER.readTree(Files.readString(f));
        int i = 0;
        for (JsonNode c : root.path("claims")) {
          e.claims.add(expected(c, f.getFileName() + " claims[" + i++ + "]"));
        }
        for (JsonNode m : root.path("must_not")) {
          Set<Integer> values = new java.util.HashSet<>();
          m.path("values").forEach(v -> values.add(v.asInt()));
          e.mustNot.add(new Forbidden(m.path("report").asText(), Attribute.fromKey(m.path("attribute").asText()),
              values, m.path("why").asText()));
        }
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }
    return e;
  }

  private static Expected expected(JsonNode c, String where) {
    Attribute a = Attribute.fromKey(c.path("attribute").asText());
    List<ClaimValue> values = new ArrayList<>();
    if (c.has("value_any")) {
      c.get("value_any").forEach(v -> values.add(ClaimJson.valueFromJson(a, v, where)));
    } else {
      values.add(ClaimJson.valueFromJson(a, c.get("value"), where));
    }
    Set<Role> roles = new java.util.HashSet<>();
    if (c.has("role_any")) {
      c.get("role_any").forEach(r -> roles.add(Role.fromKey(r.asText())));
    } else {
      roles.add(Role.fromKey(c.path("role").asText()));
    }
    String speaker = c.hasNonNull("speaker") ? c.get("speaker").asText() : null;
    String label = c.path("report").asText() + " " + a.key() + "=" + values.get(0).display() + " " + roles
        + (speaker == null ? "" : " " + speaker);
    return new Expected(c.path("report").asText(), a, values, roles, speaker, c.path("optional").asBoolean(false), label);
  }

  /** Scores extracted claims; {@code reportName} maps a report id to the name the file uses. */
  Score score(List<Claim> extracted, Function<String, String> reportName) {
    int required = 0;
    int found = 0;
    List<String> missing = new ArrayList<>();
    for (Expected e : claims) {
      if (e.optional) {
        continue;
      }
      required++;
      if (extracted.stream().anyMatch(c -> matches(e, c, reportName))) {
        found++;
      } else {
        missing.add(e.label);
      }
    }
    int correct = 0;
    List<String> wrong = new ArrayList<>();
    List<String> forbidden = new ArrayList<>();
    List<Claim> sorted = new ArrayList<>(extracted);
    sorted.sort(Comparator.comparing((Claim c) -> reportName.apply(c.reportId())));
    for (Claim c : sorted) {
      boolean isForbidden = mustNot.stream().anyMatch(m -> forbids(m, c, reportName));
      boolean ok = c.scope() == Scope.OTHER
          ? isForbidden
          : claims.stream().anyMatch(e -> matches(e, c, reportName));
      if (c.scope() == Scope.THIS && isForbidden) {
        forbidden.add(describe(c, reportName));
      }
      if (ok) {
        correct++;
      } else {
        wrong.add(describe(c, reportName));
      }
    }
    return new Score(required, found, extracted.size(), correct, missing, wrong, forbidden);
  }

  static String describe(Claim c, Function<String, String> reportName) {
    String sentence = c.evidence() == null ? "" : c.evidence().sentence();
    return reportName.apply(c.reportId()) + " " + c.attribute().key() + "=" + c.value().display()
        + (c.approximate() ? "~" : "") + " " + c.role().key() + " " + c.speaker() + " " + c.phase().key()
        + " " + c.scope().key() + " | " + (sentence.length() > 100 ? sentence.substring(0, 100) : sentence);
  }

  private static boolean matches(Expected e, Claim c, Function<String, String> reportName) {
    return c.scope() == Scope.THIS
        && e.report.equals(reportName.apply(c.reportId()))
        && e.attribute == c.attribute()
        && e.values.stream().anyMatch(v -> sameValue(e.attribute, v, c.value()))
        && e.roles.contains(c.role())
        && (e.speaker == null || e.speaker.equalsIgnoreCase(String.valueOf(c.speaker())));
  }

  private static boolean forbids(Forbidden m, Claim c, Function<String, String> reportName) {
    return m.report.equals(reportName.apply(c.reportId()))
        && m.attribute == c.attribute()
        && c.value() instanceof CountRange r
        && (m.values.contains(r.min()) || (r.max() != null && m.values.contains(r.max())));
  }

  /** Equal values; a place matches when the extracted one contains the expected key place name. */
  static boolean sameValue(Attribute attribute, ClaimValue expected, ClaimValue actual) {
    if (attribute == Attribute.LOCATION && expected instanceof TextValue a && actual instanceof TextValue b) {
      return b.folded().replace('’', '\'').contains(a.folded().replace('’', '\''));
    }
    if (expected instanceof TextValue a && actual instanceof TextValue b) {
      return canonical(a.text()).equals(canonical(b.text()));
    }
    return expected.equals(actual);
  }

  /** A group's canonical name by the longest alias found in the text, else the folded text. */
  static String canonical(String text) {
    String folded = text.toLowerCase(Locale.ROOT);
    String best = null;
    String bestAlias = "";
    for (Map.Entry<String, String> g : GROUPS.entrySet()) {
      if (folded.contains(g.getKey()) && g.getKey().length() > bestAlias.length()) {
        best = g.getValue();
        bestAlias = g.getKey();
      }
    }
    return best != null ? best : folded.strip();
  }

  private static Map<String, String> groups() {
    Map<String, String> out = new TreeMap<>();
    try {
      for (String line : Files.readAllLines(Path.of("rules/data/groups.csv"))) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("canonical,")) {
          continue;
        }
        String[] parts = line.split(",", 2);
        out.put(parts[1].strip().toLowerCase(Locale.ROOT), parts[0].strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
