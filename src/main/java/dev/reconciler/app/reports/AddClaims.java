package dev.reconciler.app.reports;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reconciler.app.NoSuchIncidentException;
import dev.reconciler.app.reconciling.ActiveRuleSet;
import dev.reconciler.app.reconciling.ActiveRules;
import dev.reconciler.app.reconciling.PendingAudit;
import dev.reconciler.app.reconciling.RecordReconciliation;
import dev.reconciler.audit.AuditKind;
import dev.reconciler.claim.Claim;
import dev.reconciler.json.JsonFormatException;
import dev.reconciler.report.Report;
import dev.reconciler.store.ClaimRecord;
import dev.reconciler.store.ClaimRepository;
import dev.reconciler.store.IncidentRecord;
import dev.reconciler.store.IncidentRepository;
import dev.reconciler.store.ReportRecord;
import dev.reconciler.store.ReportRepository;
import dev.reconciler.store.ResolutionRecord;
import dev.reconciler.store.ResolutionRepository;
import dev.reconciler.store.StoredResolution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Adds claims a client extracted elsewhere to a named incident ({@code origin = client}) and
 * reconciles it like extracted ones, in one transaction. A claim names its report; a report not
 * stored yet is recorded as a report known only by its claims (no text), so that every claim still
 * has its report. Sending the same claim again (same report, same id) adds nothing.
 */
@ApplicationScoped
@Transactional
public class AddClaims {

  /** A report known only through claims a client sent has this name and no text. */
  public static final String CLAIMS_ONLY_REPORT = "claims sent by a client";

  private static final int MAX_REPORT_ID = 64;

  /**
   * What adding claims did.
   *
   * @param added the claims stored now
   * @param resolution the incident's resolution after them (unchanged when nothing was added)
   */
  public record Added(
      IncidentRecord incident, List<ClaimRecord> added, StoredResolution resolution) {}

  private final EntityManager em;
  private final ActiveRules rules;
  private final Clock clock;

  @Inject
  public AddClaims(EntityManager em, ActiveRules rules, Clock clock) {
    this.em = em;
    this.rules = rules;
    this.clock = clock;
  }

  /** For the container's proxy. */
  protected AddClaims() {
    this(null, null, null);
  }

  /**
   * @throws NoSuchIncidentException when the incident does not exist
   * @throws ReportConflictException when a claim's report belongs to another incident, or its id is
   *     already used in this incident by another report
   * @throws JsonFormatException when two claims of the batch share an id, or a report id is too
   *     long
   */
  public Added add(long incidentId, List<Claim> claims, String actor) {
    IncidentRecord incident =
        new IncidentRepository(em)
            .findForUpdate(incidentId)
            .orElseThrow(() -> new NoSuchIncidentException(incidentId));
    ClaimRepository claimRepository = new ClaimRepository(em);
    List<ClaimRecord> all = new ArrayList<>(claimRepository.recordsOf(incidentId));
    Map<String, String> reportOfKey = new HashMap<>();
    all.forEach(r -> reportOfKey.put(r.claimKey(), r.reportId()));
    ReportRepository reports = new ReportRepository(em);
    Set<String> batchKeys = new LinkedHashSet<>();
    Set<String> newReports = new LinkedHashSet<>();
    List<ClaimRecord> added = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i);
      String where = "claims[" + i + "]";
      if (!batchKeys.add(c.id())) {
        throw new JsonFormatException(
            where + ".id: '" + c.id() + "' appears twice in this request");
      }
      String knownReport = reportOfKey.get(c.id());
      if (knownReport != null) {
        if (knownReport.equals(c.reportId())) {
          continue;
        }
        throw new ReportConflictException(
            where
                + ": claim id '"
                + c.id()
                + "' is already used in incident "
                + incidentId
                + " by report "
                + knownReport);
      }
      if (c.reportId().length() > MAX_REPORT_ID) {
        throw new JsonFormatException(where + ".report: at most " + MAX_REPORT_ID + " characters");
      }
      Optional<ReportRecord> report = reports.find(c.reportId());
      if (report.isPresent() && !Long.valueOf(incidentId).equals(report.get().incidentId())) {
        throw new ReportConflictException(
            where
                + ": report "
                + c.reportId()
                + " belongs to incident "
                + report.get().incidentId()
                + ", not "
                + incidentId);
      }
      if (report.isEmpty() && newReports.add(c.reportId())) {
        reports.store(
            new ReportRecord(
                new Report(c.reportId(), "", null, null, null, null, CLAIMS_ONLY_REPORT),
                clock.instant(),
                incidentId));
        em.flush();
      }
      added.add(new ClaimRecord(c, incidentId, ClaimRecord.Origin.CLIENT, clock.instant()));
    }
    if (added.isEmpty()) {
      return new Added(
          incident,
          added,
          new ResolutionRepository(em)
              .current(incidentId)
              .map(ResolutionRecord::toStored)
              .orElse(null));
    }
    claimRepository.storeAll(added);
    em.flush();
    PendingAudit audit = new PendingAudit(clock, actor);
    ObjectNode detail = PendingAudit.detail();
    detail.put("count", added.size());
    detail.put("alreadyStored", claims.size() - added.size());
    ArrayNode keys = detail.putArray("claims");
    added.forEach(r -> keys.add(r.claimKey()));
    ArrayNode reportIds = detail.putArray("claimsOnlyReports");
    newReports.forEach(reportIds::add);
    audit.record(AuditKind.CLAIMS_RECEIVED, incidentId, null, detail);
    all.addAll(added);
    ActiveRuleSet inForce = rules.inForce();
    RecordReconciliation reconciliation = new RecordReconciliation(em, clock);
    StoredResolution resolution =
        reconciliation.record(
            reconciliation.evaluate(incidentId, all, inForce.ruleSet()), inForce, audit, false);
    return new Added(incident, added, resolution);
  }
}
