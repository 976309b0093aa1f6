package dev.reconciler.reconcile.facts;

import dev.reconciler.claim.Attribute;

/**
 * One independent source behind an attribute's published value (a speaker, or an unnamed voice in
 * one report).
 */
public record Source(Attribute attribute, String key) {}
