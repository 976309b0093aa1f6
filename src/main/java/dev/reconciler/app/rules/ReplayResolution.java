package dev.reconciler.app.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reconciler.app.NoSuchResolutionException;
import dev.reconciler.claim.Claim;
import dev.reconciler.json.Json;
import dev.reconciler.json.ResolutionJson;
import dev.reconciler.reconcile.Incident;
import dev.reconciler.reconcile.Reconciler;
import dev.reconciler.store.ClaimRecord;
import dev.reconciler.store.ClaimRepository;
import dev.reconciler.store.ReportRepository;
import dev.reconciler.store.ResolutionRecord;
import dev.reconciler.store.ResolutionRepository;
import dev.reconciler.store.RuleSetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Re-runs a stored resolution with exactly what produced it: the stored text of its rule-set
 * version and its stored input claims, whatever the rule files on disk say now, in one transaction.
 * Writes nothing.
 */
@ApplicationScoped
@Transactional
public class ReplayResolution {

  /** The stored and the recomputed resolution JSON; equal when the resolution is reproducible. */
  public record Replayed(long resolutionId, JsonNode stored, JsonNode replayed) {
    public boolean same() {
      return stored.equals(replayed);
    }
  }

  private final EntityManager em;

  @Inject
  public ReplayResolution(EntityManager em) {
    this.em = em;
  }

  /** For the container's proxy. */
  protected ReplayResolution() {
    this(null);
  }

  /**
   * @throws NoSuchResolutionException when the incident has no resolution of this id
   */
  public Replayed replay(long incidentId, long resolutionId) {
    ResolutionRecord record =
        new ResolutionRepository(em)
            .find(resolutionId)
            .filter(r -> r.incidentId() == incidentId)
            .orElseThrow(() -> new NoSuchResolutionException(incidentId, resolutionId));
    var ruleSet =
        RuleSetVersions.load(
            new RuleSetRepository(em)
                .find(record.ruleSetId())
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            "resolution " + resolutionId + ": its rule set is gone")));
    List<Long> ids = new ArrayList<>();
    Json.stored(record.inputClaimIdsJson()).forEach(n -> ids.add(n.asLong()));
    List<ClaimRecord> records = new ClaimRepository(em).byIds(ids);
    if (records.size() != ids.size()) {
      throw new IllegalStateException(
          "resolution " + resolutionId + ": some of its input claims are gone");
    }
    List<Claim> claims = new ArrayList<>();
    Map<String, LocalDate> dates = new HashMap<>();
    ReportRepository reports = new ReportRepository(em);
    for (ClaimRecord r : records) {
      Claim c = r.toClaim();
      claims.add(c);
      dates.computeIfAbsent(
          c.reportId(), id -> reports.find(id).map(x -> x.toReport().publishedOn()).orElse(null));
    }
    JsonNode replayed =
        ResolutionJson.toJson(
            new Reconciler(ruleSet.ruleSet()).reconcile(new Incident(claims, dates)));
    return new Replayed(resolutionId, Json.stored(record.resultJson()), replayed);
  }
}
