package dev.reconciler.app.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reconciler.app.reconciling.ActiveRuleSet;
import dev.reconciler.app.reconciling.PendingAudit;
import dev.reconciler.app.reconciling.RecordReconciliation;
import dev.reconciler.audit.AuditEntry;
import dev.reconciler.audit.AuditKind;
import dev.reconciler.json.Json;
import dev.reconciler.json.ScenarioRunJson;
import dev.reconciler.reconcile.RuleSet;
import dev.reconciler.reconcile.RuleSetLoader;
import dev.reconciler.reconcile.scenario.ScenarioRun;
import dev.reconciler.store.AuditTrail;
import dev.reconciler.store.RereconciliationRuns;
import dev.reconciler.store.RuleSetRecord;
import dev.reconciler.store.RuleSetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Stored rule-set versions: activating one (storing the full text of every file, or reusing the row
 * of an already stored hash), recording a refused one, and loading one back exactly as it was. Each
 * call is one transaction; {@link RulesInForce} switches to an activated version once it committed.
 */
@ApplicationScoped
@Transactional
public class RuleSetVersions {

  private final EntityManager em;
  private final Clock clock;

  @Inject
  public RuleSetVersions(EntityManager em, Clock clock) {
    this.em = em;
    this.clock = clock;
  }

  /** For the container's proxy. */
  protected RuleSetVersions() {
    this(null, null);
  }

  /** The version activated most recently, loaded from its stored texts. */
  public Optional<ActiveRuleSet> active() {
    return new RuleSetRepository(em).active().map(RuleSetVersions::load);
  }

  /**
   * Which version is active and since when, without its texts: what an instance compares with the
   * rules it runs, once a second when it runs clustered.
   */
  public Optional<RuleSetRepository.ActiveMark> activeMark() {
    return new RuleSetRepository(em).activeMark();
  }

  /** {@link #activate(RuleSet, String, List)} keeping the scenarios stored with the version. */
  public ActiveRuleSet activate(RuleSet ruleSet, String actor) {
    return activate(ruleSet, actor, null);
  }

  /**
   * Makes {@code ruleSet} the active version: stored with who and when, or, when its hash is stored
   * already, that row reactivated. Records {@code rule_set_activated}. {@code scenarios}, the
   * editors' scenarios as they ran against it, are stored with it; null keeps those stored (a
   * rollback brings no scenarios of its own). Stores the run that re-reconciles every incident
   * under it, superseding any run still unfinished.
   */
  public ActiveRuleSet activate(RuleSet ruleSet, String actor, List<ScenarioRun> scenarios) {
    RuleSetRepository repository = new RuleSetRepository(em);
    repository.lockActivation();
    Optional<RuleSetRecord> previous = repository.active();
    Optional<RuleSetRecord> known = repository.findByHash(ruleSet.hash());
    Instant at = after(previous, clock.instant());
    RuleSetRecord record;
    if (known.isPresent()) {
      record = known.get();
      record.reactivate(actor, at);
      em.flush();
    } else {
      record =
          repository.store(
              new RuleSetRecord(ruleSet.version(), ruleSet.hash(), filesJson(ruleSet), actor, at));
    }
    if (scenarios != null) {
      repository.storeScenarios(record.id(), ScenarioRunJson.toJson(scenarios).toString());
    }
    ActiveRuleSet active =
        new ActiveRuleSet(record.id(), ruleSet, record.activatedBy(), record.activatedAt());
    ObjectNode detail = RecordReconciliation.ruleSetJson(active);
    detail.put("reused", known.isPresent());
    ArrayNode files = detail.putArray("files");
    ruleSet.files().keySet().forEach(files::add);
    previous.ifPresent(
        p -> {
          ObjectNode before = detail.putObject("previous");
          before.put("id", p.id());
          before.put("version", p.version());
          before.put("hash", p.contentHash());
          ArrayNode changed = detail.putArray("changed");
          changedFiles(load(p).ruleSet(), ruleSet).forEach(changed::add);
        });
    PendingAudit audit = new PendingAudit(clock, actor);
    audit.record(AuditKind.RULE_SET_ACTIVATED, null, null, detail);
    audit.appendTo(new AuditTrail(em));
    // The run that re-reconciles every incident commits with the activation, so that a crash
    // right after it still leaves the run to resume (RulesInForce.workOnUnfinishedRun).
    new RereconciliationRuns(em).start(record.id(), actor, clock.instant(), Rereconciliation.BATCH);
    return active;
  }

  /**
   * Records that edited rule files were refused (they did not compile or their scenarios failed)
   * and the active version stays.
   */
  public void reject(String source, String keptHash, List<String> problems, String actor) {
    ObjectNode detail = Json.MAPPER.createObjectNode();
    detail.put("source", source);
    detail.put("kept", keptHash);
    ArrayNode list = detail.putArray("problems");
    problems.forEach(list::add);
    PendingAudit audit = new PendingAudit(clock, actor);
    audit.record(AuditKind.RULE_SET_REJECTED, null, null, detail);
    audit.appendTo(new AuditTrail(em));
  }

