package dev.reconciler.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reconciler.audit.AuditEntry;
import dev.reconciler.config.ServerConfig;
import dev.reconciler.ingest.ActiveRuleSet;
import dev.reconciler.ingest.DryRun;
import dev.reconciler.ingest.IncidentViews;
import dev.reconciler.ingest.NoSuchRuleSetException;
import dev.reconciler.ingest.Progress;
import dev.reconciler.ingest.Rereconciliation;
import dev.reconciler.ingest.RuleSetVersions;
import dev.reconciler.ingest.Transactions;
import dev.reconciler.json.Json;
import dev.reconciler.reconcile.Reconciler;
import dev.reconciler.reconcile.RuleSet;
import dev.reconciler.reconcile.RuleSetException;
import dev.reconciler.reconcile.RuleSetLoader;
import dev.reconciler.store.RuleSetRecord;
import dev.reconciler.store.RuleSetRepository;
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
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The rule set in force. At start-up it loads the editors' files from the configured directory,
 * compiles them and makes them the active version (stored, or the stored row reused, as {@code
 * system}); rules that do not compile fail the deployment with one log line. Editors activate
 * other versions; each activation commits, then switches the rules atomically (a reconciliation
 * that already took the old rules finishes with them) and starts re-reconciling every incident in
 * the background.
 */
@Singleton
@Startup
@DependsOn("DatabaseStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class RulesInForce {

  private static final Logger LOG = Logger.getLogger(RulesInForce.class.getName());

  @Inject Transactions transactions;
  @Inject ServerConfig config;

  @Resource ManagedExecutorService executor;

  private final Clock clock = Clock.systemUTC();
  private final Object activation = new Object();
  private volatile ActiveRuleSet active;
  private volatile Rereconciliation rereconciliation;

  @PostConstruct
  void start() {
    Path dir = config.rulesDir();
    RuleSet onDisk;
    try {
      onDisk = RuleSetLoader.fromDirectory(dir);
      new Reconciler(onDisk);
    } catch (RuleSetException e) {
      String problem = e.getMessage().replace("\n", "; ");
      LOG.severe("reconciler: the rules in " + dir.toAbsolutePath() + " cannot be used: " + problem);
      throw new IllegalStateException("the rules in " + dir + " cannot be used: " + problem, e);
    }
    Optional<RuleSetRecord> stored =
        transactions.inTransaction(em -> new RuleSetRepository(em).active());
    if (stored.isPresent() && stored.get().contentHash().equals(onDisk.hash())) {
      RuleSetRecord r = stored.get();
      active = new ActiveRuleSet(r.id(), onDisk, r.activatedBy(), r.activatedAt());
    } else {
      activate(onDisk, AuditEntry.SYSTEM, stored.isPresent());
    }
    LOG.info(() -> "reconciler: rules " + onDisk.id() + " in force, from " + dir.toAbsolutePath());
  }

  @PreDestroy
  void stop() {
    Rereconciliation running = rereconciliation;
    if (running != null) {
      running.cancel();
    }
  }

  /** The rules in force; a caller that took them keeps them even when another version is activated. */
  public RuleSet activeRuleSet() {
    return active.ruleSet();
  }

  /** The rules in force with their stored version's id, for storing resolutions. */
  public ActiveRuleSet activeVersion() {
    return active;
  }

  /**
   * {@code {"id","version","hash","activatedBy","activatedAt","rereconciliation":{"done","total",
   * "changed","failed","running"}}}.
   */
  public JsonNode active() {
    ActiveRuleSet a = active;
    Rereconciliation job = rereconciliation;
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("id", a.id());
    n.put("version", a.ruleSet().version());
    n.put("hash", a.ruleSet().hash());
    n.put("activatedBy", a.activatedBy());
    n.put("activatedAt", a.activatedAt().toString());
    n.set("rereconciliation", (job == null ? Progress.NONE : job.progress()).toJson());
    return n;
  }

  /** Every stored version, most recently activated first, the one in force marked {@code active}. */
  public JsonNode versions() {
    long activeId = active.id();
    ArrayNode list = transactions.inTransaction(em -> new IncidentViews(em).ruleSetVersions());
    list.forEach(v -> ((ObjectNode) v).put("active", v.path("id").asLong() == activeId));
    return list;
  }

  /**
   * What {@code candidate} would change in every incident, before → after; writes nothing.
   *
   * @throws RuleSetException when the candidate does not compile
   */
  public JsonNode dryRun(RuleSet candidate) {
    new Reconciler(candidate);
    return transactions.inTransaction(em -> new DryRun(em).run(candidate));
  }

  /**
   * Stores (or reuses) {@code candidate}'s version as active for {@code actor}, switches to it once
   * that committed, and starts re-reconciling every incident in the background.
   *
   * @throws RuleSetException when the candidate does not compile; nothing changes then
   */
  public JsonNode activate(RuleSet candidate, String actor) {
    new Reconciler(candidate);
    activate(candidate, actor, true);
    return active();
  }

  /**
   * Activates again a version that was active before (a rollback), by its hash, a unique prefix
   * of it, or its version.
   *
   * @throws NoSuchRuleSetException when no stored version matches
   */
  public JsonNode reactivate(String ref, String actor) {
    ActiveRuleSet stored =
        transactions
            .inTransaction(em -> new RuleSetVersions(em, clock).stored(ref))
            .orElseThrow(() -> new NoSuchRuleSetException(ref));
    return activate(stored.ruleSet(), actor);
  }

  /** Records that edited files were refused, keeping the version in force. */
  public void reject(String source, List<String> problems, String actor) {
    String kept = active.ruleSet().hash();
    transactions.inTransaction(
        em -> {
          new RuleSetVersions(em, clock).reject(source, kept, problems, actor);
          return null;
        });
  }

  private void activate(RuleSet candidate, String actor, boolean rereconcile) {
    // One activation at a time, so that the order of commits is the order of switches.
    synchronized (activation) {
      ActiveRuleSet activated =
          transactions.inTransaction(em -> new RuleSetVersions(em, clock).activate(candidate, actor));
      active = activated;
      Rereconciliation previous = rereconciliation;
      if (previous != null) {
        previous.cancel();
      }
      if (rereconcile) {
        Rereconciliation job = new Rereconciliation(transactions, activated, actor, clock);
        rereconciliation = job;
        executor.submit(job::run);
      }
    }
  }
}
