package dev.reconciler.cli;

import dev.reconciler.eval.AttributeVerdict;
import dev.reconciler.eval.CorpusEvaluation;
import dev.reconciler.eval.CorpusScore;
import dev.reconciler.eval.IncidentScore;
import dev.reconciler.reconcile.Reconciler;
import dev.reconciler.reconcile.RuleSetLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./reconciler eval}: Scores extraction and rules against hand-written gold. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Scores the extractor and the rules against an editor's gold, per incident and in total:",
      "claim recall and precision, attributes matching the gold record, and claims of other",
      "incidents that were counted. An incident is a folder of report texts with a gold.json",
      "(src/test/resources/corpus/README.md); a folder of such folders scores them all."
    })
final class EvalCommand implements Callable<Integer> {

  @Parameters(
      arity = "1..*",
      paramLabel = "DIR",
      description = "Incident folders, or folders of them.")
  List<Path> inputs;

  @Option(
      names = "--rules",
      paramLabel = "DIR",
      defaultValue = "rules",
      description = "The rules directory (default: ${DEFAULT-VALUE}).")
  Path rules;

  @Option(
      names = {"-v", "--verbose"},
      description =
          "Also list, per incident, each attribute (gold | published), the claims missed and the"
              + " claims wrong.")
  boolean verbose;

  @Option(
      names = "--text-only",
      description = {
        "Read each report's date only from its file, not the day its manifest.json gives (which",
        "is what a client sends beside a page's text as publishedOn)."
      })
  boolean textOnly;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    QuietEngine.apply();
    List<Path> folders;
    try {
      folders = CorpusEvaluation.incidentFolders(inputs);
    } catch (IllegalArgumentException e) {
      throw new OneLineErrors.UsageProblem(e.getMessage());
    }
    Reconciler reconciler = new Reconciler(RuleSetLoader.fromDirectory(rules));
    CorpusScore score =
        new CorpusEvaluation(
                Extractors.shared(),
                reconciler,
                textOnly
                    ? CorpusEvaluation.ReportDates.TEXT_ONLY
                    : CorpusEvaluation.ReportDates.MANIFEST)
            .score(folders);
    PrintWriter out = spec.commandLine().getOut();
    if (verbose) {
      score.incidents().forEach(i -> printDetails(i, out));
    }
    printSummary(score, out);
    out.flush();
    return 0;
  }

  private static void printSummary(CorpusScore score, PrintWriter out) {
    List<String[]> rows = new ArrayList<>();
    rows.add(
        new String[] {
          "incident", "reports", "recall", "precision", "attributes", "other incidents counted"
        });
    for (IncidentScore i : score.incidents()) {
      rows.add(
          new String[] {
            i.name(),
            String.valueOf(i.reports()),
            ratio(i.found(), i.required()),
            ratio(i.correct(), i.extracted()),
            i.attributesMatched() + "/" + i.attributes().size(),
            String.valueOf(i.otherIncidentsCounted().size())
          });
    }
    rows.add(
        new String[] {
          "total (" + score.incidents().size() + ")",
          String.valueOf(score.incidents().stream().mapToInt(IncidentScore::reports).sum()),
          ratio(score.found(), score.required()),
          ratio(score.correct(), score.extracted()),
          score.attributesMatched()
              + "/"
              + score.attributes()
              + String.format(Locale.ROOT, " = %.0f %%", 100 * score.attributeShare()),
          String.valueOf(score.otherIncidentsCounted())
        });
    TextTable.print(rows, out);
  }

  private static void printDetails(IncidentScore i, PrintWriter out) {
    out.println("== " + i.name());
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"", "attribute", "gold", "published"});
    for (AttributeVerdict v : i.attributes()) {
      rows.add(
          new String[] {v.matches() ? "ok" : "XX", v.attribute().key(), v.gold(), v.published()});
    }
    TextTable.print(rows, out);
    i.missing().forEach(m -> out.println("  missed: " + m));
    i.wrong().forEach(w -> out.println("  wrong:  " + w));
    i.otherIncidentsCounted().forEach(o -> out.println("  OTHER INCIDENT COUNTED: " + o));
    i.nonClaimsCounted().forEach(o -> out.println("  not a claim, counted: " + o));
    out.println();
  }

  private static String ratio(int part, int whole) {
    return String.format(
        Locale.ROOT, "%d/%d = %.2f", part, whole, whole == 0 ? 1.0 : (double) part / whole);
  }
}
