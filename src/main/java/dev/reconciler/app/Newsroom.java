package dev.reconciler.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reconciler.claim.Claim;
import dev.reconciler.extract.ClaimExtractor;
import dev.reconciler.ingest.ClientClaims;
import dev.reconciler.ingest.Ingested;
import dev.reconciler.ingest.IncidentViews;
import dev.reconciler.ingest.NoSuchIncidentException;
import dev.reconciler.ingest.Replay;
import dev.reconciler.ingest.ReportIngestion;
import dev.reconciler.ingest.Transactions;
import dev.reconciler.json.Json;
import dev.reconciler.report.Report;
import dev.reconciler.report.ReportReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * What clients do with reports and incidents: submit reports, add claims, read incidents with their
 * history, audit trail, claims and reports. Each call is one JTA transaction.
 */
@ApplicationScoped
public class Newsroom {

  /** The actor recorded when the caller names none. */
  public static final String ANONYMOUS = "anonymous";

  @Inject Transactions transactions;
  @Inject RulesInForce rules;
  @Inject ExtractorLoader extractors;

  private final Clock clock = Clock.systemUTC();

  /**
   * Stores a report, its claims and the incident's new resolution, or, for a report already stored,
   * nothing ({@code created} false, the stored report named).
   *
   * @throws dev.reconciler.report.BadReportException when the text cannot be read as a report
   * @throws NoSuchIncidentException when {@code incidentId} names no incident
   * @throws dev.reconciler.ingest.ReportConflictException when the report is stored under another incident
   * @throws ExtractorUnavailableException while the extractor's models load, or when they failed
   *     to: before anything is stored
   */
  public SubmitResult submit(Submission s, String actor) {
    Report report = ReportReader.parse(s.text(), "text", s.publisher(), s.publishedOn(), s.url());
    ClaimExtractor extractor = extractors.status().require(clock.instant());
    return transactions.inTransaction(
        em -> {
          Ingested i = new ReportIngestion(em, extractor, rules::activeVersion, clock).ingest(report, s.incidentId(), actor(actor));
          return new SubmitResult(i.created(), i.report().id(), i.incident().id(), new IncidentViews(em).submitted(i));
        });
  }

  /**
   * Adds claims extracted elsewhere to an incident and reconciles it: {@code {"incident","claims",
   * "resolution"}}.
   */
  public JsonNode addClaims(long incidentId, List<Claim> claims, String actor) {
    return transactions.inTransaction(
        em -> {
          ClientClaims.Added added = new ClientClaims(em, rules::activeVersion, clock).add(incidentId, claims, actor(actor));
          return new IncidentViews(em).claimsAdded(added);
        });
  }

  /** {@code {"id","place","date","title","resolvedAt","resolution"}}, or empty for an unknown id. */
  public Optional<JsonNode> incident(long id) {
    return transactions.inTransaction(em -> new IncidentViews(em).incident(id).map(n -> (JsonNode) n));
  }

  /** {@code {"items":[{"id","place","date","resolvedAt","statuses"}],"page","size","total"}}. */
  public JsonNode incidents(IncidentQuery q) {
    return transactions.inTransaction(
        em -> new IncidentViews(em).incidents(q.from(), q.to(), q.place(), q.status(), q.page(), q.size()));
  }

  /** Every resolution, newest first. */
  public JsonNode history(long id) {
    return transactions.inTransaction(em -> new IncidentViews(em).history(id));
  }

  /** The incident's audit events, oldest first. */
  public JsonNode audit(long id) {
    return transactions.inTransaction(em -> new IncidentViews(em).audit(id));
  }

  public JsonNode claims(long id) {
    return transactions.inTransaction(em -> new IncidentViews(em).claims(id));
  }

  public JsonNode reports(long id) {
    return transactions.inTransaction(em -> new IncidentViews(em).reports(id));
  }

  /**
   * Re-runs a stored resolution with its stored rule-set texts and input claims: {@code
   * {"resolution","same","stored","replayed"}}; {@code same} is true when it is reproduced exactly.
   *
   * @throws IllegalArgumentException when no resolution has this id
   */
  public JsonNode replay(long resolutionId) {
    return transactions.inTransaction(
        em -> {
          Replay.Replayed r = new Replay(em).replay(resolutionId);
          ObjectNode n = Json.MAPPER.createObjectNode();
          n.put("resolution", r.resolutionId());
          n.put("same", r.same());
          n.set("stored", r.stored());
          n.set("replayed", r.replayed());
          return n;
        });
  }

  private static String actor(String actor) {
    return actor == null || actor.isBlank() ? ANONYMOUS : actor;
  }
}
