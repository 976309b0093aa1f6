package dev.reconciler.bench;

import dev.reconciler.reconcile.Incident;
import dev.reconciler.reconcile.Reconciler;
import dev.reconciler.reconcile.Resolution;
import dev.reconciler.reconcile.RuleSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs Drools and the hand-coded policy over generated incidents and counts the incidents where
 * they differ: in status or best value (must be none), and in any other recorded detail.
 */
final class AgreementCheck {

  record Report(
      int incidents,
      int essential,
      int detailOnly,
      Map<String, Integer> kinds,
      List<String> examples) {
    boolean agrees() {
      return essential == 0;
    }
  }

  static Report run(RuleSet rules, long seed, int incidents, int claims) {
    Reconciler drools = new Reconciler(rules);
    HandCodedPolicy hand = new HandCodedPolicy(rules.data());
    IncidentGenerator generator = new IncidentGenerator(seed, rules.data());
    int essential = 0;
    int detailOnly = 0;
    Map<String, Integer> kinds = new TreeMap<>();
    List<String> examples = new java.util.ArrayList<>();
    for (int i = 0; i < incidents; i++) {
      Incident incident = generator.next(claims);
      Resolution r = drools.reconcile(incident);
      List<String> diffs = Agreement.differences(incident, r, hand.reconcile(incident));
      if (diffs.isEmpty()) {
        continue;
      }
      boolean isEssential = diffs.stream().anyMatch(Agreement::essential);
      if (isEssential) {
        essential++;
      } else {
        detailOnly++;
      }
      for (String d : diffs) {
        kinds.merge(
            d.replaceAll(":.*", "").replaceAll("outcome of c\\d+", "outcome"), 1, Integer::sum);
      }
      if (examples.size() < 5) {
        examples.add("incident " + i + " (seed " + seed + ", " + claims + " claims): " + diffs);
      }
    }
    return new Report(incidents, essential, detailOnly, kinds, examples);
  }

  public static void main(String[] args) {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
    RuleSet rules =
        dev.reconciler.reconcile.RuleSetLoader.fromDirectory(java.nio.file.Path.of("rules"));
    int claims = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    Report r = run(rules, 42, n, claims);
    System.out.println(
        r.incidents()
            + " incidents, "
            + r.essential()
            + " differ in status/best, "
            + r.detailOnly()
            + " only in details");
    System.out.println(r.kinds());
    r.examples().forEach(System.out::println);
  }
}
