package dev.reconciler.extract;

import dev.reconciler.claim.Claim;
import dev.reconciler.report.Report;
import dev.reconciler.report.ReportReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** One extractor for all tests (its models load once), and reading a directory of reports. */
final class SharedExtractor {

  static final Extractor EXTRACTOR = new Extractor();

  private SharedExtractor() {}

  static List<Report> reports(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.toString().endsWith(".txt"))
          .sorted()
          .map(ReportReader::read)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The claims in a report given as text (seed format: an optional " date YYYY-MM-DD" line). */
  static List<Claim> claims(String text) {
    return EXTRACTOR.extract(ReportReader.parse(text, "test", null, null, null));
  }

  /** The claims of one attribute in a report given as text. */
  static List<Claim> claims(String text, dev.reconciler.claim.Attribute attribute) {
    return claims(text).stream().filter(c -> c.attribute() == attribute).toList();
  }

  static List<Claim> claims(List<Report> reports) {
    List<Claim> out = new ArrayList<>();
    reports.forEach(r -> out.addAll(EXTRACTOR.extract(r)));
    return out;
  }
}
