package dev.reconciler.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reconciler.json.Json;
import dev.reconciler.report.ReportReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every incident folder of the real-report corpus is well formed, without running the extractor:
 * its gold reads, every report it names exists and reads as a report, the manifest lists exactly
 * the folder's reports with their addresses, and no file mentions an incident reserved for
 * independent evaluation (DEVELOPERS.md, "Real reports").
 */
class CorpusFilesTest {

  static final Path CORPUS = Path.of("src/test/resources/corpus");
  private static final Pattern RESERVED =
      Pattern.compile(
          "(?i)Crocus|Kerman|Police Lines|Krasnogorsk|Golzar|Radisson|Jolo|DusitD2|Dusit D2");

  static List<Path> folders() {
    return CorpusEvaluation.incidentFolders(List.of(CORPUS));
  }

  @ParameterizedTest
  @MethodSource("folders")
  void theGoldReadsAndNamesOnlyReportsOfTheFolder(Path folder) throws IOException {
    Gold gold = Gold.read(folder.resolve(CorpusEvaluation.GOLD));
    Set<String> reports = names(CorpusEvaluation.reportFiles(folder));
    assertThat(reports).as(folder + ": at least five reports").hasSizeGreaterThanOrEqualTo(5);
    gold.claims()
        .forEach(c -> assertThat(reports).as(folder + ": " + c.label()).contains(c.report()));
    gold.otherIncidents()
        .forEach(
            f -> assertThat(reports).as(folder + ": must_not " + f.why()).contains(f.report()));
    for (var f : gold.otherIncidents()) {
      if (f.sentence() != null) {
        assertThat(Files.readString(folder.resolve(f.report())))
            .as(folder + ": must_not " + f.why())
            .contains(f.sentence());
      }
    }
    assertThat(gold.resolution()).as(folder + ": a resolution for every attribute").hasSize(10);
    CorpusEvaluation.reportFiles(folder).forEach(ReportReader::read);
  }

  @ParameterizedTest
  @MethodSource("folders")
  void theManifestListsEveryReportWithItsAddress(Path folder) throws IOException {
    JsonNode manifest = Json.MAPPER.readTree(Files.readString(folder.resolve("manifest.json")));
    Set<String> listed = new HashSet<>();
    for (JsonNode r : manifest.path("reports")) {
      listed.add(r.path("file").asText());
      assertThat(r.path("url").asText())
          .as(folder + ": " + r.path("file").asText() + " url")
          .startsWith("http");
      assertThat(r.path("outlet").asText())
          .as(folder + ": " + r.path("file").asText() + " outlet")
          .isNotBlank();
    }
    assertThat(listed).isEqualTo(names(CorpusEvaluation.reportFiles(folder)));
  }

  @ParameterizedTest
  @MethodSource("folders")
  void noFileMentionsAReservedIncident(Path folder) throws IOException {
    try (var files = Files.list(folder)) {
      for (Path f : files.toList()) {
        assertThat(RESERVED.matcher(Files.readString(f)).find())
            .as(f + " names a reserved incident")
            .isFalse();
      }
    }
  }

  private static Set<String> names(List<Path> files) {
    Set<String> out = new HashSet<>();
    for (Path f : new ArrayList<>(files)) {
      out.add(f.getFileName().toString());
    }
    return out;
  }
}
