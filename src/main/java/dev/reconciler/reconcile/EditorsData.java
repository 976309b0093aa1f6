package dev.reconciler.reconcile;

import dev.reconciler.reconcile.facts.City;
import dev.reconciler.reconcile.facts.FacilitySynonym;
import dev.reconciler.reconcile.facts.GroupAlias;
import dev.reconciler.reconcile.facts.RankEntry;
import dev.reconciler.reconcile.facts.Threshold;
import java.util.ArrayList;
import java.util.List;

/**
 * The editors' tables under {@code rules/data/} as facts: ranks by role and attribute, publication
 * thresholds, aliases of armed groups, cities and facility wordings. Immutable, so one instance
 * serves every session of a rule set.
 */
public record EditorsData(
    List<RankEntry> ranks,
    List<Threshold> thresholds,
    List<GroupAlias> groups,
    List<City> cities,
    List<FacilitySynonym> facilities) {

  public EditorsData {
    ranks = List.copyOf(ranks);
    thresholds = List.copyOf(thresholds);
    groups = List.copyOf(groups);
    cities = List.copyOf(cities);
    facilities = List.copyOf(facilities);
  }

  /** Every row as a fact for the session. */
  public List<Object> facts() {
    List<Object> all = new ArrayList<>();
    all.addAll(ranks);
    all.addAll(thresholds);
    all.addAll(groups);
    all.addAll(cities);
    all.addAll(facilities);
    return all;
  }
}
