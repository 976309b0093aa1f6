package dev.reconciler.reconcile.facts;

import dev.reconciler.claim.Attribute;

/** The editors' minimum rank before an attribute may be published as settled. */
public record Threshold(Attribute attribute, int minRank) {}
