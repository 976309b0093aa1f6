package dev.reconciler.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import dev.reconciler.launch.ReconcilerService;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the editors' desk reads, over HTTP on the real server: the rule behind each published value
 * down to its file and line, a stored version's files, replay of the current resolution, and the
 * provenance of a resolution in PROV-O.
 */
@ExtendWith(RunningService.class)
class DeskApiIT {

  private static final String PROV = "http://www.w3.org/ns/prov#";
  private static ReconcilerService service;

  @BeforeAll
  static void service(ReconcilerService running) {
    service = running;
  }

  private static RequestSpecification api() {
    return given().baseUri(service.baseUri().toString());
  }

  @Test
  void theIncidentNamesItsResolutionAndTheFileAndLineOfEveryDecidingRule() throws Exception {
    long incident = Seeds.incident(service);
    JsonPath doc =
        api().get("/api/incidents/" + incident).then().statusCode(200).extract().jsonPath();
    JsonPath history =
        api().get("/api/incidents/" + incident + "/history").then().extract().jsonPath();
    assertThat(doc.getLong("resolutionId")).isEqualTo(history.getLong("resolutions[0].id"));
    assertThat(doc.getString("resolvedAt"))
        .isEqualTo(history.getString("resolutions[0].createdAt"));

    String hash = doc.getString("resolution.ruleset.hash");
    JsonPath version =
        api().get("/api/rulesets/" + hash + "/files").then().statusCode(200).extract().jsonPath();
    assertThat(version.getString("hash")).isEqualTo(hash);
    Map<String, String> files = version.getMap("files");
    Map<String, Map<String, Object>> attributes = doc.getMap("resolution.attributes");
    assertThat(attributes).hasSize(10);
    for (var e : attributes.entrySet()) {
      String rule = (String) e.getValue().get("decidedBy");
      String file = doc.getString("resolution.rules.'" + rule + "'.file");
      int line = doc.getInt("resolution.rules.'" + rule + "'.line");
      // The version's stored text declares the rule at that line, as the file in rules/ does.
      String declared = files.get(file).split("\n", -1)[line - 1];
      assertThat(declared.strip()).as(e.getKey()).startsWith("rule \"" + rule + "\"");
      assertThat(files.get(file)).isEqualTo(Files.readString(Path.of("rules").resolve(file)));
      assertThat(version.getString("rules.'" + rule + "'.file")).isEqualTo(file);
      assertThat(version.getInt("rules.'" + rule + "'.line")).isEqualTo(line);
    }
  }

  @Test
  void theScenariosAreStoredWithTheVersionAndSayWhichRulesTheyCover() throws Exception {
    long incident = Seeds.incident(service);
    JsonPath doc = api().get("/api/incidents/" + incident).then().extract().jsonPath();
    String hash = doc.getString("resolution.ruleset.hash");
    Map<String, String> onDisk = new HashMap<>();
    try (var files = Files.list(Path.of("rules", "tests"))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
        onDisk.put("tests/" + f.getFileName(), Files.readString(f));
      }
    }
    Map<String, String> stored =
        api()
            .get("/api/rulesets/" + hash + "/files")
            .then()
            .extract()
            .jsonPath()
            .getMap("scenarios");
    assertThat(stored).isEqualTo(onDisk);

    JsonPath coverage =
        api()
            .get("/api/rulesets/" + hash + "/coverage")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(coverage.getInt("scenarios")).isEqualTo(onDisk.size());
    // Written by hand from the scenario: its two officials disagree, and it expects this rule.
    String dispute = "A disputed attribute is published with its most recent claim as best";
    List<Map<String, Object>> covering = coverage.getList("rules.'" + dispute + "'.scenarios");
    assertThat(covering)
        .anySatisfy(
            c -> {
              assertThat(c.get("file")).isEqualTo("tests/dispute-two-officials.yaml");
              assertThat(c.get("line")).isEqualTo(24);
              assertThat(c.get("passed")).isEqualTo(true);
              assertThat(c.get("namesRule")).isEqualTo(true);
            });
    // Every rule that decides a seeds' attribute is covered by a stored scenario that names it or
    // at least ran it: each listed file is one of the version's scenarios.
    Map<String, Map<String, Object>> attributes = doc.getMap("resolution.attributes");
    for (var a : attributes.entrySet()) {
      String rule = (String) a.getValue().get("decidedBy");
      List<Map<String, Object>> scenarios = coverage.getList("rules.'" + rule + "'.scenarios");
      assertThat(scenarios).as(rule).isNotEmpty();
      scenarios.forEach(c -> assertThat(onDisk).as(rule).containsKey((String) c.get("file")));
    }

