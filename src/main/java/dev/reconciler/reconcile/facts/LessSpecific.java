package dev.reconciler.reconcile.facts;

/** A standing claim that an agreeing, more specific claim outdoes as the best value. */
public record LessSpecific(String claimId, String byClaimId) {}
