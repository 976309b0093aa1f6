package dev.reconciler.read;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reconciler.json.Json;
import dev.reconciler.store.RuleSetRecord;
import dev.reconciler.store.RuleSetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The stored rule-set versions, as the API lists them, read in one transaction. */
@ApplicationScoped
@Transactional
public class RuleSetReads {

  private final EntityManager em;

  @Inject
  public RuleSetReads(EntityManager em) {
    this.em = em;
  }

  /** For the container's proxy. */
  protected RuleSetReads() {
    this(null);
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
