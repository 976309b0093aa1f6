package dev.reconciler.reconcile.facts;

/** A reported value that disagrees with a derived one, and the rule that found it. */
public record Inconsistent(String claimId, String rule) {}
