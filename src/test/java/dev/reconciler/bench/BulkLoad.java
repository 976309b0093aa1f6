package dev.reconciler.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reconciler.claim.Claim;
import dev.reconciler.json.ClaimJson;
import dev.reconciler.json.Json;
import dev.reconciler.json.ResolutionJson;
import dev.reconciler.reconcile.Incident;
import dev.reconciler.reconcile.Reconciler;
import dev.reconciler.reconcile.Resolution;
import dev.reconciler.reconcile.RuleSet;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Fills a schema with generated incidents as the service would have stored them: incidents, their
 * reports, claims, and a current resolution computed by Drools under the active rule set, written
 * with PostgreSQL's COPY in chunks (ids given explicitly, after any the schema holds already;
 * sequences moved past them afterwards). The initial resolutions are computed on every core, since
 * only the re-reconciliation is timed.
 */
public final class BulkLoad {

  private static final int CHUNK = 2_000;

  private final DataSource dataSource;
  private final RuleSet rules;
  private final long ruleSetId;
  private long firstIncidentId = 1;

  public BulkLoad(DataSource dataSource, RuleSet rules, long ruleSetId) {
    this.dataSource = dataSource;
    this.rules = rules;
    this.ruleSetId = ruleSetId;
  }

  /** Loads {@code incidents} incidents of {@code claims} claims each; returns the claim rows. */
  public long load(int incidents, int claims, long seed) throws SQLException {
    IncidentGenerator generator = new IncidentGenerator(seed, rules.data());
    Reconciler reconciler = new Reconciler(rules);
    try (Connection c = dataSource.getConnection()) {
      long incidentBase = maxId(c, "incident");
      long claimId = maxId(c, "claim");
      long resolutionBase = maxId(c, "resolution");
      long firstClaimId = claimId;
      firstIncidentId = incidentBase + 1;
      CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
      for (int from = 0; from < incidents; from += CHUNK) {
        int n = Math.min(CHUNK, incidents - from);
        List<Incident> chunk = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          chunk.add(stored(generator.next(claims), incidentBase + from + i + 1L));
        }
        Resolution[] resolutions = new Resolution[n];
        IntStream.range(0, n)
            .parallel()
            .forEach(i -> resolutions[i] = reconciler.reconcile(chunk.get(i)));
        StringBuilder incidentRows = new StringBuilder();
        StringBuilder reportRows = new StringBuilder();
        StringBuilder claimRows = new StringBuilder();
        StringBuilder resolutionRows = new StringBuilder();
        StringBuilder attributeRows = new StringBuilder();
        for (int i = 0; i < n; i++) {
          long id = incidentBase + from + i + 1L;
          Incident incident = chunk.get(i);
          row(incidentRows, id, "Generated incident " + id, null, null);
          for (var r : new java.util.TreeMap<>(reportDatesOf(incident)).entrySet()) {
            row(
                reportRows,
                r.getKey(),
                r.getKey(),
                "Generated report " + r.getKey(),
                r.getValue(),
                id);
          }
          ArrayNode inputs = Json.MAPPER.createArrayNode();
          for (Claim cl : incident.claims()) {
            claimId++;
            inputs.add(claimId);
            row(
                claimRows,
                claimId,
                cl.id(),
                cl.reportId(),
                id,
                cl.attribute().key(),
                ClaimJson.valueToJson(cl.value()).toString(),
                cl.approximate(),
                cl.speaker(),
                cl.role().key(),
                cl.phase().key(),
                cl.scope().key());
          }
          Resolution res = resolutions[i];
          ObjectNode json = ResolutionJson.toJson(res);
          long resolutionId = resolutionBase + from + i + 1L;
          row(
              resolutionRows,
              resolutionId,
              id,
              ruleSetId,
              json.toString(),
              ResolutionJson.explanationHash(json),
              inputs.toString());
          res.attributes()
              .forEach(
                  (a, r) ->
                      row(
                          attributeRows,
                          resolutionId,
                          a.key(),
                          r.status().key(),
                          r.best() == null ? null : r.best().display()));
        }
        copy.copyIn(
            "copy incident (id, title, place, incident_date) from stdin",
            new StringReader(incidentRows.toString()));
        copy.copyIn(
            "copy report (id, content_hash, text, published_on, incident_id) from stdin",
            new StringReader(reportRows.toString()));
        copy.copyIn(
            "copy claim (id, claim_key, report_id, incident_id, attribute, value, approximate,"
                + " speaker, role, phase, scope) from stdin",
            new StringReader(claimRows.toString()));
        copy.copyIn(
            "copy resolution (id, incident_id, rule_set_id, result, explanation_hash, input_claims)"
                + " from stdin",
            new StringReader(resolutionRows.toString()));
        copy.copyIn(
            "copy resolution_attribute (resolution_id, attribute, status, best) from stdin",
            new StringReader(attributeRows.toString()));
      }
      try (Statement s = c.createStatement()) {
        for (String table : new String[] {"incident", "claim", "resolution"}) {
          s.execute(
              "select setval(pg_get_serial_sequence('"
                  + table
                  + "', 'id'), (select max(id) from "
                  + table
                  + "))");
        }
        s.execute("analyze");
      }
      return claimId - firstClaimId;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The first incident id the last {@link #load} stored (1 in an empty schema). */
  public long firstIncidentId() {
    return firstIncidentId;
  }

  private static long maxId(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement();
        java.sql.ResultSet rs = s.executeQuery("select coalesce(max(id), 0) from " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * The incidents the last {@link #load} stored for the same arguments, in id order from {@link
   * #firstIncidentId()}, as the service reads them back: to replay them through rules independently
   * of the service.
   */
  public List<Incident> incidents(int incidents, int claims, long seed) {
    IncidentGenerator generator = new IncidentGenerator(seed, rules.data());
    List<Incident> all = new ArrayList<>(incidents);
    for (int i = 0; i < incidents; i++) {
      all.add(stored(generator.next(claims), firstIncidentId + i));
    }
    return all;
  }

  /** The incident with report ids unique across the database, as stored reports have. */
  private static Incident stored(Incident generated, long incidentId) {
    List<Claim> claims = new ArrayList<>();
    java.util.Map<String, LocalDate> dates = new java.util.HashMap<>();
    for (Claim c : generated.claims()) {
      String report = "i" + incidentId + "-" + c.reportId();
      claims.add(
          new Claim(
              c.id(),
              report,
              c.attribute(),
              c.value(),
              c.approximate(),
              c.speaker(),
              c.role(),
              c.phase(),
              c.scope(),
              c.evidence()));
      dates.put(report, generated.dateOf(c.reportId()));
    }
    return new Incident(claims, dates);
  }

  private static java.util.Map<String, LocalDate> reportDatesOf(Incident incident) {
    java.util.Map<String, LocalDate> dates = new java.util.HashMap<>();
    for (Claim c : incident.claims()) {
      dates.put(c.reportId(), incident.dateOf(c.reportId()));
    }
    return dates;
  }

  /** One line of COPY's text format; null is \N. */
  private static void row(StringBuilder out, Object... values) {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        out.append('\t');
      }
      Object v = values[i];
      if (v == null) {
        out.append("\\N");
      } else {
        String s = v.toString();
        for (int k = 0; k < s.length(); k++) {
          char ch = s.charAt(k);
          switch (ch) {
            case '\\' -> out.append("\\\\");
            case '\t' -> out.append("\\t");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            default -> out.append(ch);
          }
        }
      }
    }
    out.append('\n');
  }
}
