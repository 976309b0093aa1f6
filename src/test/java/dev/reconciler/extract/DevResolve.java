package dev.reconciler.extract;

import dev.reconciler.claim.Attribute;
import dev.reconciler.claim.Claim;
import dev.reconciler.eval.CorpusEvaluation;
import dev.reconciler.reconcile.AttributeResult;
import dev.reconciler.reconcile.ClaimOutcome;
import dev.reconciler.reconcile.Incident;
import dev.reconciler.reconcile.Reconciler;
import dev.reconciler.reconcile.Resolution;
import dev.reconciler.reconcile.RuleSetLoader;
import dev.reconciler.report.Report;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * For working on the finders: every claim of one attribute of one incident folder, with its
 * outcome.
 */
public final class DevResolve {
  public static void main(String[] args) {
    Extractor extractor = new Extractor(new CachedTextReader(Path.of("target/nlp-cache")));
    Reconciler reconciler = new Reconciler(RuleSetLoader.fromDirectory(Path.of("rules")));
    Path folder = Path.of(args[0]);
    Attribute a = Attribute.fromKey(args[1]);
    Map<String, String> names = new HashMap<>();
    Map<String, LocalDate> dates = new HashMap<>();
    List<Claim> claims = new ArrayList<>();
    for (Report r : new CorpusEvaluation(extractor, reconciler).reports(folder)) {
      names.put(r.id(), r.name());
      dates.put(r.id(), r.publishedOnDay());
      claims.addAll(extractor.extract(r));
    }
    Resolution res = reconciler.reconcile(new Incident(claims, dates));
    AttributeResult ar = res.get(a);
    System.out.println(
        a
            + ": "
            + ar.status()
            + " "
            + (ar.best() == null ? "" : ar.best().display())
            + " by "
            + ar.decidedBy());
    for (ClaimOutcome o : ar.claims()) {
      Claim c = o.claim();
      String sentence = c.evidence() == null ? "" : c.evidence().sentence();
      System.out.printf(
          "  %-10s %-14s %-8s r%d %-18s %-10s %s %s | %s%n",
          o.outcome(),
          names.get(c.reportId()),
          c.value().display(),
          o.rank(),
          c.role(),
          c.phase(),
          c.speaker(),
          o.rule() == null ? "" : "[" + o.rule() + " by " + o.by() + "]",
          sentence.length() > 120 ? sentence.substring(0, 120) : sentence);
    }
  }
}
