package dev.reconciler.cli;

import dev.reconciler.reconcile.review.Review;
import dev.reconciler.reconcile.review.RuleSetReview;
import dev.reconciler.reconcile.scenario.ScenarioResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./reconciler validate}: compiles a rule set and says what is wrong with it. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Compiles the rule files and the editors' data and runs the scenarios in tests/.",
      "Errors and failed scenarios exit 1; warnings (rules no scenario fired, unknown attribute"
          + " or role names) are printed but exit 0."
    })
final class ValidateCommand implements Callable<Integer> {

  @Option(
      names = "--rules",
      paramLabel = "DIR",
      defaultValue = "rules",
      description = "The rules directory (default: ${DEFAULT-VALUE}).")
  Path rules;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    QuietEngine.apply();
    Review review = RuleSetReview.of(rules);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    review.errors().forEach(err::println);
    review.warnings().forEach(w -> err.println(w.replaceFirst("^([^ ]*?): ", "$1: warning: ")));
    for (ScenarioResult r : review.failedScenarios()) {
      err.println(
          rules.relativize(r.scenario().file()) + ": scenario failed: " + r.scenario().name());
      r.failures().forEach(f -> err.println("    " + f));
    }
    err.flush();
    if (review.valid()) {
      out.printf(
          "%s: rule set %s (%s) compiles; %d of %d scenarios pass; %d warning(s)%n",
          rules,
          review.ruleSet().version(),
          review.ruleSet().hash().substring(0, 12),
          review.scenarios().size() - review.failedScenarios().size(),
          review.scenarios().size(),
          review.warnings().size());
    } else {
      out.printf("%s: %d error(s)%n", rules, review.errors().size());
    }
    out.flush();
    return review.passed() ? 0 : 1;
  }
}
