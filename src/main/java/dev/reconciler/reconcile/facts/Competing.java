package dev.reconciler.reconcile.facts;

/**
 * A group's own claim of responsibility and another group's claim naming a different group: they
 * are kept side by side, so neither supersedes the other. Inserted for both orders of the pair.
 */
public record Competing(String claimId, String rivalId) {}
