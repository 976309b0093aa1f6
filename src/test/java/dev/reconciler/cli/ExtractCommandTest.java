package dev.reconciler.cli;

import static dev.reconciler.cli.ReconcileCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reconciler.cli.ReconcileCommandTest.Run;
import dev.reconciler.json.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extract} as a user runs it: a table, JSON that reconcile reads, one-line errors. */
class ExtractCommandTest {

  @Test
  void printsATable() {
    Run run = run("extract", "seeds/002_e10f870917e110c7.txt");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("report", "attribute", "value", "speaker", "role", "phase", "scope")
        .containsPattern("attackers_count +5-6 +Rana Sanaullah Khan +official +ongoing +this")
        .containsPattern("victims_killed +101 .*other");
  }

  @Test
  void printsJsonThatReconcileReads(@TempDir Path tmp) throws Exception {
    Run run = run("extract", "seeds", "--json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode root = Json.MAPPER.readTree(run.out());
    assertThat(root.path("reports")).hasSize(5);
    JsonNode first = root.path("reports").get(0);
    assertThat(first.path("id").asText()).hasSize(64);
    assertThat(first.path("name").asText()).isEqualTo("000_1f4592df9fb47d00.txt");
    assertThat(first.path("publishedOn").asText()).isEqualTo("2023-02-17");
    assertThat(first.path("publisher").asText()).isEqualTo("Arab News");
    JsonNode claim = root.path("claims").get(0);
    for (String key :
        new String[] {
          "id",
          "report",
          "attribute",
          "value",
          "approximate",
          "speaker",
          "role",
          "phase",
          "scope",
          "evidence"
        }) {
      assertThat(claim.has(key)).as(key).isTrue();
    }
    // the evidence offsets point at the sentence in the report's text
    String text =
        Files.readString(Path.of("seeds/000_1f4592df9fb47d00.txt"), StandardCharsets.UTF_8);
    JsonNode e = claim.path("evidence");
    assertThat(text.substring(e.path("start").asInt(), e.path("end").asInt()))
        .isEqualTo(e.path("sentence").asText());

    Path claims = tmp.resolve("claims.json");
    Files.writeString(claims, run.out());
    Run reconciled = run("reconcile", claims.toString());
    assertThat(reconciled.exit()).as(reconciled.err()).isZero();
    assertThat(reconciled.out()).containsPattern("victims_killed +settled +4 ");
  }

  @Test
  void badInputIsOneLineNamingTheFile(@TempDir Path tmp) throws Exception {
    Path empty = Files.writeString(tmp.resolve("empty.txt"), "");
    Path binary =
        Files.write(tmp.resolve("binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 1, 2, 3});
    Path latin1 =
        Files.write(
            tmp.resolve("latin1.txt"), "caf\u00e9 attack".getBytes(StandardCharsets.ISO_8859_1));
    Path badDate =
        Files.writeString(tmp.resolve("baddate.txt"), " date 2023-13-45 By Someone\n\nText.");
    Path tooLong = Files.writeString(tmp.resolve("long.txt"), "word ".repeat(70_000));
    Path missing = tmp.resolve("missing.txt");
    for (Path p : new Path[] {empty, binary, latin1, badDate, tooLong, missing}) {
      Run run = run("extract", p.toString());
      assertThat(run.exit()).as(p.toString()).isNotZero();
      assertThat(run.err().strip())
          .as(p.toString())
          .contains(p.toString())
          .doesNotContain("\n")
          .doesNotContain("Exception");
    }
  }

  // The annotators see such a line as pieces of at most 1,000 characters (TextPipeline), so it
  // is read in time linear in its length; before, SUTime's patterns on one 100,000-character
  // "sentence" ran for over half an hour. The time itself is measured in BENCHMARKS.md, not here.
  @Test
  void aLongLineWithoutFullStopsIsRead(@TempDir Path tmp) throws Exception {
    String line =
        "Gunmen killed 3 guards and wounded 5 others near the port while police said ".repeat(700);
    Path p = Files.writeString(tmp.resolve("line.txt"), line.substring(0, 50_000));
    Run run = run("extract", p.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("victims_killed");
  }
}
