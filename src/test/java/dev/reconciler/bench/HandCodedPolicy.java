package dev.reconciler.bench;

import dev.reconciler.claim.Attribute;
import dev.reconciler.claim.Claim;
import dev.reconciler.claim.Phase;
import dev.reconciler.claim.Role;
import dev.reconciler.claim.Scope;
import dev.reconciler.reconcile.EditorsData;
import dev.reconciler.reconcile.Incident;
import dev.reconciler.reconcile.Outcome;
import dev.reconciler.reconcile.Status;
import dev.reconciler.reconcile.facts.City;
import dev.reconciler.reconcile.facts.ClaimFact;
import dev.reconciler.reconcile.facts.Decision;
import dev.reconciler.reconcile.facts.FacilitySynonym;
import dev.reconciler.reconcile.facts.GroupAlias;
import dev.reconciler.reconcile.facts.RankEntry;
import dev.reconciler.reconcile.facts.Threshold;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * BENCHMARK ONLY, never used by the product: the default editorial policy (rules/policy/*.drl)
 * written as plain Java, to measure what the rule engine costs against the cheapest faithful
 * implementation. It reuses the value comparisons the rules call ({@link ClaimFact}'s helpers, the
 * {@link Decision} factories) and copies the tie-breaks the rule files define as functions, so that
 * the two differ only in how the policy is evaluated.
 *
 * <p>Supersession follows how Drools evaluates the policies: each policy runs to its own fixpoint
 * (a claim already superseded supersedes nothing, so winners are settled strongest first), and a
 * later policy never revisits an earlier one's conclusions. Drools evaluates a rule's conditions
 * only while its agenda group has the focus, so a rank supersession stays even when recency later
 * supersedes its winner.
 */
public final class HandCodedPolicy {

  /** What the policy decides for one attribute, and each claim's outcome (by claim index). */
  public record Result(
      Map<Attribute, Decision> decisions, Map<Attribute, Integer> sources, Outcome[] outcomes) {}

  private final EditorsData data;
  private final Map<Attribute, Integer> thresholds = new EnumMap<>(Attribute.class);

  public HandCodedPolicy(EditorsData data) {
    this.data = data;
    for (Threshold t : data.thresholds()) {
      thresholds.put(t.attribute(), t.minRank());
    }
  }

  public Result reconcile(Incident incident) {
    List<Claim> input = incident.claims();
    int n = input.size();
    ClaimFact[] c = new ClaimFact[n];
    for (int i = 0; i < n; i++) {
      c[i] = new ClaimFact(input.get(i), incident.dateOf(input.get(i).reportId()));
    }
    prepare(c);

    // Agreement (symmetric for every value kind), within one attribute.
    boolean[][] agree = new boolean[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (c[i].getAttribute() == c[j].getAttribute() && c[j].agreesWith(c[i])) {
          agree[i][j] = agree[j][i] = true;
        }
      }
    }
    boolean[] excluded = new boolean[n];
    for (int i = 0; i < n; i++) {
      excluded[i] = c[i].getScope() == Scope.OTHER;
    }

    // Headline: a headline claim is set aside when the body of its report gives the attribute.
    boolean[] byHeadline = new boolean[n];
    for (int h = 0; h < n; h++) {
      for (int b = 0; b < n; b++) {
        if (c[h].isHeadline()
            && !excluded[h]
            && !c[b].isHeadline()
            && !excluded[b]
            && c[b].getAttribute() == c[h].getAttribute()
            && c[b].getReportId().equals(c[h].getReportId())) {
          byHeadline[h] = true;
        }
      }
    }
    for (int i = 0; i < n; i++) {
      excluded[i] |= byHeadline[i];
    }

    // Later reports first (used by revision and recency).
    Integer[] laterFirst =
        order(n, (a, b) -> c[b].isLaterThan(c[a]) ? 1 : c[a].isLaterThan(c[b]) ? -1 : 0);

    // Revision, later report first: an unsuperseded revision supersedes disagreeing claims of
    // earlier reports and of its own report (other revisions of its report aside). Only a later
    // report's revision supersedes a revision, so its winners are settled before it.
    boolean[] byRevision = new boolean[n];
    for (int w : laterFirst) {
      if (!c[w].isRevision() || excluded[w] || byRevision[w]) {
        continue;
      }
      for (int l = 0; l < n; l++) {
        boolean ownReport = c[l].getReportId().equals(c[w].getReportId()) && !c[l].isRevision();
        if (!excluded[l]
            && c[l].getAttribute() == c[w].getAttribute()
            && (c[w].isLaterThan(c[l]) || ownReport)
            && !agree[w][l]) {
          byRevision[l] = true;
        }
      }
    }

    // Responsibility: groups' own claims naming different groups never supersede each other.
    boolean[][] competing = new boolean[n][n];
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < n; b++) {
        competing[a][b] =
            claimOfResponsibility(c[a])
                && claimOfResponsibility(c[b])
                && !excluded[a]
                && !excluded[b]
                && !agree[a][b];
      }
    }

    // Phase: a concluded claim supersedes a disagreeing ongoing one of equal or lower rank.
    boolean[] byPhase = new boolean[n];
    for (int w = 0; w < n; w++) {
      if (excluded[w] || byRevision[w] || c[w].getPhase() != Phase.CONCLUDED) {
        continue;
      }
      for (int l = 0; l < n; l++) {
        if (!excluded[l]
            && c[l].getAttribute() == c[w].getAttribute()
            && c[l].getPhase() == Phase.ONGOING
            && c[l].getRank() <= c[w].getRank()
            && !agree[w][l]
            && !competing[l][w]) {
          byPhase[l] = true;
        }
      }
    }

    // Rank, strongest first: an unsuperseded claim supersedes disagreeing lower-ranked ones.
    Integer[] byRankDesc = order(n, Comparator.comparingInt((Integer i) -> -c[i].getRank()));
    boolean[] byRank = new boolean[n];
    for (int w : byRankDesc) {
      if (excluded[w] || byRevision[w] || byPhase[w] || byRank[w]) {
        continue;
      }
      for (int l = 0; l < n; l++) {
        if (!excluded[l]
            && c[l].getAttribute() == c[w].getAttribute()
            && c[l].getRank() < c[w].getRank()
            && !agree[w][l]) {
          byRank[l] = true;
        }
      }
    }

    // Recency, later report first: an unsuperseded claim supersedes a disagreeing earlier one of
    // equal rank and phase. Its winners are all later, so they are settled before it.
    boolean[] byRecency = new boolean[n];
    for (int w : laterFirst) {
      if (excluded[w] || byRevision[w] || byPhase[w] || byRank[w] || byRecency[w]) {
        continue;
      }
      for (int l = 0; l < n; l++) {
        if (!excluded[l]
            && c[l].getAttribute() == c[w].getAttribute()
            && c[l].getRank() == c[w].getRank()
            && c[l].getPhase() == c[w].getPhase()
            && c[w].isLaterThan(c[l])
            && !agree[w][l]
            && !competing[l][w]) {
          byRecency[l] = true;
        }
      }
    }
    boolean[] superseded = new boolean[n];
    boolean[] standing = new boolean[n];
    for (int i = 0; i < n; i++) {
      superseded[i] = byRevision[i] || byPhase[i] || byRank[i] || byRecency[i];
      standing[i] = !excluded[i] && !superseded[i];
    }

    // Specificity: the less specific of two agreeing standing claims gives way; the strongest of
    // the rest leads.
    boolean[] lessSpecific = new boolean[n];
    for (int m = 0; m < n; m++) {
      for (int v = 0; v < n; v++) {
        if (m != v
            && standing[m]
            && standing[v]
            && c[m].getAttribute() == c[v].getAttribute()
            && agree[m][v]
            && isMoreSpecificThan(c[m], c[v])) {
          lessSpecific[v] = true;
        }
      }
    }
    Map<Attribute, Decision> decisions = new EnumMap<>(Attribute.class);
    for (Attribute a : Attribute.values()) {
      List<ClaimFact> standingOf = new ArrayList<>();
      ClaimFact leading = null;
      ClaimFact mostRecent = null;
      boolean disagree = false;
      boolean atThreshold = false;
      int min = thresholds.getOrDefault(a, Integer.MAX_VALUE);
      for (int i = 0; i < n; i++) {
        if (!standing[i] || c[i].getAttribute() != a) {
          continue;
        }
        for (ClaimFact o : standingOf) {
          disagree |= !o.agreesWith(c[i]) || !c[i].agreesWith(o);
        }
        standingOf.add(c[i]);
        atThreshold |= c[i].getRank() >= min;
        if (!lessSpecific[i] && (leading == null || isStrongerThan(c[i], leading))) {
          leading = c[i];
        }
        // The best of a dispute is the most recent of the claims that disagree with another, a
        // group named before a denial.
        boolean disputing = false;
        for (int j = 0; j < n; j++) {
          disputing |= standing[j] && c[j].getAttribute() == a && !c[j].agreesWith(c[i]);
        }
        if (disputing
            && !lessSpecific[i]
            && (mostRecent == null || isPreferredInDispute(c[i], mostRecent))) {
          mostRecent = c[i];
        }
      }
      Decision d;
      if (disagree) {
        d =
            Decision.disputed(
                a,
                mostRecent,
                standingOf,
                "A disputed attribute is published with its most recent claim as best");
      } else if (standingOf.isEmpty()) {
        d = Decision.unknown(a, "An attribute without a claim about this incident is unknown");
      } else if (atThreshold) {
        d =
            Decision.settled(
                a,
                leading,
                standingOf,
                "Agreeing claims with a source at the threshold are settled");
      } else {
        d =
            Decision.unverified(
                a, leading, standingOf, "Agreeing claims all below the threshold are unverified");
      }
      decisions.put(a, d);
    }

    // Derivation: the total of two settled parts replaces the reported total.
    Decision v = decisions.get(Attribute.VICTIMS_KILLED);
    Decision k = decisions.get(Attribute.ATTACKERS_KILLED);
    boolean derived = v.getStatus() == Status.SETTLED && k.getStatus() == Status.SETTLED;
    boolean[] inconsistent = new boolean[n];
    if (derived) {
      Decision total =
          Decision.sum(
              Attribute.DEATHS_TOTAL, v, k, "Deaths total is victims killed plus attackers killed");
      decisions.put(Attribute.DEATHS_TOTAL, total);
      for (int i = 0; i < n; i++) {
        if (c[i].getAttribute() == Attribute.DEATHS_TOTAL
            && !excluded[i]
            && !total.agreesWith(c[i])) {
          inconsistent[i] = true;
        }
      }
    }

    // Syndication: the deciding claim and the standing claims agreeing with it, one source each
    // per speaker, per group statement, or per report and role.
    boolean[] supporting = new boolean[n];
    Map<Attribute, Set<String>> sourceKeys = new EnumMap<>(Attribute.class);
    for (int i = 0; i < n; i++) {
      Decision d = decisions.get(c[i].getAttribute());
      String best = d.getBestClaimId();
      if (best == null) {
        continue;
      }
      boolean isBest = c[i].getId().equals(best);
      boolean agreesWithBest = false;
      if (!isBest && standing[i]) {
        for (int b = 0; b < n; b++) {
          if (c[b].getId().equals(best)) {
            agreesWithBest = agree[b][i];
          }
        }
      }
      if (isBest || agreesWithBest) {
        supporting[i] = true;
        sourceKeys.computeIfAbsent(c[i].getAttribute(), x -> new HashSet<>()).add(sourceKey(c[i]));
      }
    }
    Map<Attribute, Integer> sources = new EnumMap<>(Attribute.class);
    sourceKeys.forEach((a, keys) -> sources.put(a, keys.size()));

    Outcome[] outcomes = new Outcome[n];
    for (int i = 0; i < n; i++) {
      Decision d = decisions.get(c[i].getAttribute());
      outcomes[i] =
          excluded[i]
              ? Outcome.EXCLUDED
              : inconsistent[i]
                  ? Outcome.INCONSISTENT
                  : !d.isDerived() && superseded[i]
                      ? Outcome.SUPERSEDED
                      : d.isDerived() || supporting[i] ? Outcome.SUPPORTS : Outcome.DISPUTES;
    }
    return new Result(decisions, sources, outcomes);
  }

  /** A group's own claim naming a group (not a denial, not "unclaimed"). */
  private static boolean claimOfResponsibility(ClaimFact c) {
    return c.getAttribute() == Attribute.PERPETRATOR
        && c.getRole() == Role.CLAIMANT
        && !c.isDenial()
        && !c.isUnclaimed();
  }

  private static String sourceKey(ClaimFact c) {
    if (c.getSpeaker() != null) {
      return "speaker: " + c.getSpeaker().toLowerCase();
    }
    if (c.getRole() == Role.CLAIMANT) {
      return "statement: " + c.getValue().display();
    }
    return "report: " + c.getReportId() + "/" + c.getRole();
  }

  private static Integer[] order(int n, Comparator<Integer> comparator) {
    Integer[] idx = new Integer[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    java.util.Arrays.sort(idx, comparator);
    return idx;
  }

  /**
   * The "prepare" policies: ranks, canonical group names, places reduced, start times completed.
   */
  private void prepare(ClaimFact[] claims) {
    // A speaker named without a title is the official another claim names with one.
    for (ClaimFact c : claims) {
      for (ClaimFact o : claims) {
        if (c.getRole() == Role.REPORTER
            && c.getSpeaker() != null
            && !c.isRoleFromElsewhere()
            && o.getRole() == Role.OFFICIAL
            && !o.isRoleFromElsewhere()
            && o.isSamePersonAs(c)) {
          c.setSpeakersRole(Role.OFFICIAL);
        }
      }
    }
    for (ClaimFact c : claims) {
      c.setRank(rankOf(c));
      if (c.getAttribute() == Attribute.PERPETRATOR) {
        for (GroupAlias g : data.groupNamedIn(c.getText())) {
          c.setValue(c.withName(g.getCanonical()));
          c.setCanonical(true);
        }
        for (List<String> networks : data.networksOf(c.getGroup())) {
          if (c.isCanonical()) {
            c.setNetworks(networks);
          }
        }
      } else if (c.getAttribute() == Attribute.LOCATION) {
        for (City city : data.cityNamedIn(c.getText())) {
          c.setCity(city.getName());
        }
        for (FacilitySynonym f : data.facilityNamedIn(c.getText())) {
          c.setFacility(f.getFacility());
          c.setFacilityInside(f.isInside());
        }
      } else if (c.getAttribute() == Attribute.START_TIME
          && c.isWeekdayWithoutDate()
          && c.getReportDate() != null) {
        c.setValue(c.datedFromReport());
      }
    }
    // A weekday in an undated report: the last such day on or before the earliest dated report.
    java.time.LocalDate earliest = null;
    for (ClaimFact c : claims) {
      if (c.getReportDate() != null && (earliest == null || c.getReportDate().isBefore(earliest))) {
        earliest = c.getReportDate();
      }
    }
    for (ClaimFact c : claims) {
      if (earliest != null
          && c.getAttribute() == Attribute.START_TIME
          && c.isWeekdayWithoutDate()
          && c.getReportDate() == null) {
        c.setValue(c.datedOnOrBefore(earliest));
      }
    }
    // A start time without a date takes the one date the dated start times give, when it agrees.
    java.time.LocalDate day = null;
    boolean oneDay = true;
    for (ClaimFact c : claims) {
      if (c.getAttribute() == Attribute.START_TIME
          && c.getScope() == Scope.THIS
          && c.getDay() != null) {
        oneDay &= day == null || day.equals(c.getDay());
        day = c.getDay();
      }
    }
    for (ClaimFact c : claims) {
      if (day != null
          && oneDay
          && c.getAttribute() == Attribute.START_TIME
          && c.getScope() == Scope.THIS
          && c.isDateMissing()) {
        for (ClaimFact o : claims) {
          if (o.getAttribute() == Attribute.START_TIME
              && o.getScope() == Scope.THIS
              && day.equals(o.getDay())
              && o.agreesWith(c)) {
            c.setValue(c.datedOn(day));
            break;
          }
        }
      }
    }
    // A statement's weekday: on or before its report's date; in an undated report, on or after
    // the one day the start times give (dating them above added no other day).
    for (ClaimFact c : claims) {
      if (c.isStatementWeekdayWithoutDate() && c.getReportDate() != null) {
        c.setStatedOnOrBefore(c.getReportDate());
      } else if (c.isStatementWeekdayWithoutDate() && day != null && oneDay) {
        c.setStatedOnOrAfter(day);
      } else if (c.isStatementDayAfterAttackWithoutDate()
          && c.getReportDate() == null
          && day != null
          && oneDay) {
        c.setStatedAfterAttackOn(day); // "confirmed this morning", of an attack "last night"
      }
    }
    // The places of this incident: with a city of the editors', the offset those cities share;
    // without one, the offset of the time zones they name, at the start's date.
    java.util.List<ClaimFact> places = new java.util.ArrayList<>();
    java.util.List<ClaimFact> cities = new java.util.ArrayList<>();
    for (ClaimFact c : claims) {
      if (c.getAttribute() == Attribute.LOCATION && c.getScope() == Scope.THIS) {
        places.add(c);
        if (c.getCity() != null) {
          cities.add(c);
        }
      }
    }
    for (ClaimFact c : claims) {
      if (!places.isEmpty()
          && c.getAttribute() == Attribute.START_TIME
          && c.getScope() == Scope.THIS
          && c.isOffsetMissing()) {
        java.util.List<java.time.ZoneOffset> offsets =
            cities.isEmpty()
                ? data.offsetOfPlaces(places, c.getValue())
                : data.offsetOfCities(cities);
        for (java.time.ZoneOffset o : offsets) {
          c.setValue(c.withOffset(o));
        }
      }
    }
  }

  // The tie-breaks of specificity.drl and dispute.drl (its functions and rules), in Java.

  private static boolean isMoreSpecificThan(ClaimFact m, ClaimFact v) {
    if (m.getAttribute() == Attribute.LOCATION) {
      return placeDetail(m) > placeDetail(v);
    }
    return m.getValue().isMoreSpecificThan(v.getValue()) || m.namesBranchOf(v);
  }

  private static int placeDetail(ClaimFact place) {
    return (place.namesVenue() ? 2 : 0)
        + (place.getFacility() != null ? 1 : 0)
        + (place.isFacilityInside() ? 1 : 0)
        + (place.getCity() != null ? 1 : 0);
  }

  private static boolean isStrongerThan(ClaimFact a, ClaimFact b) {
    if (a.getRank() != b.getRank()) {
      return a.getRank() > b.getRank();
    }
    if (a.isLaterThan(b) || b.isLaterThan(a)) {
      return a.isLaterThan(b);
    }
    return a.getId().compareTo(b.getId()) > 0;
  }

  private static boolean isPreferredInDispute(ClaimFact a, ClaimFact b) {
    if (a.isDenial() != b.isDenial()) {
      return !a.isDenial();
    }
    return isMoreRecentThan(a, b);
  }

  private static boolean isMoreRecentThan(ClaimFact a, ClaimFact b) {
    if (a.isLaterThan(b) || b.isLaterThan(a)) {
      return a.isLaterThan(b);
    }
    if (a.getRank() != b.getRank()) {
      return a.getRank() > b.getRank();
    }
    return a.getId().compareTo(b.getId()) > 0;
  }

  private int rankOf(ClaimFact c) {
    int fallback = -1;
    for (RankEntry r : data.ranks()) {
      if (r.role() == c.getRole()) {
        if (r.attribute() == c.getAttribute()) {
          return r.rank();
        }
        if (r.attribute() == null) {
          fallback = r.rank();
        }
      }
    }
    return fallback;
  }
}