    JsonPath one =
        api()
            .get("/api/rulesets/" + hash + "/rules/{name}/scenarios", dispute)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(one.getString("rule")).isEqualTo(dispute);
    assertThat(one.getString("file")).isEqualTo("policy/dispute.drl");
    assertThat(one.getList("scenarios")).isEqualTo(covering);
    api()
        .get("/api/rulesets/" + hash + "/rules/{name}/scenarios", "No such rule")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:reconciler:problem:not-found"))
        .body("detail", containsString("No such rule"));
  }

  @Test
  void aVersionIsFoundByItsVersionToo() {
    String active = api().get("/api/rulesets/active").then().extract().path("version");
    api()
        .get("/api/rulesets/" + active + "/files")
        .then()
        .statusCode(200)
        .body("version", equalTo(active))
        .body("files.'ruleset.yaml'", containsString(active));
  }

  @Test
  void anUnknownVersionsFilesAre404NamingIt() {
    api()
        .get("/api/rulesets/0.0.0-never/files")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:reconciler:problem:not-found"))
        .body("detail", containsString("0.0.0-never"));
  }

  @Test
  void theCurrentResolutionReplaysIdentically() throws Exception {
    long incident = Seeds.incident(service);
    long current =
        api().get("/api/incidents/" + incident).then().extract().jsonPath().getLong("resolutionId");
    api()
        .post("/api/incidents/" + incident + "/replay")
        .then()
        .statusCode(200)
        .body("resolution", equalTo((int) current))
        .body("same", equalTo(true));
    api()
        .post("/api/incidents/987654/replay")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", containsString("987654"));
  }

  @Test
  void theIncidentsAuditTrailIsCheckedAgainstItsHashChain() throws Exception {
    long incident = Seeds.incident(service);
    int events =
        api().get("/api/incidents/" + incident + "/audit").then().extract().path("events.size()");
    api()
        .get("/api/incidents/" + incident + "/audit/verification")
        .then()
        .statusCode(200)
        .body("intact", equalTo(true))
        .body("eventsChecked", equalTo(events))
        .body("firstBrokenId", org.hamcrest.Matchers.nullValue());
    api()
        .get("/api/incidents/987654/audit/verification")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", containsString("987654"));
  }

  @Test
  void theProvenanceIsPlainJsonLdInProvO() throws Exception {
    long incident = Seeds.incident(service);
    JsonPath history =
        api().get("/api/incidents/" + incident + "/history").then().extract().jsonPath();
    long resolution = history.getLong("resolutions[0].id");
    String hash = history.getString("resolutions[0].ruleset.hash");
    List<Long> inputClaims =
        history.getList("resolutions[0].inputClaims", Number.class).stream()
            .map(Number::longValue)
            .toList();
    List<String> reportIds =
        api()
            .get("/api/incidents/" + incident + "/reports")
            .then()
            .extract()
            .jsonPath()
            .getList("reports.id", String.class);
    String body =
        api()
            .accept("application/ld+json")
            .get("/api/incidents/" + incident + "/resolutions/" + resolution)
            .then()
            .statusCode(200)
            .contentType("application/ld+json")
            .extract()
            .asString();

    // A JSON-LD processor expands it: every term resolves to a full IRI of PROV-O.
    JsonArray expanded = JsonLd.expand(JsonDocument.of(new StringReader(body))).get();
    Map<String, JsonObject> nodes = new HashMap<>();
    for (JsonValue v : expanded) {
      JsonObject o = v.asJsonObject();
      nodes.put(o.getString("@id"), o);
    }
    JsonObject res = nodes.get("urn:reconciler:resolution:" + resolution);
    assertThat(types(res)).contains(PROV + "Entity");
    JsonObject run = nodes.get(only(ids(res, "wasGeneratedBy")));
    assertThat(types(run)).contains(PROV + "Activity");
    JsonObject association = run.getJsonArray(PROV + "qualifiedAssociation").getJsonObject(0);
    JsonObject plan = nodes.get(only(ids(association, "hadPlan")));
    assertThat(types(plan)).contains(PROV + "Plan");
    assertThat(plan.getString("@id")).isEqualTo("urn:reconciler:ruleset:" + hash);
    assertThat(nodes.get(only(ids(association, "agent")))).isNotNull();

    Set<String> derived = ids(res, "wasDerivedFrom");
    Set<String> expected = new HashSet<>();
    inputClaims.forEach(id -> expected.add("urn:reconciler:claim:" + id));
    assertThat(derived).isEqualTo(expected);
    Set<String> reportsReached = new HashSet<>();
    for (String claim : derived) {
      JsonObject c = nodes.get(claim);
      assertThat(types(c)).as(claim).contains(PROV + "Entity");
      String report = only(ids(c, "wasDerivedFrom"));
      assertThat(types(nodes.get(report))).contains(PROV + "Entity");
      reportsReached.add(report.substring("urn:reconciler:report:".length()));
      JsonObject speaker = nodes.get(only(ids(c, "wasAttributedTo")));
      assertThat(types(speaker)).as(claim).contains(PROV + "Agent");
    }
    assertThat(reportIds).containsAll(reportsReached);

    // The same path in plain JSON is the stored resolution.
    api()
        .get("/api/incidents/" + incident + "/resolutions/" + resolution)
        .then()
        .statusCode(200)
        .contentType("application/json")
        .body("id", equalTo((int) resolution))
        .body("ruleset.hash", equalTo(hash));
    api()
        .accept("application/ld+json")
        .get("/api/incidents/" + incident + "/resolutions/987654")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  private static Set<String> types(JsonObject node) {
    Set<String> t = new HashSet<>();
    node.getJsonArray("@type").forEach(v -> t.add(((jakarta.json.JsonString) v).getString()));
    return t;
  }

  private static Set<String> ids(JsonObject node, String provTerm) {
    Set<String> out = new HashSet<>();
    JsonArray values = node.getJsonArray(PROV + provTerm);
    assertThat(values).as(provTerm).isNotNull();
    values.forEach(v -> out.add(v.asJsonObject().getString("@id")));
    return out;
  }

  private static String only(Set<String> ids) {
    assertThat(ids).hasSize(1);
    return ids.iterator().next();
  }
}
