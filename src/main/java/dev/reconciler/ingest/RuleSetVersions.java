package dev.reconciler.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reconciler.audit.AuditEntry;
import dev.reconciler.audit.AuditKind;
import dev.reconciler.json.Json;
import dev.reconciler.reconcile.RuleSet;
import dev.reconciler.reconcile.RuleSetLoader;
import dev.reconciler.store.AuditTrail;
import dev.reconciler.store.RuleSetRecord;
import dev.reconciler.store.RuleSetRepository;
import jakarta.persistence.EntityManager;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Stored rule-set versions: activating one (storing the full text of every file, or reusing the row
 * of an already stored hash) and loading one back exactly as it was, in the caller's transaction.
 */
public final class RuleSetVersions {

  private final EntityManager em;
  private final Clock clock;

  public RuleSetVersions(EntityManager em, Clock clock) {
    this.em = em;
    this.clock = clock;
  }

  /** The version activated most recently, loaded from its stored texts. */
  public Optional<ActiveRuleSet> active() {
    return new RuleSetRepository(em).active().map(RuleSetVersions::load);
  }

  /**
   * Makes {@code ruleSet} the active version: stored with who and when, or, when its hash is stored
   * already, that row reactivated. Records {@code rule_set_activated}.
   */
  public ActiveRuleSet activate(RuleSet ruleSet, String actor) {
    RuleSetRepository repository = new RuleSetRepository(em);
    Optional<RuleSetRecord> previous = repository.active();
    Optional<RuleSetRecord> known = repository.findByHash(ruleSet.hash());
    RuleSetRecord record;
    if (known.isPresent()) {
      record = known.get();
      record.reactivate(actor, clock.instant());
      em.flush();
    } else {
      record =
          repository.store(
              new RuleSetRecord(ruleSet.version(), ruleSet.hash(), filesJson(ruleSet), actor, clock.instant()));
    }
    ActiveRuleSet active = new ActiveRuleSet(record.id(), ruleSet, record.activatedBy(), record.activatedAt());
    ObjectNode detail = IncidentReconciliation.ruleSetJson(active);
    detail.put("reused", known.isPresent());
    ArrayNode files = detail.putArray("files");
    ruleSet.files().keySet().forEach(files::add);
    previous.ifPresent(
        p -> {
          ObjectNode before = detail.putObject("previous");
          before.put("id", p.id());
          before.put("version", p.version());
          before.put("hash", p.contentHash());
        });
    PendingAudit audit = new PendingAudit(clock, actor);
    audit.record(AuditKind.RULE_SET_ACTIVATED, null, null, detail);
    audit.appendTo(new AuditTrail(em));
    return active;
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
  public StartUp atStartUp(RuleSet onDisk) {
    Optional<RuleSetRecord> stored = new RuleSetRepository(em).active();
    if (stored.isPresent() && stored.get().contentHash().equals(onDisk.hash())) {
      RuleSetRecord r = stored.get();
      return new StartUp(new ActiveRuleSet(r.id(), onDisk, r.activatedBy(), r.activatedAt()), false);
    }
    return new StartUp(activate(onDisk, AuditEntry.SYSTEM), stored.isPresent());
  }

  /** A stored version rebuilt from its texts; its hash is recomputed, so it must match. */
  public static ActiveRuleSet load(RuleSetRecord record) {
    Map<String, String> texts;
    try {
      texts = Json.MAPPER.readValue(record.filesJson(), new TypeReference<TreeMap<String, String>>() {});
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("rule set " + record.id() + ": stored files are not JSON", e);
    }
    RuleSet ruleSet = RuleSetLoader.fromTexts(texts, "ruleset " + record.version());
    if (!ruleSet.hash().equals(record.contentHash())) {
      throw new IllegalStateException(
          "rule set " + record.id() + ": stored texts hash to " + ruleSet.hash() + ", not " + record.contentHash());
    }
    return new ActiveRuleSet(record.id(), ruleSet, record.activatedBy(), record.activatedAt());
  }

  private static String filesJson(RuleSet ruleSet) {
    ObjectNode files = Json.MAPPER.createObjectNode();
    ruleSet.files().forEach(files::put);
    return files.toString();
  }
}
