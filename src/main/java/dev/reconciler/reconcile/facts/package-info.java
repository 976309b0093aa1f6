/**
 * The facts the rules reason over: claims in the session ({@link ClaimFact}), the editors' data
 * (ranks, thresholds, aliases, places) and the classifications and decisions the rules derive.
 * Facts carry data and small helpers (range comparison, matching a phrase), never policy.
 */
package dev.reconciler.reconcile.facts;
