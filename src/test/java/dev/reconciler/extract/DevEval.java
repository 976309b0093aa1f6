package dev.reconciler.extract;

import dev.reconciler.eval.CorpusEvaluation;
import dev.reconciler.eval.CorpusScore;
import dev.reconciler.eval.IncidentScore;
import dev.reconciler.reconcile.Reconciler;
import dev.reconciler.reconcile.RuleSetLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The eval command over cached annotations, for quick turns while working on the finders: {@code
 * java -cp target/classes:target/test-classes:target/lib/* dev.reconciler.extract.DevEval DIR...}.
 * Prints the details of every incident, then the summary.
 */
public final class DevEval {

  public static void main(String[] args) {
    Extractor extractor = new Extractor(new CachedTextReader(Path.of("target/nlp-cache")));
    Reconciler reconciler = new Reconciler(RuleSetLoader.fromDirectory(Path.of("rules")));
    boolean textOnly = Arrays.asList(args).contains("--text-only");
    List<Path> folders =
        CorpusEvaluation.incidentFolders(
            Arrays.stream(args).filter(a -> !a.startsWith("--")).map(Path::of).toList());
    CorpusScore score =
        new CorpusEvaluation(
                extractor,
                reconciler,
                textOnly
                    ? CorpusEvaluation.ReportDates.TEXT_ONLY
                    : CorpusEvaluation.ReportDates.MANIFEST)
            .score(folders);
    java.util.Map<String, Integer> byAttr = new java.util.TreeMap<>();
    for (IncidentScore i : score.incidents()) {
      for (String m : i.missing()) {
        byAttr.merge("missed " + m.split(" ")[1].split("=")[0], 1, Integer::sum);
      }
      for (String w : i.wrong()) {
        byAttr.merge("wrong " + w.split(" ")[1].split("=")[0], 1, Integer::sum);
      }
    }
    for (IncidentScore i : score.incidents()) {
      System.out.println("== " + i.name());
      i.attributes()
          .forEach(
              v ->
                  System.out.println(
                      (v.matches() ? "  ok " : "  XX ")
                          + v.attribute()
                          + ": gold "
                          + v.gold()
                          + " | published "
                          + v.published()));
      i.missing().forEach(m -> System.out.println("  missed: " + m));
      i.wrong().forEach(w -> System.out.println("  wrong:  " + w));
      i.otherIncidentsCounted().forEach(o -> System.out.println("  OTHER:  " + o));
      i.nonClaimsCounted().forEach(o -> System.out.println("  NONCLAIM:  " + o));
    }
    System.out.printf(
        "TOTAL recall %d/%d=%.2f precision %d/%d=%.2f attributes %d/%d=%.0f%% other %d%n",
        score.found(),
        score.required(),
        score.recall(),
        score.correct(),
        score.extracted(),
        score.precision(),
        score.attributesMatched(),
        score.attributes(),
        100 * score.attributeShare(),
        score.otherIncidentsCounted());
    System.out.println("  non-claims counted: " + score.nonClaimsCounted());
    byAttr.forEach((k, v) -> System.out.println("  " + k + ": " + v));
    java.util.Map<String, Integer> attrs = new java.util.TreeMap<>();
    score
        .incidents()
        .forEach(
            i ->
                i.attributes()
                    .forEach(
                        v -> attrs.merge(v.attribute().key(), v.matches() ? 1 : 0, Integer::sum)));
    System.out.println("  attributes right: " + attrs);
    for (IncidentScore i : score.incidents()) {
      System.out.printf(
          "  %-30s recall %.2f precision %.2f attributes %d/%d other %d%n",
          i.name(),
          i.recall(),
          i.precision(),
          i.attributesMatched(),
          i.attributes().size(),
          i.otherIncidentsCounted().size());
    }
  }
}
