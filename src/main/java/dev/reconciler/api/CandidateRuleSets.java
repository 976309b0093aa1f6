package dev.reconciler.api;

import dev.reconciler.config.ServerConfig;
import dev.reconciler.reconcile.Reconciler;
import dev.reconciler.reconcile.RuleSet;
import dev.reconciler.reconcile.RuleSetLoader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.SortedMap;

/**
 * Builds the rule set an editor proposes: the configured rules directory with the request's files
 * laid over it, loaded and compiled, so that every later step works on a set known to be valid.
 */
@ApplicationScoped
public class CandidateRuleSets {

  @Inject ServerConfig config;

  /** Loads and compiles the candidate; a {@code RuleSetException} names every problem's place. */
  RuleSet build(RuleFilesRequest request) {
    SortedMap<String, String> files = request.over(RuleSetLoader.readDirectory(config.rulesDir()));
    RuleSet candidate = RuleSetLoader.fromTexts(files, "");
    new Reconciler(candidate); // compiles the DRL; errors carry file, line and column
    return candidate;
  }

  /**
   * The candidate's scenarios: the configured directory's {@code tests/} with the request's files
   * under {@code tests/} laid over it, to run against the candidate and store with it.
   */
  SortedMap<String, String> scenarios(RuleFilesRequest request) {
    SortedMap<String, String> files = request.over(RuleSetLoader.readScenarios(config.rulesDir()));
    files.keySet().removeIf(path -> !path.startsWith(RuleSetLoader.TESTS));
    return files;
  }
}
