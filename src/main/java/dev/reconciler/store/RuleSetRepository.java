package dev.reconciler.store;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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

  /** The active version's id, hash and activation time. */
  public record ActiveMark(long id, String contentHash, Instant activatedAt) {}

  /** {@link #active()} without the texts: one small row. */
  public Optional<ActiveMark> activeMark() {
    List<?> rows =
        em.createNativeQuery(
                "select id, content_hash,"
                    + " cast(extract(epoch from activated_at) * 1000000 as bigint)"
                    + " from rule_set_version order by activated_at desc, id desc limit 1")
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) rows.get(0);
    return Optional.of(
        new ActiveMark(
            ((Number) row[0]).longValue(),
            (String) row[1],
            Instant.EPOCH.plus(((Number) row[2]).longValue(), ChronoUnit.MICROS)));
  }

  /**
   * Waits for the lock on activations (transaction-scoped, released at commit or rollback), so that
   * instances sharing the database activate one after another, each seeing the one before.
   */
  public void lockActivation() {
    em.createNativeQuery(
            "select cast(pg_advisory_xact_lock(hashtextextended('reconciler rule-set activation',"
                + " 0)) as text)")
        .getSingleResult();
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
