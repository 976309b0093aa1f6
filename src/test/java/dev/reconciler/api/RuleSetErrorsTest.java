package dev.reconciler.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reconciler.json.Json;
import dev.reconciler.reconcile.Reconciler;
import dev.reconciler.reconcile.RuleSetException;
import dev.reconciler.reconcile.RuleSetLoader;
import dev.reconciler.reconcile.RuleSetProblem;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/** The errors[] of a 422 problem: the rule-set problems as found, read without parsing text. */
class RuleSetErrorsTest {

  @Test
  void eachProblemBecomesFileLineColumnAndMessage() throws Exception {
    RuleSetException e =
        new RuleSetException(
            List.of(
                new RuleSetProblem(
                    "policy/rank.drl", 12, 5, "mismatched input 'is': expected 'then'"),
                new RuleSetProblem("data/ranks.csv", 4, 0, "rank must be a whole number"),
                RuleSetProblem.about("ruleset.yaml", "missing 'version'"),
                RuleSetProblem.about(null, "no .drl rule file")));
    assertThat(RuleSetErrors.toJson(e))
        .isEqualTo(
            Json.MAPPER.readTree(
                "[{\"file\": \"policy/rank.drl\", \"line\": 12, \"column\": 5, \"message\":"
                    + " \"mismatched input 'is': expected 'then'\"}, {\"file\": \"data/ranks.csv\","
                    + " \"line\": 4, \"column\": 0, \"message\": \"rank must be a whole number\"},"
                    + " {\"file\": \"ruleset.yaml\", \"line\": 0, \"column\": 0, \"message\":"
                    + " \"missing 'version'\"}, {\"file\": \"\", \"line\": 0, \"column\": 0,"
                    + " \"message\": \"no .drl rule file\"}]"));
  }

  @Test
  void aMessageThatLooksLikeAPlaceStaysTheMessage() throws Exception {
    // What the old reading of the text took apart: a multi-line message with colons in it.
    RuleSetException e =
        RuleSetException.about(
            "ruleset.yaml", "not valid YAML: while parsing\n in 'reader', line 1:\nversion: [1");
    JsonNode errors = RuleSetErrors.toJson(e);
    assertThat(errors).hasSize(1);
    assertThat(errors.at("/0/file").asText()).isEqualTo("ruleset.yaml");
    assertThat(errors.at("/0/message").asText())
        .isEqualTo("not valid YAML: while parsing\n in 'reader', line 1:\nversion: [1");
  }

  @Test
  void aCompilerErrorKeepsTheCompilersFileAndLine() {
    SortedMap<String, String> files = RuleSetLoader.readDirectory(Path.of("rules"));
    String phase = files.get("policy/phase.drl");
    files.put(
        "policy/phase.drl", phase.replace("phase == Phase.CONCLUDED", "phaze == Phase.CONCLUDED"));
    int line = lineHolding(files.get("policy/phase.drl"), "phaze");

    // As the API loads a candidate: no label, so files are shown by their path in the rule set.
    RuleSetException e =
        catchThrowableOfType(
            () -> new Reconciler(RuleSetLoader.fromTexts(files, "")), RuleSetException.class);
    JsonNode first = RuleSetErrors.toJson(e).get(0);
    assertThat(first.get("file").asText()).isEqualTo("policy/phase.drl");
    assertThat(first.get("line").asInt()).isEqualTo(line);
    assertThat(first.get("column").isInt()).isTrue();
    assertThat(first.get("message").asText()).isNotBlank().doesNotStartWith("policy/");
  }

  @Test
  void aCandidateThatCallsOutIsRefusedWithFileAndLine() throws Exception {
    // As an editor would send it to validate, dry-run or activate: one file laid over rules/.
    SortedMap<String, String> files = RuleSetLoader.readDirectory(Path.of("rules"));
    String hostile =
        java.nio.file.Files.readString(
            Path.of("src/test/resources/hostile-rules/policy/hostile.drl"));
    files.put("policy/hostile.drl", hostile);
    RuleSetException e =
        catchThrowableOfType(
            () -> new Reconciler(RuleSetLoader.fromTexts(files, "")), RuleSetException.class);
    JsonNode errors = RuleSetErrors.toJson(e);
    int exit = lineHolding(hostile, "System.exit");
    assertThat(errors)
        .anySatisfy(
            error -> {
              assertThat(error.get("file").asText()).isEqualTo("policy/hostile.drl");
              assertThat(error.get("line").asInt()).isEqualTo(exit);
              assertThat(error.get("message").asText())
                  .startsWith("rule \"Exit\": java.lang.System is not allowed in rules");
            });
  }

  @Test
  void aMissingManifestIsAProblemOfTheManifestWithoutALine() throws Exception {
    SortedMap<String, String> files = RuleSetLoader.readDirectory(Path.of("rules"));
    files.remove("ruleset.yaml");
    RuleSetException e =
        catchThrowableOfType(() -> RuleSetLoader.fromTexts(files, ""), RuleSetException.class);
    assertThat(RuleSetErrors.toJson(e))
        .isEqualTo(
            Json.MAPPER.readTree(
                "[{\"file\": \"ruleset.yaml\", \"line\": 0, \"column\": 0,"
                    + " \"message\": \"missing manifest (version, agenda, changelog)\"}]"));
  }

  private static int lineHolding(String text, String word) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(word)) {
        return i + 1;
      }
    }
    throw new AssertionError(word + " not in the text");
  }
}
