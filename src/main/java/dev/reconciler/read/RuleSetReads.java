package dev.reconciler.read;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.reconciler.app.rules.NoSuchRuleException;
import dev.reconciler.app.rules.NoSuchRuleSetException;
import dev.reconciler.app.rules.RuleSetVersions;
import dev.reconciler.json.Json;
import dev.reconciler.json.ScenarioRunJson;
import dev.reconciler.reconcile.RuleLocation;
import dev.reconciler.reconcile.RuleLocations;
import dev.reconciler.reconcile.scenario.ScenarioRun;
import dev.reconciler.store.RuleSetRecord;
import dev.reconciler.store.RuleSetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** The stored rule-set versions, as the API lists them, read in one transaction. */
@ApplicationScoped
@Transactional
public class RuleSetReads {

  private final EntityManager em;

  /** Rule locations by content hash; a hash names one set of texts, so entries never go stale. */
  private final Cache<String, RuleLocations> locations =
      Caffeine.newBuilder().maximumSize(256).build();

  @Inject
  public RuleSetReads(EntityManager em) {
    this.em = em;
  }

  /** For the container's proxy. */
  protected RuleSetReads() {
    this(null);
  }

  /**
   * A stored version with its files exactly as stored and where each of its rules is declared:
   * {@code {"id","version","hash","activatedBy","activatedAt","active","files":{path:text},
   * "rules":{name:{"file","line"}},"scenarios":{path:text}}}, the scenarios as stored with it.
   * {@code ref} as for a rollback: a hash, a unique prefix of 8 characters or more, or a version.
   *
   * @throws NoSuchRuleSetException when no stored version matches
   */
  public ObjectNode files(String ref, long activeId) {
    RuleSetRecord r = record(ref);
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("id", r.id());
    n.put("version", r.version());
    n.put("hash", r.contentHash());
    n.put("activatedBy", r.activatedBy());
    n.put("activatedAt", r.activatedAt().toString());
    n.put("active", r.id() == activeId);
    ObjectNode files = n.putObject("files");
    SortedMap<String, String> texts = new TreeMap<>();
    Json.stored(r.filesJson())
        .fields()
        .forEachRemaining(
            f -> {
              files.set(f.getKey(), f.getValue());
              texts.put(f.getKey(), f.getValue().asText());
            });
    // A version's texts never change: its rules are located once per hash, not per request.
    RuleLocations at = locations.get(r.contentHash(), h -> RuleLocations.inFiles(texts));
    ObjectNode rules = n.putObject("rules");
    at.all()
        .forEach((name, l) -> rules.putObject(name).put("file", l.file()).put("line", l.line()));
    ObjectNode scenarios = n.putObject("scenarios");
    scenarioRuns(r).forEach(run -> scenarios.put(run.path(), run.text()));
    return n;
  }

  /**
   * Which scenarios cover each rule of a stored version: those that fired it when they ran against
   * the version (at its activation), each with the line that names the rule. {@code {"id",
   * "version","hash","scenarios":N,"rules":{name:{"file","line","scenarios":[{"file","line","name",
   * "passed","namesRule"}]}}}}; a rule no scenario fired has an empty list.
   */
  public ObjectNode coverage(String ref) {
    RuleSetRecord r = record(ref);
    List<ScenarioRun> runs = scenarioRuns(r);
    ObjectNode n = head(r);
    n.put("scenarios", runs.size());
    ObjectNode rules = n.putObject("rules");
    locations(r)
        .all()
        .forEach(
            (name, at) -> {
              ObjectNode rule = rules.putObject(name).put("file", at.file()).put("line", at.line());
              rule.set("scenarios", covering(runs, name));
            });
    return n;
  }

  /**
   * One rule of a stored version, where it is declared and the scenarios that cover it: {@code
   * {"id","version","hash","rule","file","line","scenarios":[{"file","line","name","passed",
   * "namesRule"}]}}.
   *
   * @throws NoSuchRuleException when the version declares no rule of that name
   */
  public ObjectNode ruleScenarios(String ref, String rule) {
    RuleSetRecord r = record(ref);
    RuleLocation at =
        locations(r)
            .of(rule)
            .orElseThrow(() -> new NoSuchRuleException(r.version(), r.contentHash(), rule));
    ObjectNode n = head(r);
    n.put("rule", rule).put("file", at.file()).put("line", at.line());
    n.set("scenarios", covering(scenarioRuns(r), rule));
    return n;
  }

  private static ArrayNode covering(List<ScenarioRun> runs, String rule) {
    ArrayNode out = Json.MAPPER.createArrayNode();
    for (ScenarioRun run : runs) {
      if (run.fired(rule)) {
        out.addObject()
            .put("file", run.path())
            .put("line", run.lineFor(rule))
            .put("name", run.name())
            .put("passed", run.passed())
            .put("namesRule", run.names(rule));
      }
    }
    return out;
  }

  private RuleSetRecord record(String ref) {
    return RuleSetVersions.byRef(new RuleSetRepository(em).all(), ref)
        .orElseThrow(() -> new NoSuchRuleSetException(ref));
  }

  private static ObjectNode head(RuleSetRecord r) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("id", r.id());
    n.put("version", r.version());
    n.put("hash", r.contentHash());
    return n;
  }

  private RuleLocations locations(RuleSetRecord r) {
    return locations.get(
        r.contentHash(),
        h -> {
          SortedMap<String, String> texts = new TreeMap<>();
          Json.stored(r.filesJson())
              .fields()
              .forEachRemaining(f -> texts.put(f.getKey(), f.getValue().asText()));
          return RuleLocations.inFiles(texts);
        });
  }

  private List<ScenarioRun> scenarioRuns(RuleSetRecord r) {
    return ScenarioRunJson.fromJson(Json.stored(new RuleSetRepository(em).scenariosJson(r.id())));
  }

  /**
   * Every stored version, most recently activated first, the one with id {@code activeId} marked:
   * {@code [{"id","version","hash","activatedBy","activatedAt","files","active"}]}.
   */
  public ArrayNode versions(long activeId) {
    ArrayNode out = Json.MAPPER.createArrayNode();
    for (RuleSetRecord r : new RuleSetRepository(em).all()) {
      ObjectNode n = out.addObject();
      n.put("id", r.id());
      n.put("version", r.version());
      n.put("hash", r.contentHash());
      n.put("activatedBy", r.activatedBy());
      n.put("activatedAt", r.activatedAt().toString());
      ArrayNode files = n.putArray("files");
      Json.stored(r.filesJson()).fieldNames().forEachRemaining(files::add);
      n.put("active", r.id() == activeId);
    }
    return out;
  }
}
