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

  /**
   * The same fingerprints with the claim a superseded claim is superseded "by" left out: rules
   * 3.3.0 supersede a claim once, by one winner, where 3.2.0 recorded every winner and named one of
   * them.
   */
  static final Path WITHOUT_WINNERS =
      Path.of("src/test/resources/decisions/fingerprints-without-winners.txt");

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

  /** The fingerprint with every claim's {@code by} (the claim that superseded it) removed. */
  static String fingerprintWithoutWinners(Resolution resolution) {
    com.fasterxml.jackson.databind.node.ObjectNode json = ResolutionJson.toJson(resolution);
    json.path("attributes")
        .forEach(
            a ->
                a.path("claims")
                    .forEach(
                        c -> ((com.fasterxml.jackson.databind.node.ObjectNode) c).remove("by")));
    return ResolutionJson.explanationHash(json);
  }

  /** {@code name → fingerprint} from the fixture; lines starting with '#' are comments. */
  static Map<String, String> readFixture() {
    return readFixture(FIXTURE);
  }

  static Map<String, String> readFixture(Path fixture) {
    Map<String, String> out = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(fixture)) {
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
    return fixtureVersions(FIXTURE);
  }

  static List<String> fixtureVersions(Path fixture) {
    try {
      return Files.readAllLines(fixture).stream()
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

  /**
   * Prints the fingerprints of the rules in {@code args[0]} (default {@code rules}); with {@code
   * args[1]} = {@code without-winners}, those of {@link #fingerprintWithoutWinners}.
   */
  public static void main(String[] args) {
    RuleSet rules = RuleSetLoader.fromDirectory(Path.of(args.length > 0 ? args[0] : "rules"));
    boolean withoutWinners = args.length > 1 && args[1].equals("without-winners");
    Reconciler reconciler = new Reconciler(rules);
    System.out.println("# versions: " + rules.version());
    incidents(rules)
        .forEach(
            (name, incident) -> {
              Resolution r = reconciler.reconcile(incident);
              System.out.println(
                  name + "\t" + (withoutWinners ? fingerprintWithoutWinners(r) : fingerprint(r)));
            });
  }
}
