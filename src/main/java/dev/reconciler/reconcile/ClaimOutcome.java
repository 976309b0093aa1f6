package dev.reconciler.reconcile;

import dev.reconciler.claim.Claim;

/**
 * One claim's fate in a resolution.
 *
 * @param claim the claim as given
 * @param rank the rank the editors' table gave its speaker for this attribute
 * @param outcome supports, disputes, superseded, excluded or inconsistent
 * @param rule the rule responsible
 * @param by the claim that superseded it, or null
 */
public record ClaimOutcome(Claim claim, int rank, Outcome outcome, String rule, String by) {}
