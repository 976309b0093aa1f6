package dev.reconciler.cli;

import dev.reconciler.json.Json;
import dev.reconciler.json.ResolutionJson;
import dev.reconciler.reconcile.Incident;
import dev.reconciler.reconcile.Reconciler;
import dev.reconciler.reconcile.Resolution;
import dev.reconciler.reconcile.RuleSet;
import dev.reconciler.reconcile.RuleSetLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./reconciler reconcile}: Extracts claims from reports and reconciles them as one incident.
 */
@Command(
    name = "reconcile",
    mixinStandardHelpOptions = true,
    description = "Extracts claims from reports and reconciles them as one incident.")
final class ReconcileCommand implements Callable<Integer> {

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE|DIR",
      description = "Claims JSON (extract --json) or report files, or directories of them.")
  List<Path> inputs;

  @Option(
      names = "--rules",
      paramLabel = "DIR",
      defaultValue = "rules",
      description = "The rules directory (default: ${DEFAULT-VALUE}).")
  Path rules;

  @Option(names = "--json", description = "Print the whole resolution as JSON.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    QuietEngine.apply();
    RuleSet ruleSet = RuleSetLoader.fromDirectory(rules);
    Incident incident = IncidentFiles.read(inputs);
    Resolution resolution = new Reconciler(ruleSet).reconcile(incident);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(
          Json.MAPPER
              .writerWithDefaultPrettyPrinter()
              .writeValueAsString(ResolutionJson.toJson(resolution)));
      out.flush();
    } else {
      ResolutionTable.print(resolution, out);
    }
    return 0;
  }
}
