package dev.reconciler.reconcile;

import dev.reconciler.claim.ClaimValue;
import dev.reconciler.claim.StartTime;
import dev.reconciler.claim.TextValue;
import dev.reconciler.reconcile.facts.City;
import dev.reconciler.reconcile.facts.ClaimFact;
import dev.reconciler.reconcile.facts.FacilitySynonym;
import dev.reconciler.reconcile.facts.GroupAlias;
import dev.reconciler.reconcile.facts.RankEntry;
import dev.reconciler.reconcile.facts.Threshold;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * The editors' tables under {@code rules/data/}: ranks by role and attribute, publication
 * thresholds, aliases of armed groups, cities and facility wordings. Immutable, so one instance
 * serves every session of a rule set.
 *
 * <p>Ranks and thresholds are a few rows each and enter every session as facts. The word lists
 * (groups, cities, facilities: hundreds of rows) are looked up by the rules through the session's
 * global {@code editors} instead: inserting them into every session cost more than the rest of a
 * 30-claim reconciliation (BENCHMARKS.md).
 */
public final class EditorsData {

  /** The name of the global through which the rules reach these tables. */
  public static final String GLOBAL = "editors";

  private final List<RankEntry> ranks;
  private final List<Threshold> thresholds;
  private final List<GroupAlias> groups;
  private final List<City> cities;
  private final List<FacilitySynonym> facilities;
  private final java.util.Map<String, String> networks;
  // The same rows longest first (table order among equals): the first match is the longest.
  private final List<GroupAlias> groupsLongestFirst;
  private final List<City> citiesLongestFirst;
  private final List<FacilitySynonym> facilitiesLongestFirst;

  public EditorsData(
      List<RankEntry> ranks,
      List<Threshold> thresholds,
      List<GroupAlias> groups,
      List<City> cities,
      List<FacilitySynonym> facilities) {
    this(ranks, thresholds, groups, cities, facilities, java.util.Map.of());
  }

  /** With {@code networks}: a group's canonical name to the canonical name of its network. */
  public EditorsData(
      List<RankEntry> ranks,
      List<Threshold> thresholds,
      List<GroupAlias> groups,
      List<City> cities,
      List<FacilitySynonym> facilities,
      java.util.Map<String, String> networks) {
    this.networks = java.util.Map.copyOf(networks);
    this.ranks = List.copyOf(ranks);
    this.thresholds = List.copyOf(thresholds);
    this.groups = List.copyOf(groups);
    this.cities = List.copyOf(cities);
    this.facilities = List.copyOf(facilities);
    this.groupsLongestFirst = longestFirst(groups, GroupAlias::getAlias);
    this.citiesLongestFirst = longestFirst(cities, City::getName);
    this.facilitiesLongestFirst = longestFirst(facilities, FacilitySynonym::getSynonym);
  }

  public List<RankEntry> ranks() {
    return ranks;
  }

