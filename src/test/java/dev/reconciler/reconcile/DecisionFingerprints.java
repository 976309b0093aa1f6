package dev.reconciler.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reconciler.bench.IncidentGenerator;
import dev.reconciler.claim.Claim;
import dev.reconciler.json.ClaimJson;
import dev.reconciler.json.Json;
import dev.reconciler.json.ResolutionJson;
import dev.reconciler.reconcile.scenario.Scenario;
import dev.reconciler.reconcile.scenario.ScenarioReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the default rules decide, as one SHA-256 per incident of the {@code attributes} part of the
 * resolution (status, best, low–high, deciding rule and every claim's outcome; the fired-rule list
 * and the rule set's hash are left out, so that rewriting a rule without changing its decisions
 * keeps the fingerprint). The incidents: every editors' scenario, the seeds' extracted claims as
 * stored in {@code src/test/resources/decisions/seeds.extracted.json}, and the benchmark's
 * generated incidents (seeds 1 to 3, 30 claims; seed 4, 100 claims).
 *
 * <p>Run {@code main} to print the fingerprints of the code as it is, in the fixture's format.
 */
public final class DecisionFingerprints {

  static final Path FIXTURE = Path.of("src/test/resources/decisions/fingerprints.txt");
  static final Path SEEDS = Path.of("src/test/resources/decisions/seeds.extracted.json");

  private DecisionFingerprints() {}

  /** The incidents, by name, in a fixed order. */
  static Map<String, Incident> incidents(RuleSet rules) {
    Map<String, Incident> out = new LinkedHashMap<>();
    for (Scenario s : ScenarioReader.readAll(Path.of("rules", "tests"))) {
      out.put("scenario " + Path.of("rules", "tests").relativize(s.file()), s.incident());
    }
    out.put("seeds extracted", readClaims(SEEDS));
    for (long seed = 1; seed <= 4; seed++) {
      IncidentGenerator generator = new IncidentGenerator(seed, rules.data());
      int claims = seed == 4 ? 100 : 30;
      int count = seed == 4 ? 10 : 40;
      for (int i = 0; i < count; i++) {
        out.put(
            "generated seed " + seed + " #" + i + " (" + claims + " claims)",
            generator.next(claims));
      }
    }
    return out;
  }

  static String fingerprint(Resolution resolution) {
    return ResolutionJson.explanationHash(ResolutionJson.toJson(resolution));
  }

  /** {@code name → fingerprint} from the fixture; lines starting with '#' are comments. */
  static Map<String, String> readFixture() {
    Map<String, String> out = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(FIXTURE)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.lastIndexOf('\t');
        out.put(line.substring(0, tab), line.substring(tab + 1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The rule-set versions the fixture holds for, from its {@code # versions:} line. */
  static List<String> fixtureVersions() {
    try {
      return Files.readAllLines(FIXTURE).stream()
          .filter(l -> l.startsWith("# versions:"))
          .flatMap(l -> java.util.Arrays.stream(l.substring("# versions:".length()).split(",")))
          .map(String::strip)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Incident readClaims(Path file) {
    try {
      JsonNode root = Json.MAPPER.readTree(file.toFile());
      Map<String, LocalDate> dates = new HashMap<>();
      root.path("reports")
          .forEach(
              r ->
                  dates.put(
                      r.path("id").asText(),
                      r.path("publishedOn").isTextual()
                          ? LocalDate.parse(r.path("publishedOn").asText())
                          : null));
      List<Claim> claims = new ArrayList<>();
      JsonNode list = root.path("claims");
      for (int i = 0; i < list.size(); i++) {
        claims.add(ClaimJson.fromJson(list.get(i), file + " claims[" + i + "]"));
      }
      return new Incident(claims, dates);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void main(String[] args) {
    RuleSet rules = RuleSetLoader.fromDirectory(Path.of("rules"));
    Reconciler reconciler = new Reconciler(rules);
    System.out.println("# versions: " + rules.version());
    incidents(rules)
        .forEach(
            (name, incident) ->
                System.out.println(name + "\t" + fingerprint(reconciler.reconcile(incident))));
  }
}
