package dev.reconciler.eval;

import dev.reconciler.claim.Attribute;

/**
 * One attribute of an incident: what the editor publishes, what the rules published, and whether
 * they are the same.
 */
public record AttributeVerdict(
    Attribute attribute, String gold, String published, boolean matches) {}
