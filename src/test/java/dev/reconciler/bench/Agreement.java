package dev.reconciler.bench;

import dev.reconciler.claim.Attribute;
import dev.reconciler.claim.Claim;
import dev.reconciler.reconcile.AttributeResult;
import dev.reconciler.reconcile.ClaimOutcome;
import dev.reconciler.reconcile.Incident;
import dev.reconciler.reconcile.Outcome;
import dev.reconciler.reconcile.Resolution;
import dev.reconciler.reconcile.facts.Decision;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares what Drools and the hand-coded policy decide for one incident: status and best value per
 * attribute (what the benchmark requires to agree), and also low, high, approximate, the deciding
 * rule, the number of independent sources and every claim's outcome.
 */
final class Agreement {

  private Agreement() {}

  /** The differences, one line each; empty when both decide the same. */
  static List<String> differences(
      Incident incident, Resolution drools, HandCodedPolicy.Result hand) {
    List<String> out = new ArrayList<>();
    Map<String, Outcome> handOutcomes = new HashMap<>();
    List<Claim> claims = incident.claims();
    for (int i = 0; i < claims.size(); i++) {
      handOutcomes.put(claims.get(i).id(), hand.outcomes()[i]);
    }
    for (Attribute a : Attribute.values()) {
      AttributeResult d = drools.get(a);
      Decision h = hand.decisions().get(a);
      check(out, a, "status", d.status(), h.getStatus());
      check(out, a, "best", d.best(), h.getBest());
      check(out, a, "low", d.low(), h.getLow());
      check(out, a, "high", d.high(), h.getHigh());
      check(out, a, "approximate", d.approximate(), h.isApproximate());
      check(out, a, "decidedBy", d.decidedBy(), h.getRule());
      check(
          out, a, "independentSources", d.independentSources(), hand.sources().getOrDefault(a, 0));
      for (ClaimOutcome c : d.claims()) {
        check(
            out, a, "outcome of " + c.claim().id(), c.outcome(), handOutcomes.get(c.claim().id()));
      }
    }
    return out;
  }

  /** True when a difference is one the benchmark requires to agree on: status or best value. */
  static boolean essential(String difference) {
    return difference.contains(" status:") || difference.contains(" best:");
  }

  private static void check(
      List<String> out, Attribute a, String what, Object drools, Object hand) {
    if (!Objects.equals(drools, hand)) {
      out.add(a.key() + " " + what + ": drools " + drools + ", hand-coded " + hand);
    }
  }
}
