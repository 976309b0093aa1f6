package dev.reconciler.read;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.reconciler.app.rules.NoSuchRuleSetException;
import dev.reconciler.app.rules.RuleSetVersions;
import dev.reconciler.json.Json;
import dev.reconciler.reconcile.RuleLocations;
import dev.reconciler.store.RuleSetRecord;
import dev.reconciler.store.RuleSetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
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
   * "rules":{name:{"file","line"}}}}. {@code ref} as for a rollback: a hash, a unique prefix of 8
   * characters or more, or a version.
   *
   * @throws NoSuchRuleSetException when no stored version matches
   */
  public ObjectNode files(String ref, long activeId) {
    RuleSetRecord r =
        RuleSetVersions.byRef(new RuleSetRepository(em).all(), ref)
            .orElseThrow(() -> new NoSuchRuleSetException(ref));
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
    return n;
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