  /**
   * A version activated before, by its content hash (or a unique prefix of at least 8 characters)
   * or by its version when only one stored rule set has that version.
   */
  public Optional<ActiveRuleSet> stored(String ref) {
    return byRef(new RuleSetRepository(em).all(), ref).map(RuleSetVersions::load);
  }

  /**
   * The stored version {@code ref} names among {@code all}: a content hash or a unique prefix of at
   * least 8 characters, else a version that only one of them has.
   *
   * @throws IllegalArgumentException when the prefix or the version names several
   */
  public static Optional<RuleSetRecord> byRef(List<RuleSetRecord> all, String ref) {
    List<RuleSetRecord> byHash =
        ref.length() >= 8
            ? all.stream().filter(r -> r.contentHash().startsWith(ref)).toList()
            : List.of();
    if (byHash.size() > 1) {
      throw new IllegalArgumentException(
          "'" + ref + "' is the start of " + byHash.size() + " rule-set hashes; give more of it");
    }
    if (byHash.size() == 1) {
      return Optional.of(byHash.get(0));
    }
    List<RuleSetRecord> byVersion = all.stream().filter(r -> r.version().equals(ref)).toList();
    if (byVersion.size() > 1) {
      // Files changed without a version bump: the name no longer says which rules are meant.
      throw new IllegalArgumentException(
          byVersion.size()
              + " stored rule sets are version "
              + ref
              + " (hashes "
              + byVersion.stream().map(r -> r.contentHash().substring(0, 12)).toList()
              + "); give the hash");
    }
    return byVersion.stream().findFirst();
  }

  /**
   * The files added, removed or modified from {@code before} to {@code after}, as "+ x", "- x", "~
   * x".
   */
  public static List<String> changedFiles(RuleSet before, RuleSet after) {
    List<String> changed = new ArrayList<>();
    SortedSet<String> paths = new TreeSet<>(before.files().keySet());
    paths.addAll(after.files().keySet());
    for (String path : paths) {
      String was = before.files().get(path);
      String is = after.files().get(path);
      if (was == null) {
        changed.add("+ " + path);
      } else if (is == null) {
        changed.add("- " + path);
      } else if (!was.equals(is)) {
        changed.add("~ " + path);
      }
    }
    return changed;
  }

  /**
   * What start-up found: the rules now in force, and whether they replaced an earlier active
   * version (whose incidents then need reconciling again).
   */
  public record StartUp(ActiveRuleSet active, boolean replacedAnother) {}

  /**
   * Makes the rules on disk the active version at start-up, as {@code system}: nothing is written
   * when they are the active version already (a restart is not an activation); otherwise they are
   * activated like an editor's.
   */
  public StartUp atStartUp(RuleSet onDisk, List<ScenarioRun> scenarios) {
    RuleSetRepository repository = new RuleSetRepository(em);
    // Instances of a cluster start together: one at a time finds (or makes) the active version.
    repository.lockActivation();
    Optional<RuleSetRecord> stored = repository.active();
    if (stored.isPresent() && stored.get().contentHash().equals(onDisk.hash())) {
      RuleSetRecord r = stored.get();
      // Not an activation, so no event: only scenarios edited since (or stored before they were
      // kept) are brought up to date, as a reactivation from the files would.
      String runs = ScenarioRunJson.toJson(scenarios).toString();
      if (!Json.stored(repository.scenariosJson(r.id())).equals(Json.stored(runs))) {
        repository.storeScenarios(r.id(), runs);
      }
      return new StartUp(
          new ActiveRuleSet(r.id(), onDisk, r.activatedBy(), r.activatedAt()), false);
    }
    return new StartUp(activate(onDisk, AuditEntry.SYSTEM, scenarios), stored.isPresent());
  }

  /** A stored version rebuilt from its texts; its hash is recomputed, so it must match. */
  public static ActiveRuleSet load(RuleSetRecord record) {
    Map<String, String> texts;
    try {
      texts =
          Json.MAPPER.readValue(
              record.filesJson(), new TypeReference<TreeMap<String, String>>() {});
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("rule set " + record.id() + ": stored files are not JSON", e);
    }
    RuleSet ruleSet = RuleSetLoader.fromTexts(texts, "ruleset " + record.version());
    if (!ruleSet.hash().equals(record.contentHash())) {
      throw new IllegalStateException(
          "rule set "
              + record.id()
              + ": stored texts hash to "
              + ruleSet.hash()
              + ", not "
              + record.contentHash());
    }
    return new ActiveRuleSet(record.id(), ruleSet, record.activatedBy(), record.activatedAt());
  }

  /**
   * {@code now} in microseconds (what PostgreSQL keeps), or just after the active version's
   * activation when {@code now} is not later: the newest activation is the one in force, and the
   * clocks of several instances may disagree.
   */
  static Instant after(Optional<RuleSetRecord> previous, Instant now) {
    Instant at = now.truncatedTo(ChronoUnit.MICROS);
    if (previous.isPresent() && !at.isAfter(previous.get().activatedAt())) {
      return previous.get().activatedAt().truncatedTo(ChronoUnit.MICROS).plus(1, ChronoUnit.MICROS);
    }
    return at;
  }

  private static String filesJson(RuleSet ruleSet) {
    ObjectNode files = Json.MAPPER.createObjectNode();
    ruleSet.files().forEach(files::put);
    return files.toString();
  }
}
