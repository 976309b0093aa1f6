package dev.reconciler.reconcile.facts;

/**
 * A claim set aside because a stronger disagreeing claim outweighs it, and the rule that said so.
 */
public record Superseded(String loser, String winner, String rule) {}
