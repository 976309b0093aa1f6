package dev.reconciler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reconciler.claim.Attribute;
import dev.reconciler.claim.Claim;
import dev.reconciler.claim.CountRange;
import dev.reconciler.json.Json;
import dev.reconciler.reconcile.AttributeResult;
import dev.reconciler.reconcile.Incident;
import dev.reconciler.reconcile.Reconciler;
import dev.reconciler.reconcile.Resolution;
import dev.reconciler.reconcile.RuleSetLoader;
import dev.reconciler.report.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * End to end without hand-written claims: the five seed texts through the real extractor, then
 * the default rules in rules/, must give the gold resolution (status and best value of every
 * attribute) of shared/gold/seeds.expected.json.
 */
class SeedsResolutionTest {

  @Test
  void theSeedsResolveAsTheGoldSays() throws Exception {
    List<Report> reports = SharedExtractor.reports(SeedsGoldTest.SEEDS);
    List<Claim> claims = SharedExtractor.claims(reports);
    Map<String, java.time.LocalDate> dates = new HashMap<>();
    reports.forEach(r -> dates.put(r.id(), r.publishedOn()));
    Resolution resolution =
        new Reconciler(RuleSetLoader.fromDirectory(Path.of("rules"))).reconcile(new Incident(claims, dates));

    JsonNode gold = Json.MAPPER.readTree(Files.readString(SeedsGoldTest.GOLD)).path("resolution");
    SoftAssertions soft = new SoftAssertions();
    gold.fields().forEachRemaining(e -> {
      Attribute a = Attribute.fromKey(e.getKey());
      JsonNode expected = e.getValue();
      AttributeResult actual = resolution.get(a);
      String best = actual.best() == null ? null : actual.best().display();
      System.out.printf("%-16s %-10s %s%n", a.key(), actual.status().key(), best);
      soft.assertThat(actual.status().key()).as(a.key() + " status").isEqualTo(expected.path("status").asText());
      if (expected.has("best")) {
        JsonNode b = expected.get("best");
        if (b.isInt()) {
          soft.assertThat(actual.best()).as(a.key() + " best").isEqualTo(CountRange.exactly(b.asInt()));
        } else if (a == Attribute.PERPETRATOR) {
          soft.assertThat(ExpectedClaims.canonical(best)).as(a.key() + " best").isEqualTo(ExpectedClaims.canonical(b.asText()));
        } else {
          soft.assertThat(best).as(a.key() + " best").isEqualTo(b.asText());
        }
      }
      if (expected.has("approximate")) {
        soft.assertThat(actual.approximate()).as(a.key() + " approximate").isEqualTo(expected.get("approximate").asBoolean());
      }
      expected.path("best_contains").forEach(w -> soft.assertThat(best).as(a.key() + " best").containsIgnoringCase(w.asText()));
      if (expected.has("best_contains_any")) {
        boolean any = false;
        for (JsonNode w : expected.get("best_contains_any")) {
          any |= best != null && best.toLowerCase().contains(w.asText().toLowerCase());
        }
        soft.assertThat(any).as(a.key() + " best " + best + " contains one of " + expected.get("best_contains_any")).isTrue();
      }
    });
    soft.assertAll();
  }
}
