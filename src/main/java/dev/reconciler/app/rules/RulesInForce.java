package dev.reconciler.app.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reconciler.app.reconciling.ActiveRuleSet;
import dev.reconciler.app.reconciling.ActiveRules;
import dev.reconciler.config.ServerConfig;
import dev.reconciler.json.Json;
import dev.reconciler.reconcile.Reconciler;
import dev.reconciler.reconcile.RuleSet;
import dev.reconciler.reconcile.RuleSetException;
import dev.reconciler.reconcile.RuleSetLoader;
import dev.reconciler.reconcile.RuleSetProblem;
import dev.reconciler.reconcile.scenario.ScenarioRun;
import dev.reconciler.reconcile.scenario.ScenarioRuns;
import dev.reconciler.store.RereconciliationRuns;
import dev.reconciler.store.RuleSetRepository;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The rule set in force. At start-up it loads the editors' files from the configured directory,
 * compiles them and makes them the active version (stored, or the stored row reused, as {@code
 * system}); rules that do not compile fail the deployment with one log line. Editors activate other
 * versions; each activation commits together with the run that re-reconciles every incident, then
 * switches the rules atomically (a reconciliation that already took the old rules finishes with
 * them) and puts this instance's workers on that run in the background. At start-up, and when a
 * cluster's instance follows another's activation, the workers take on whatever the stored run
 * still has left.
 */