  /**
   * The rank of what a speaker in {@code role} says about {@code attribute}, looked up as rank.drl
   * looks it up: the row for the attribute, else the role's row for every attribute (the reader
   * makes sure every role has one).
   */
  public int rankOf(dev.reconciler.claim.Role role, dev.reconciler.claim.Attribute attribute) {
    return ranks.stream()
        .filter(r -> r.role() == role && r.attribute() == attribute)
        .findFirst()
        .or(() -> ranks.stream().filter(r -> r.role() == role && r.attribute() == null).findFirst())
        .map(RankEntry::rank)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "the editors' rank table has no row for the role " + role.key()));
  }

  public List<Threshold> thresholds() {
    return thresholds;
  }

  /** Group aliases in table order. */
  public List<GroupAlias> groups() {
    return groups;
  }

  /** Cities in table order. */
  public List<City> cities() {
    return cities;
  }

  /** Facility wordings in table order. */
  public List<FacilitySynonym> facilities() {
    return facilities;
  }

  /** The rows every session starts with: ranks and thresholds. */
  public List<Object> facts() {
    List<Object> all = new ArrayList<>(ranks.size() + thresholds.size());
    all.addAll(ranks);
    all.addAll(thresholds);
    return all;
  }

  /**
   * The longest group alias the folded text names, as a list of none or one (for DRL's {@code
   * from}); but a branch named beside its network is the branch ("Tehreek-e-Taliban Pakistan
   * Jamaat-ul-Ahrar" is Jamaat-ul-Ahrar).
   */
  public List<GroupAlias> groupNamedIn(String foldedText) {
    List<GroupAlias> first = longestIn(groupsLongestFirst, foldedText, GroupAlias::foundIn);
    if (first.isEmpty() || networks.isEmpty()) {
      return first;
    }
    for (GroupAlias g : groupsLongestFirst) {
      if (g.foundIn(foldedText)
          && networksOf(g.getCanonical()).stream()
              .anyMatch(n -> n.contains(first.get(0).getCanonical()))) {
        return List.of(g);
      }
    }
    return first;
  }

  /**
   * The networks a group belongs to, nearest first ("Ansar Dine": JNIM, then Al-Qaeda), as one list
   * for DRL's {@code from}; empty when it belongs to none.
   */
  public List<List<String>> networksOf(String canonicalGroup) {
    List<String> chain = new ArrayList<>();
    for (String up = networks.get(canonicalGroup); up != null; up = networks.get(up)) {
      chain.add(up);
    }
    return chain.isEmpty() ? List.of() : List.of(List.copyOf(chain));
  }

  /** The longest city name the folded text names, as a list of none or one. */
  public List<City> cityNamedIn(String foldedText) {
    return longestIn(citiesLongestFirst, foldedText, City::foundIn);
  }

  /** The longest facility wording the folded text names, as a list of none or one. */
  public List<FacilitySynonym> facilityNamedIn(String foldedText) {
    return longestIn(facilitiesLongestFirst, foldedText, FacilitySynonym::foundIn);
  }

  /**
   * The UTC offset at the start time's day of the time zones that the places' wordings name (the tz
   * database's cities and single-zone countries), as a list of none or one: none when the places
   * name no zone, or zones whose offsets differ that day.
   */
  public List<ZoneOffset> offsetOfPlaces(List<?> places, ClaimValue start) {
    Set<ZoneId> zones = new HashSet<>();
    for (Object p : places) {
      if (p instanceof ClaimFact f && f.getValue() instanceof TextValue t) {
        ZoneId z = TimeZones.get().zoneOf(t.text());
        if (z != null) {
          zones.add(z);
        }
      }
    }
    if (zones.isEmpty() || !(start instanceof StartTime t)) {
      return List.of();
    }
    // Zones that keep the same offset that day ("Nairobi" and "Somalia") leave no doubt.
    Set<ZoneOffset> offsets = new HashSet<>();
    for (ZoneId z : zones) {
      offsets.add(TimeZones.offsetOn(z, t.date(), t.time()));
    }
    return offsets.size() == 1 ? List.copyOf(offsets) : List.of();
  }

  /**
   * The offset that every city the places are reduced to has in the editors' list, as a list of
   * none or one: none when a city has no offset or two of them differ ("Garissa" and "Nairobi" both
   * give +03:00).
   */
  public List<ZoneOffset> offsetOfCities(List<?> places) {
    Set<ZoneOffset> offsets = new HashSet<>();
    for (Object p : places) {
      if (p instanceof ClaimFact f && f.getCity() != null) {
        List<City> named = city(f.getCity());
        if (named.isEmpty() || named.get(0).getOffset() == null) {
          return List.of();
        }
        offsets.add(named.get(0).getOffset());
      }
    }
    return offsets.size() == 1 ? List.copyOf(offsets) : List.of();
  }

  /** The cities of exactly that name (normally none or one). */
  public List<City> city(String name) {
    return cities.stream().filter(c -> c.getName().equals(name)).toList();
  }

  private static <T> List<T> longestFirst(List<T> rows, Function<T, String> name) {
    List<T> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.comparingInt((T r) -> name.apply(r).length()).reversed());
    return List.copyOf(sorted);
  }

  private static <T> List<T> longestIn(
      List<T> longestFirst, String text, BiPredicate<T, String> found) {
    if (text == null) {
      return List.of();
    }
    for (T row : longestFirst) {
      if (found.test(row, text)) {
        return List.of(row);
      }
    }
    return List.of();
  }
}
