package dev.reconciler.app.reports;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reconciler.app.NoSuchIncidentException;
import dev.reconciler.app.extractor.ReadyExtractor;
import dev.reconciler.app.reconciling.ActiveRuleSet;
import dev.reconciler.app.reconciling.ActiveRules;
import dev.reconciler.app.reconciling.PendingAudit;
import dev.reconciler.app.reconciling.RecordReconciliation;
import dev.reconciler.audit.AuditKind;
import dev.reconciler.claim.Claim;
import dev.reconciler.report.Report;
import dev.reconciler.report.ReportReader;
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
import java.util.List;
import java.util.Optional;

/**
 * Submits one report, in one transaction: a report already stored (same content hash) adds nothing;
 * a new one is stored with its extracted claims, assigned to an incident, and the incident is
 * reconciled again. Everything, audit events included, commits together or not at all.
 *
 * <p>Locks, always in this order: the report's content hash (two copies of one report), the place
 * (two reports of one new incident), the incident row (reconciliations of one incident one after
 * the other), and last the audit chain.
 */
@ApplicationScoped
@Transactional
public class SubmitReport {

  private final EntityManager em;
  private final ReadyExtractor extractor;
  private final ActiveRules rules;
  private final Clock clock;

  @Inject
  public SubmitReport(EntityManager em, ReadyExtractor extractor, ActiveRules rules, Clock clock) {
    this.em = em;
    this.extractor = extractor;
    this.rules = rules;
    this.clock = clock;
  }

  /** For the container's proxy. */
  protected SubmitReport() {
    this(null, null, null, null);
  }

  /**
   * Reads, stores and reconciles {@code s} for {@code actor}.
   *
   * @throws dev.reconciler.report.BadReportException when the text cannot be read as a report
   * @throws NoSuchIncidentException when the submission names an incident that does not exist
   * @throws ReportConflictException when the report is already filed under another incident
   * @throws dev.reconciler.app.extractor.ExtractorUnavailableException while the extractor's models
   *     load, or when they failed to: before anything is stored
   */
  public Submitted submit(Submission s, String actor) {
    return submit(
        ReportReader.parse(s.text(), "text", s.publisher(), s.publishedOn(), s.url()),
        s.incidentId(),
        actor);
  }

  /** Stores and reconciles a report already read, into {@code incidentId} when it names one. */
  public Submitted submit(Report report, Long incidentId, String actor) {
    var claimExtractor = extractor.ready();
    Locks.lock(em, List.of("report:" + report.id()));
    ReportRepository reports = new ReportRepository(em);
    Optional<ReportRecord> existing = reports.find(report.id());
    if (existing.isPresent()) {
      return duplicate(existing.get(), incidentId);
    }
    PendingAudit audit = new PendingAudit(clock, actor);
    audit.record(AuditKind.REPORT_RECEIVED, null, report.id(), received(report));

    List<Claim> claims = claimExtractor.extract(report);
    ObjectNode extracted = PendingAudit.detail();
    extracted.put("count", claims.size());
    ArrayNode ids = extracted.putArray("claims");
    claims.forEach(c -> ids.add(c.id()));
    audit.record(AuditKind.CLAIMS_EXTRACTED, null, report.id(), extracted);

    IncidentAssignment.Assignment assignment =
        new IncidentAssignment(em, clock).assign(report, claims, incidentId, rules.inForce());
    IncidentRecord incident = assignment.incident();
    audit.record(AuditKind.INCIDENT_ASSIGNED, incident.id(), report.id(), assignment.detail());

    // The incident's earlier claims, read once under its lock; this report's join them from memory.
    ClaimRepository claimRepository = new ClaimRepository(em);
    List<ClaimRecord> all = new ArrayList<>(claimRepository.recordsOf(incident.id()));
    ReportRecord stored = new ReportRecord(report, clock.instant(), incident.id());
    reports.store(stored);
    List<ClaimRecord> records = new ArrayList<>();
    claims.forEach(
        c ->
            records.add(
                new ClaimRecord(c, incident.id(), ClaimRecord.Origin.EXTRACTED, clock.instant())));
    claimRepository.storeAll(records);
    em.flush();
    all.addAll(records);

    // Read under the incident's lock: a rule change after this point re-reconciles the incident
    // after this transaction, with the new rules.
    ActiveRuleSet inForce = rules.inForce();
    RecordReconciliation reconciliation = new RecordReconciliation(em, clock);
    StoredResolution resolution =
        reconciliation.record(
            reconciliation.evaluate(incident.id(), all, inForce.ruleSet()), inForce, audit, false);
    return new Submitted(true, stored, incident, records, resolution, assignment.reason());
  }

  private static ObjectNode received(Report report) {
    ObjectNode received = PendingAudit.detail();
    received.put("publisher", report.publisher());
    received.put("url", report.url());
    received.put(
        "publishedOn", report.publishedOn() == null ? null : report.publishedOn().toString());
    received.put("headline", report.headline());
    received.put("characters", report.text().length());
    return received;
  }

  private Submitted duplicate(ReportRecord existing, Long incidentId) {
    if (incidentId != null && !incidentId.equals(existing.incidentId())) {
      throw new ReportConflictException(
          "report "
              + existing.id()
              + " was already received on "
              + existing.receivedAt()
              + " and filed under incident "
              + existing.incidentId()
              + ", not incident "
              + incidentId);
    }
    IncidentRecord incident =
        existing.incidentId() == null
            ? null
            : new IncidentRepository(em).find(existing.incidentId()).orElse(null);
    StoredResolution resolution =
        incident == null
            ? null
            : new ResolutionRepository(em)
                .current(incident.id())
                .map(ResolutionRecord::toStored)
                .orElse(null);
    return new Submitted(false, existing, incident, List.of(), resolution, null);
  }
}
