/**
 * The facts the rules reason over: claims in the session ({@link ClaimFact}), the editors' data
 * (ranks, thresholds, aliases, places) and the classifications and decisions the rules derive.
 * Facts carry data and small helpers (range comparison, matching a phrase), never policy.
 *
 * <p>Facts that are inserted and never modified are records; DRL patterns read their components by
 * name ({@code Threshold( $attr : attribute, $min : minRank )}). Classes remain where a rule
 * modifies the fact ({@link ClaimFact}), for {@link Decision}, and for the editors' word lists
 * ({@link City}, {@link GroupAlias}, {@link FacilitySynonym}), which keep a compiled phrase beside
 * their data.
 */
package dev.reconciler.reconcile.facts;
