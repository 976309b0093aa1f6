package dev.reconciler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reconciler.claim.Claim;
import dev.reconciler.report.Report;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The extractor on the five seed reports against the editors' gold claims
 * (shared/gold/seeds.expected.json, copied to src/test/resources/gold). Prints recall and the
 * wrong-value rate; see {@link ExpectedClaims} for the matching rule.
 */
class SeedsGoldTest {

  static final Path SEEDS = Path.of("seeds");
  static final Path GOLD = Path.of("src/test/resources/gold/seeds.expected.json");
  static final Path REVIEWED = Path.of("src/test/resources/gold/seeds.additional.json");

  @Test
  void findsEveryGoldClaimAndNoForbiddenOne() {
    List<Report> reports = SharedExtractor.reports(SEEDS);
    long start = System.nanoTime();
    List<Claim> claims = SharedExtractor.claims(reports);
    double ms = (System.nanoTime() - start) / 1e6 / reports.size();
    Map<String, String> names = reports.stream().collect(Collectors.toMap(Report::id, Report::name));
    Function<String, String> name = names::get;

    ExpectedClaims.Score score = ExpectedClaims.read(GOLD, REVIEWED).score(claims, name);
    System.out.println(score.summary("seeds") + String.format("; %.0f ms per report", ms));
    score.missing().forEach(m -> System.out.println("  missing: " + m));
    score.wrong().forEach(w -> System.out.println("  wrong:   " + w));

    assertThat(score.missing()).as("gold claims not found").isEmpty();
    assertThat(score.forbiddenProduced()).as("must_not claims produced in scope this").isEmpty();
    assertThat(score.wrongRate()).as("share of extracted claims with a wrong value, role or scope").isLessThanOrEqualTo(0.15);
  }
}