@Singleton
@Startup
@DependsOn("DatabaseStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
@LocalBean
@Local(ActiveRules.class)
public class RulesInForce implements ActiveRules {

  private static final Logger LOG = Logger.getLogger(RulesInForce.class.getName());

  @Inject ServerConfig config;
  @Inject RuleSetVersions versions;
  @Inject ReconcileAgain reconcileAgain;

  @Inject Event<CandidateCompiled> compiled;
  @Inject Event<VersionActivated> activated;

  @Resource ManagedExecutorService executor;

  /**
   * This instance in the runs' partitions ({@code done_by}): host and process, unique among the
   * instances sharing a database.
   */
  static final String INSTANCE = instanceName();

  private final Object activation = new Object();
  private volatile ActiveRuleSet active;
  // This instance's workers on the run in the database, if any.
  private volatile Rereconciliation working;

  @PostConstruct
  void start() {
    Path dir = config.rulesDir();
    RuleSet onDisk;
    try {
      onDisk = RuleSetLoader.fromDirectory(dir);
      new Reconciler(onDisk);
    } catch (RuleSetException e) {
      String problem = e.getMessage().replace("\n", "; ");
      LOG.severe(
          "reconciler: the rules in " + dir.toAbsolutePath() + " cannot be used: " + problem);
      throw new IllegalStateException("the rules in " + dir + " cannot be used: " + problem, e);
    }
    // One activation at a time, so that the order of commits is the order of switches.
    List<ScenarioRun> scenarios = ScenarioRuns.against(onDisk, RuleSetLoader.readScenarios(dir));
    synchronized (activation) {
      RuleSetVersions.StartUp found = versions.atStartUp(onDisk, scenarios);
      active = found.active();
    }
    LOG.info(() -> "reconciler: rules " + onDisk.id() + " in force, from " + dir.toAbsolutePath());
    // The run of an activation here, or one that a crash or a stop left unfinished.
    workOnUnfinishedRun();
  }

  @PreDestroy
  void stop() {
    Rereconciliation running = working;
    if (running != null) {
      running.cancel();
    }
  }

  /**
   * The rules in force; a caller that took them keeps them even when another version is activated.
   */
  public RuleSet activeRuleSet() {
    return active.ruleSet();
  }

  /** The rules in force with their stored version's id, for storing resolutions. */
  @Override
  public ActiveRuleSet inForce() {
    return active;
  }

  /**
   * {@code {"id","version","hash","activatedBy","activatedAt","rereconciliation":{...}}}: the
   * progress of the newest stored run when it re-reconciles under the version in force ({@link
   * Progress#toJson}), read from the database.
   */
  public JsonNode active() {
    ActiveRuleSet a = active;
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("id", a.id());
    n.put("version", a.ruleSet().version());
    n.put("hash", a.ruleSet().hash());
    n.put("activatedBy", a.activatedBy());
    n.put("activatedAt", a.activatedAt().toString());
    n.set("rereconciliation", reconcileAgain.latestProgress(a.id()).toJson());
    return n;
  }

  /**
   * Stores (or reuses) {@code candidate}'s version as active for {@code actor}, switches to it once
   * that committed, and starts re-reconciling every incident in the background.
   *
   * @throws RuleSetException when the candidate does not compile; nothing changes then
   */
  public JsonNode activate(RuleSet candidate, String actor) {
    return activate(candidate, null, actor);
  }

  /**
   * As {@link #activate(RuleSet, String)}, storing the scenario texts {@code scenarios} (relative
   * path to text) with the version as they run against it; null keeps those stored.
   */
  public JsonNode activate(RuleSet candidate, SortedMap<String, String> scenarios, String actor) {
    return activate(
        () -> candidate, scenarios, candidate.label().isEmpty() ? "api" : candidate.label(), actor);
  }

  /**
   * Activates the candidate that {@code candidate} loads, keeping the scenarios stored with it; a
   * candidate that does not load, does not compile or is not confined is recorded as {@code
   * rule_set_rejected} (the attempt, its {@code source} and every problem) before the {@link
   * RuleSetException} goes on to the caller.
   */
  public JsonNode activate(Supplier<RuleSet> candidate, String source, String actor) {
    return activate(candidate, null, source, actor);
  }

  /**
   * As {@link #activate(Supplier, String, String)}, with the scenario texts to run against the
   * candidate and store with it (null: keep those stored). Which rules each scenario fires is what
   * the version's coverage says; a failing scenario is stored as failed, it does not refuse the
   * candidate (the file watch refuses such a change before it gets here).
   */
  public JsonNode activate(
      Supplier<RuleSet> candidate,
      SortedMap<String, String> scenarios,
      String source,
      String actor) {
    RuleSet loaded;
    try {
      loaded = candidate.get();
      new Reconciler(loaded);
    } catch (RuleSetException e) {
      reject(source, e.problems().stream().map(RuleSetProblem::toString).toList(), actor);
      throw e;
    }
    List<ScenarioRun> runs = scenarios == null ? null : ScenarioRuns.against(loaded, scenarios);
    compiled.fire(new CandidateCompiled(loaded));
    ActiveRuleSet now;
    synchronized (activation) {
      now = versions.activate(loaded, actor, runs);
      switchTo(now);
    }
    activated.fire(new VersionActivated(now));
    return active();
  }

  /**
   * Puts in force the version the database says is active when another instance activated it since
   * (a cluster's instances call this when told, and once a second in case a message was lost), and
   * puts this instance's workers on the run that activation stored, beside the activating
   * instance's. Returns whether the rules in force changed.
   */
  public boolean follow() {
    if (versions.activeMark().map(this::isInForce).orElse(true)) {
      return false;
    }
    synchronized (activation) {
      ActiveRuleSet stored = versions.active().orElseThrow();
      if (isInForce(stored.id(), stored.ruleSet().hash(), stored.activatedAt())) {
        return false;
      }
      // Compiled already when the activating instance asked before its commit: then a cache hit.
      new Reconciler(stored.ruleSet());
      // The activation stored its run with it: this instance takes partitions of it too.
      switchTo(stored);
    }
    LOG.info(
        () ->
            "reconciler: rules "
                + active.ruleSet().id()
                + " in force, activated on another instance by "
                + active.activatedBy());
    return true;
  }

  private boolean isInForce(RuleSetRepository.ActiveMark mark) {
    return isInForce(mark.id(), mark.contentHash(), mark.activatedAt());
  }

  private boolean isInForce(long id, String hash, Instant activatedAt) {
    ActiveRuleSet a = active;
    return a.id() == id
        && a.ruleSet().hash().equals(hash)
        && a.activatedAt()
            .truncatedTo(ChronoUnit.MICROS)
            .equals(activatedAt.truncatedTo(ChronoUnit.MICROS));
  }

  /**
   * Activates again a version that was active before (a rollback), by its hash, a unique prefix of
   * it, or its version.
   *
   * @throws NoSuchRuleSetException when no stored version matches
   */
  public JsonNode reactivate(String ref, String actor) {
    ActiveRuleSet stored = versions.stored(ref).orElseThrow(() -> new NoSuchRuleSetException(ref));
    // A version stored before a check existed (confinement) is refused like a new candidate.
    return activate(stored::ruleSet, "stored version " + ref, actor);
  }

  /** Records that edited files were refused, keeping the version in force. */
  public void reject(String source, List<String> problems, String actor) {
    String kept = active.ruleSet().hash();
    versions.reject(source, kept, problems, actor);
  }

  /**
   * Puts this instance's workers on the unfinished re-reconciliation run stored in the database, if
   * there is one and it re-reconciles under the version in force here: the run of an activation on
   * this instance, one left by a crash (at start-up), or one that another instance's activation
   * stored (once this instance switched to that version). Workers claim the run's partitions
   * through the database, so several instances share one run; a partition in hand when an instance
   * dies goes back to the others. Does nothing when this instance works on that run already.
   *
   * @return true when this instance works on a run after the call
   */
  public boolean workOnUnfinishedRun() {
    synchronized (activation) {
      ActiveRuleSet rules = active;
      Optional<RereconciliationRuns.Run> stored = reconcileAgain.unfinishedRun();
      Rereconciliation current = working;
      if (current != null
          && current.working()
          && stored.isPresent()
          && current.runId() == stored.get().id()) {
        return true;
      }
      if (current != null) {
        current.cancel();
      }
      working = null;
      if (stored.isEmpty()) {
        return false;
      }
      RereconciliationRuns.Run run = stored.get();
      if (run.ruleSetId() != rules.id()) {
        LOG.warning(
            () ->
                "reconciler: re-reconciliation run "
                    + run.id()
                    + " is for rule set "
                    + run.ruleSetId()
                    + ", not for "
                    + rules.id()
                    + " in force here; this instance leaves it");
        return false;
      }
      Rereconciliation job =
          new Rereconciliation(reconcileAgain, run.id(), rules, run.actor(), INSTANCE);
      Progress before = job.progress();
      if (before.partitionsDone() > 0) {
        LOG.info(
            () ->
                "reconciler: resuming re-reconciliation run "
                    + run.id()
                    + " under rules "
                    + rules.ruleSet().id()
                    + ": "
                    + before.done()
                    + "/"
                    + before.total()
                    + " incidents done");
      } else {
        LOG.info(
            () ->
                "reconciler: re-reconciling "
                    + before.total()
                    + " incidents under rules "
                    + rules.ruleSet().id()
                    + " (run "
                    + run.id()
                    + ")");
      }
      working = job;
      // One worker per core: while one runs the rules, another waits on the database.
      executor.submit(() -> job.runWith(Runtime.getRuntime().availableProcessors(), executor));
      return true;
    }
  }

  /**
   * After the activation committed: the new rules for every reconciliation that starts from now,
   * and this instance's workers on the run the activation stored.
   */
  private void switchTo(ActiveRuleSet version) {
    active = version;
    workOnUnfinishedRun();
  }

  private static String instanceName() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "localhost";
    }
    return host + "/" + ProcessHandle.current().pid();
  }
}
