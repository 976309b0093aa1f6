package dev.reconciler.app.rules;

import dev.reconciler.app.reconciling.ActiveRuleSet;

/**
 * A CDI event: {@code active} was activated on this instance, committed and is in force here; the
 * other instances of a cluster are told to read it from the database.
 */
public record VersionActivated(ActiveRuleSet active) {}
