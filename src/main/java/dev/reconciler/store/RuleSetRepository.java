package dev.reconciler.store;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** Rule-set versions that were activated; the most recently activated one is in force. */
public final class RuleSetRepository {

  private final EntityManager em;

  public RuleSetRepository(EntityManager em) {
    this.em = em;
  }

  public Optional<RuleSetRecord> findByHash(String contentHash) {
    return em.createNamedQuery("RuleSetRecord.findByHash", RuleSetRecord.class)
        .setParameter("hash", contentHash)
        .getResultStream()
        .findFirst();
  }

  public Optional<RuleSetRecord> find(long id) {
    return Optional.ofNullable(em.find(RuleSetRecord.class, id));
  }

  public Optional<RuleSetRecord> active() {
    return em.createNamedQuery("RuleSetRecord.findNewestActivated", RuleSetRecord.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  public List<RuleSetRecord> all() {
    return em.createNamedQuery("RuleSetRecord.findNewestActivated", RuleSetRecord.class)
        .getResultList();
  }

  /**
   * The scenario runs stored with version {@code id} ({@code ScenarioRunJson}), read apart from the
   * entity so that listing versions does not load every scenario's text.
   */
  public String scenariosJson(long id) {
    Object json =
        em.createNativeQuery("select scenarios::text from rule_set_version where id = :id")
            .setParameter("id", id)
            .getResultStream()
            .findFirst()
            .orElse("{}");
    return json.toString();
  }

  /** Replaces the scenario runs stored with version {@code id}. */
  public void storeScenarios(long id, String scenariosJson) {
    em.createNativeQuery(
            "update rule_set_version set scenarios = cast(:json as jsonb) where id = :id")
        .setParameter("json", scenariosJson)
        .setParameter("id", id)
        .executeUpdate();
  }

  public RuleSetRecord store(RuleSetRecord ruleSet) {
    em.persist(ruleSet);
    em.flush();
    return ruleSet;
  }
}
