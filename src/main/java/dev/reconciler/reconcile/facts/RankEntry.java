package dev.reconciler.reconcile.facts;

import dev.reconciler.claim.Attribute;
import dev.reconciler.claim.Role;

/**
 * One row of the editors' rank table: the rank of a role, for one attribute or (attribute null) for
 * all others.
 */
public record RankEntry(Role role, Attribute attribute, int rank) {}
