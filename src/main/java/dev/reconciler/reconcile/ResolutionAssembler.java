package dev.reconciler.reconcile;

import dev.reconciler.claim.Attribute;
import dev.reconciler.reconcile.facts.ClaimFact;
import dev.reconciler.reconcile.facts.ClaimStanding;
import dev.reconciler.reconcile.facts.CompetingGroup;
import dev.reconciler.reconcile.facts.Decision;
import dev.reconciler.reconcile.facts.Excluded;
import dev.reconciler.reconcile.facts.Inconsistent;
import dev.reconciler.reconcile.facts.Source;
import dev.reconciler.reconcile.facts.Standing;
import dev.reconciler.reconcile.facts.Superseded;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Reads what the rules left in the session (decisions, exclusions, supersessions) into a {@link
 * Resolution}. It decides nothing: every status and outcome comes from a rule's fact.
 */
final class ResolutionAssembler {

  private final RuleSet ruleSet;
  private final RuleLocations locations;
  private final List<ClaimFact> claims;
  private final List<String> fired;
  private final Map<Attribute, Decision> decisions = new EnumMap<>(Attribute.class);
  private final Map<String, Excluded> excluded = new HashMap<>();
  private final Map<String, Inconsistent> inconsistent = new HashMap<>();
  private final Map<String, List<Superseded>> superseded = new HashMap<>();
  private final Set<String> supporting = new HashSet<>();
  private final Map<Attribute, Integer> sources = new EnumMap<>(Attribute.class);
  private final Map<Attribute, SortedSet<String>> competing = new EnumMap<>(Attribute.class);

  ResolutionAssembler(
      RuleSet ruleSet,
      RuleLocations locations,
      List<ClaimFact> claims,
      Collection<? extends Object> facts,
      List<String> fired) {
    this.ruleSet = ruleSet;
    this.locations = locations;
    this.claims = claims;
    this.fired = fired;
    for (Object f : facts) {
      if (f instanceof Decision d) {
        decisions.put(d.getAttribute(), d);
      } else if (f instanceof Excluded e) {
        excluded.put(e.claimId(), e);
      } else if (f instanceof Inconsistent i) {
        inconsistent.put(i.claimId(), i);
      } else if (f instanceof Superseded s) {
        superseded.computeIfAbsent(s.loser(), k -> new ArrayList<>()).add(s);
      } else if (f instanceof ClaimStanding s && s.standing() == Standing.SUPPORTING) {
        supporting.add(s.claim().getId());
      } else if (f instanceof Source s) {
        sources.merge(s.attribute(), 1, Integer::sum);
      } else if (f instanceof CompetingGroup g) {
        competing.computeIfAbsent(g.attribute(), k -> new TreeSet<>()).add(g.group());
      }
    }
  }

  Resolution assemble() {
    Map<Attribute, AttributeResult> results = new EnumMap<>(Attribute.class);
    for (Attribute a : Attribute.values()) {
      Decision d = decisions.get(a);
      if (d == null) {
        throw RuleSetException.about(
            ruleSet.label(),
            "the rules decided nothing for "
                + a.key()
                + " (every attribute needs a decision; is a policy file missing?)");
      }
      List<ClaimOutcome> outcomes = new ArrayList<>();
      for (ClaimFact c : claims) {
        if (c.getAttribute() == a) {
          outcomes.add(outcome(c, d));
        }
      }
      results.put(
          a,
          new AttributeResult(
              a,
              d.getStatus(),
              d.getBest(),
              d.getLow(),
              d.getHigh(),
              d.isApproximate(),
              d.getRule(),
              sources.getOrDefault(a, 0),
              outcomes,
              List.copyOf(competing.getOrDefault(a, new TreeSet<>()))));
    }
    return new Resolution(ruleSet.version(), ruleSet.hash(), results, fired, named(results));
  }

  /** The locations of the rules the results name: deciding rules and claims' outcome rules. */
  private Map<String, RuleLocation> named(Map<Attribute, AttributeResult> results) {
    Map<String, RuleLocation> named = new HashMap<>();
    for (AttributeResult r : results.values()) {
      locate(r.decidedBy(), named);
      r.claims().forEach(c -> locate(c.rule(), named));
    }
    return named;
  }

  private void locate(String rule, Map<String, RuleLocation> named) {
    if (rule != null) {
      locations.of(rule).ifPresent(l -> named.put(rule, l));
    }
  }

  private ClaimOutcome outcome(ClaimFact c, Decision d) {
    String id = c.getId();
    if (excluded.containsKey(id)) {
      return new ClaimOutcome(
          c.getClaim(), c.getRank(), Outcome.EXCLUDED, excluded.get(id).rule(), null);
    }
    if (inconsistent.containsKey(id)) {
      return new ClaimOutcome(
          c.getClaim(), c.getRank(), Outcome.INCONSISTENT, inconsistent.get(id).rule(), null);
    }
    if (!d.isDerived() && superseded.containsKey(id)) {
      // Several claims may supersede one: name the earliest policy's rule, then the published
      // claim if it is among the winners, then the first winner by id, so the record is stable.
      Superseded first = null;
      for (Superseded s : superseded.get(id)) {
        if (first == null || before(s, first, d.getBestClaimId())) {
          first = s;
        }
      }
      return new ClaimOutcome(
          c.getClaim(), c.getRank(), Outcome.SUPERSEDED, first.rule(), first.winner());
    }
    boolean supports = d.isDerived() || supporting.contains(id);
    return new ClaimOutcome(
        c.getClaim(),
        c.getRank(),
        supports ? Outcome.SUPPORTS : Outcome.DISPUTES,
        d.getRule(),
        null);
  }

  private boolean before(Superseded a, Superseded b, String best) {
    int ra = fired.indexOf(a.rule());
    int rb = fired.indexOf(b.rule());
    if (ra != rb) {
      return ra < rb;
    }
    if (a.winner().equals(best) != b.winner().equals(best)) {
      return a.winner().equals(best);
    }
    return a.winner().compareTo(b.winner()) < 0;
  }
}
