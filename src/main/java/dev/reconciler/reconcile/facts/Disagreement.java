package dev.reconciler.reconcile.facts;

import dev.reconciler.claim.Attribute;

/** An attribute whose standing claims still disagree: a dispute. */
public record Disagreement(Attribute attribute) {}
