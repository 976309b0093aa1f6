package dev.reconciler.ingest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reconciler.audit.AuditKind;
import dev.reconciler.claim.Claim;
import dev.reconciler.extract.ClaimExtractor;
import dev.reconciler.report.Report;
import dev.reconciler.store.AuditTrail;
import dev.reconciler.store.ClaimRecord;
import dev.reconciler.store.ClaimRepository;
import dev.reconciler.store.IncidentRecord;
import dev.reconciler.store.IncidentRepository;
import dev.reconciler.store.ReportRecord;
import dev.reconciler.store.ReportRepository;
import dev.reconciler.store.ResolutionRepository;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Ingests one report in the caller's transaction: a report already stored (same content hash) adds
 * nothing; a new one is stored with its extracted claims, assigned to an incident, and the incident
 * is reconciled again. Everything, audit events included, commits together or not at all.
 *
 * <p>Locks, always in this order: the report's content hash (two copies of one report), the
 * place (two reports of one new incident), the incident row (reconciliations of one
 * incident one after the other), and last the audit chain.
 */
public final class ReportIngestion {

  private final EntityManager em;
  private final ClaimExtractor extractor;
  private final Supplier<ActiveRuleSet> rules;
  private final Clock clock;

  public ReportIngestion(
      EntityManager em, ClaimExtractor extractor, Supplier<ActiveRuleSet> rules, Clock clock) {
    this.em = em;
    this.extractor = extractor;
    this.rules = rules;
    this.clock = clock;
  }

  /**
   * Ingests {@code report} for {@code actor}, into incident {@code incidentId} when the client
   * names one.
   *
   * @throws NoSuchIncidentException when {@code incidentId} names no incident
   * @throws ReportConflictException when the report is already filed under another incident
   */
  public Ingested ingest(Report report, Long incidentId, String actor) {
    Locks.lock(em, List.of("report:" + report.id()));
    ReportRepository reports = new ReportRepository(em);
    Optional<ReportRecord> existing = reports.find(report.id());
    if (existing.isPresent()) {
      return duplicate(existing.get(), incidentId);
    }
    PendingAudit audit = new PendingAudit(clock, actor);
    ObjectNode received = PendingAudit.detail();
    received.put("publisher", report.publisher());
    received.put("url", report.url());
    received.put("publishedOn", report.publishedOn() == null ? null : report.publishedOn().toString());
    received.put("headline", report.headline());
    received.put("characters", report.text().length());
    audit.record(AuditKind.REPORT_RECEIVED, null, report.id(), received);

    List<Claim> claims = extractor.extract(report);
    ObjectNode extracted = PendingAudit.detail();
    extracted.put("count", claims.size());
    ArrayNode ids = extracted.putArray("claims");
    claims.forEach(c -> ids.add(c.id()));
    audit.record(AuditKind.CLAIMS_EXTRACTED, null, report.id(), extracted);

    IncidentAssignment.Assignment assignment =
        new IncidentAssignment(em, clock).assign(report, claims, incidentId, rules.get());
    IncidentRecord incident = assignment.incident();
    audit.record(AuditKind.INCIDENT_ASSIGNED, incident.id(), report.id(), assignment.detail());

    ReportRecord stored = new ReportRecord(report, clock.instant(), incident.id());
    reports.store(stored);
    List<ClaimRecord> records = new ArrayList<>();
    claims.forEach(c -> records.add(new ClaimRecord(c, incident.id(), ClaimRecord.Origin.EXTRACTED, clock.instant())));
    new ClaimRepository(em).storeAll(records);
    em.flush();

    // Read under the incident's lock: a rule change after this point re-reconciles the incident
    // after this transaction, with the new rules.
    ActiveRuleSet inForce = rules.get();
    IncidentReconciliation reconciliation = new IncidentReconciliation(em, clock);
    var resolution = reconciliation.store(reconciliation.evaluate(incident.id(), inForce.ruleSet()), inForce, audit);
    audit.fileUnder(incident.id());
    audit.appendTo(new AuditTrail(em));
    return new Ingested(true, stored, incident, records, resolution, assignment.reason());
  }

  private Ingested duplicate(ReportRecord existing, Long incidentId) {
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
    var resolution =
        incident == null ? null : new ResolutionRepository(em).current(incident.id()).orElse(null);
    return new Ingested(false, existing, incident, List.of(), resolution, null);
  }
}
