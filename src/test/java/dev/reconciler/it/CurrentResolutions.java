package dev.reconciler.it;

import dev.reconciler.reconcile.Incident;
import dev.reconciler.reconcile.Reconciler;
import dev.reconciler.reconcile.Resolution;
import dev.reconciler.reconcile.RuleSet;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the service stored as each incident's current resolution (its newest), set against what the
 * rules decide when the generated incidents are replayed through them in the test's JVM: the
 * expected outcome never comes from the service.
 */
final class CurrentResolutions {

  private CurrentResolutions() {}

  /**
   * The ids, from {@code firstId} on, of the {@code generated} incidents whose current resolution
   * does not publish what {@code rules} decide (status and best value of every attribute), or that
   * have none.
   */
  static List<Long> notAsReplayed(
      Connection c, List<Incident> generated, long firstId, RuleSet rules) throws Exception {
    Reconciler reconciler = new Reconciler(rules);
    Map<Long, Map<String, String>> stored = stored(c);
    List<Long> wrong = new ArrayList<>();
    for (int i = 0; i < generated.size(); i++) {
      long id = firstId + i;
      Resolution replayed = reconciler.reconcile(generated.get(i));
      Map<String, String> expected = new TreeMap<>();
      replayed
          .attributes()
          .forEach(
              (a, r) ->
                  expected.put(
                      a.key(),
                      r.status().key() + " " + (r.best() == null ? null : r.best().display())));
      if (!expected.equals(stored.get(id))) {
        wrong.add(id);
      }
    }
    return wrong;
  }

  /** Each incident's newest resolution as {attribute: "status best"}. */
  static Map<Long, Map<String, String>> stored(Connection c) throws Exception {
    Map<Long, Map<String, String>> byIncident = new HashMap<>();
    try (ResultSet rs =
        c.createStatement()
            .executeQuery(
                "select r.incident_id, a.attribute, a.status, a.best from resolution r join"
                    + " resolution_attribute a on a.resolution_id = r.id where r.id = (select"
                    + " max(id) from resolution n where n.incident_id = r.incident_id)")) {
      while (rs.next()) {
        byIncident
            .computeIfAbsent(rs.getLong(1), k -> new TreeMap<>())
            .put(rs.getString(2), rs.getString(3) + " " + rs.getString(4));
      }
    }
    return byIncident;
  }
}
