package dev.reconciler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reconciler.eval.CorpusEvaluation;
import dev.reconciler.eval.Gold;
import dev.reconciler.eval.IncidentScore;
import dev.reconciler.reconcile.Reconciler;
import dev.reconciler.reconcile.RuleSetLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The five seed reports through the real extractor and the default rules, against the editors' gold
 * (shared/gold/seeds.expected.json, copied to src/test/resources/gold, and the reviewed optional
 * claims of seeds.additional.json), scored as {@code ./reconciler eval} scores the corpus.
 */
class SeedsGoldTest {

  static final Path SEEDS = Path.of("seeds");
  static final Path GOLD = Path.of("src/test/resources/gold/seeds.expected.json");
  static final Path REVIEWED = Path.of("src/test/resources/gold/seeds.additional.json");

  private static IncidentScore score;

  @BeforeAll
  static void score() {
    Reconciler rules = new Reconciler(RuleSetLoader.fromDirectory(Path.of("rules")));
    score =
        new CorpusEvaluation(SharedExtractor.EXTRACTOR, rules)
            .score("seeds", CorpusEvaluation.reportFiles(SEEDS), Gold.read(GOLD, REVIEWED));
    System.out.printf(
        "seeds: recall %d/%d, precision %d/%d, attributes %d/%d%n",
        score.found(),
        score.required(),
        score.correct(),
        score.extracted(),
        score.attributesMatched(),
        score.attributes().size());
    score
        .attributes()
        .forEach(
            v ->
                System.out.println(
                    "  "
                        + (v.matches() ? "ok " : "XX ")
                        + v.attribute()
                        + ": gold "
                        + v.gold()
                        + " | published "
                        + v.published()));
    score.missing().forEach(m -> System.out.println("  missing: " + m));
    score.wrong().forEach(w -> System.out.println("  wrong:   " + w));
  }

  @Test
  void theSeedsResolveAsTheGoldSays() {
    assertThat(score.attributes()).hasSize(10);
    assertThat(score.attributes())
        .allSatisfy(
            v ->
                assertThat(v.matches())
                    .as(v.attribute() + ": gold " + v.gold() + ", published " + v.published())
                    .isTrue());
  }

  @Test
  void findsEveryGoldClaimAndCountsNoOtherIncident() {
    assertThat(score.missing()).as("gold claims not found").isEmpty();
    assertThat(score.otherIncidentsCounted())
        .as("claims of the earlier Peshawar bombing counted")
        .isEmpty();
  }

  @Test
  void extractsFewClaimsTheEditorWouldNot() {
    assertThat(score.precision())
        .as("share of extracted claims the gold accepts")
        .isGreaterThanOrEqualTo(0.80);
  }
}
