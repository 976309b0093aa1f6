package dev.reconciler.cli;

import dev.reconciler.reconcile.AttributeResult;
import dev.reconciler.reconcile.ClaimOutcome;
import dev.reconciler.reconcile.Incident;
import dev.reconciler.reconcile.Outcome;
import dev.reconciler.reconcile.Reconciler;
import dev.reconciler.reconcile.Resolution;
import dev.reconciler.reconcile.RuleSet;
import dev.reconciler.reconcile.RuleSetLoader;
import dev.reconciler.reconcile.review.AttributeChange;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./reconciler diff}: what a candidate rule set would change in what is published, before
 * it goes live.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Reconciles the reports as one incident with the current and the candidate rules and lists"
          + " each attribute whose status or best value changes, with the claims and rules on each"
          + " side. Exit 0 when nothing changes, 3 when something does."
    })
final class DiffCommand implements Callable<Integer> {

  /** Exit code when the candidate changes something, so scripts can tell without parsing. */
  static final int CHANGES = 3;

  @Option(names = "--rules", required = true, paramLabel = "CANDIDATE", description = "The candidate rules directory.")
  Path candidate;

  @Option(names = "--against", paramLabel = "DIR", defaultValue = "rules", description = "The rules to compare with (default: ${DEFAULT-VALUE}).")
  Path against;

  @Parameters(arity = "1..*", paramLabel = "REPORTS", description = "Report files, claims JSON, or directories of them: one incident.")
  List<Path> inputs;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    QuietEngine.apply();
    RuleSet current = RuleSetLoader.fromDirectory(against);
    RuleSet proposed = RuleSetLoader.fromDirectory(candidate);
    Incident incident = IncidentFiles.read(inputs);
    Resolution before = new Reconciler(current).reconcile(incident);
    Resolution after = new Reconciler(proposed).reconcile(incident);
    List<AttributeChange> changes = AttributeChange.between(before, after);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "%s %s (%s) -> %s %s (%s): %d attribute(s) change%n",
        against, current.version(), current.hash().substring(0, 12),
        candidate, proposed.version(), proposed.hash().substring(0, 12),
        changes.size());
    for (AttributeChange c : changes) {
      out.println();
      out.println(c.attribute().key() + ":");
      out.println("  before: " + side(c.before()));
      out.println("  after:  " + side(c.after()));
    }
    out.flush();
    return changes.isEmpty() ? 0 : CHANGES;
  }

  private static String side(AttributeResult a) {
    String best = a.best() == null ? "-" : a.best().display();
    String claims =
        a.claims(Outcome.SUPPORTS).stream().map(DiffCommand::claim).collect(Collectors.joining("; "));
    return a.status().key() + " " + best + "  decided by \"" + a.decidedBy() + "\""
        + (claims.isEmpty() ? "" : "  for: " + claims);
  }

  /** Report ids are content hashes; twelve characters tell them apart in practice. */
  private static String shortId(String id) {
    return id.length() > 12 ? id.substring(0, 12) : id;
  }

  private static String claim(ClaimOutcome o) {
    return o.claim().value().display() + " ("
        + (o.claim().speaker() == null ? "" : o.claim().speaker() + ", ")
        + o.claim().role().key() + ", report " + shortId(o.claim().reportId()) + ")";
  }
}
