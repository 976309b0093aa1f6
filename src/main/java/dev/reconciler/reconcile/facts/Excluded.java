package dev.reconciler.reconcile.facts;

/** A claim that never enters this incident's resolution, the rule that excluded it and why. */
public record Excluded(String claimId, String rule, String reason) {}
