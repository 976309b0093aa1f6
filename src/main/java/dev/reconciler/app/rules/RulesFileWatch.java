package dev.reconciler.app.rules;

import dev.reconciler.config.ServerConfig;
import dev.reconciler.reconcile.RuleSet;
import dev.reconciler.reconcile.RuleSetLoader;
import dev.reconciler.reconcile.review.Review;
import dev.reconciler.reconcile.review.RuleSetReview;
import dev.reconciler.watch.RulesWatcher;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Hot reload: when editors change the files in the rules directory, and they compile and pass their
 * scenarios, the new version goes live (activated by {@code file-watch}, with what changed);
 * otherwise the version in force stays, and why is in {@code /health}, the log and the audit trail.
 * On when {@code RECONCILER_RULES_WATCH} is true (the default outside production).
 */
@Singleton
@Startup
@DependsOn("RulesInForce")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class RulesFileWatch {

  /** The actor recorded for versions the watcher activates. */
  public static final String ACTOR = "file-watch";

  private static final Logger LOG = Logger.getLogger(RulesFileWatch.class.getName());

  @Inject ServerConfig config;
  @Inject RulesInForce rules;

  @Resource ManagedThreadFactory threads;

  private RulesWatcher watcher;
  private volatile ReloadOutcome last;

  /** What the last reload did, for {@code /health}. */
  public record ReloadOutcome(
      Instant at, boolean activated, String version, String hash, String problem) {}

  @PostConstruct
  void start() {
    if (config.rulesWatch()) {
      Path dir = config.rulesDir();
      watcher = new RulesWatcher(dir, config.rulesSettle(), this::reload, threads).start();
      LOG.info(() -> "reconciler: watching " + dir.toAbsolutePath() + " for rule changes");
    }
  }

  @PreDestroy
  void stop() {
    if (watcher != null) {
      watcher.close();
    }
  }

  public boolean watching() {
    return watcher != null;
  }

  public Optional<ReloadOutcome> lastReload() {
    return Optional.ofNullable(last);
  }

  /** Runs on the watcher's thread, one change at a time. */
  void reload(Path dir) {
    Review review = RuleSetReview.of(dir);
    String kept = rules.activeRuleSet().hash();
    if (!review.passed()) {
      String reason = review.reasonRefused();
      List<String> problems = review.valid() ? failures(review) : review.errors();
      last =
          new ReloadOutcome(
              Instant.now(), false, null, kept, "kept the version in force: " + reason);
      LOG.warning(
          () ->
              "reconciler: rule change in "
                  + dir
                  + " refused, version "
                  + kept.substring(0, 12)
                  + " stays: "
                  + reason);
      rules.reject(dir.toString(), problems, ACTOR);
      return;
    }
    RuleSet candidate = review.ruleSet();
    if (candidate.hash().equals(kept)) {
      return; // Only scenarios or non-rule files changed.
    }
    rules.activate(candidate, RuleSetLoader.readScenarios(dir), ACTOR);
    last = new ReloadOutcome(Instant.now(), true, candidate.version(), candidate.hash(), null);
    LOG.info(
        () -> "reconciler: rules " + candidate.id() + " from " + dir + " in force (file-watch)");
  }

  private static List<String> failures(Review review) {
    return review.failedScenarios().stream()
        .flatMap(r -> r.failures().stream().map(f -> r.scenario().file().getFileName() + ": " + f))
        .toList();
  }
}
