package dev.reconciler.extract;

import dev.reconciler.cli.Main;
import dev.reconciler.eval.CorpusEvaluation;
import dev.reconciler.eval.CorpusScore;
import dev.reconciler.eval.IncidentScore;
import dev.reconciler.reconcile.Reconciler;
import dev.reconciler.reconcile.RuleSetLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The eval command over cached annotations, for quick turns while working on the finders:
 * {@code java -cp target/classes:target/test-classes:target/lib/* dev.reconciler.extract.DevEval
 * DIR...}. Prints the details of every incident, then the summary.
 */
public final class DevEval {

  public static void main(String[] args) {
    Extractor extractor = new Extractor(new CachedTextReader(Path.of("target/nlp-cache")));
    Reconciler reconciler = new Reconciler(RuleSetLoader.fromDirectory(Path.of("rules")));
    List<Path> folders = CorpusEvaluation.incidentFolders(Arrays.stream(args).map(Path::of).toList());
    CorpusScore score = new CorpusEvaluation(extractor, reconciler).score(folders);
    for (IncidentScore i : score.incidents()) {
      System.out.println("== " + i.name());
      i.attributes().forEach(v -> System.out.println((v.matches() ? "  ok " : "  XX ") + v.attribute() + ": gold " + v.gold() + " | published " + v.published()));
      i.missing().forEach(m -> System.out.println("  missed: " + m));
      i.wrong().forEach(w -> System.out.println("  wrong:  " + w));
      i.otherIncidentsCounted().forEach(o -> System.out.println("  OTHER:  " + o));
    }
    System.out.printf("TOTAL recall %d/%d=%.2f precision %d/%d=%.2f attributes %d/%d=%.0f%% other %d%n",
        score.found(), score.required(), score.recall(), score.correct(), score.extracted(), score.precision(),
        score.attributesMatched(), score.attributes(), 100 * score.attributeShare(), score.otherIncidentsCounted());
    for (IncidentScore i : score.incidents()) {
      System.out.printf("  %-30s recall %.2f precision %.2f attributes %d/%d other %d%n", i.name(), i.recall(), i.precision(),
          i.attributesMatched(), i.attributes().size(), i.otherIncidentsCounted().size());
    }
  }
}
