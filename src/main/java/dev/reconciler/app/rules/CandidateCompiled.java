package dev.reconciler.app.rules;

import dev.reconciler.reconcile.RuleSet;

/**
 * A CDI event: {@code ruleSet} compiled on this instance and is about to be activated. Observers
 * return once the other instances of a cluster compiled it too (or gave up waiting), so that the
 * switch that follows the commit does not wait on a compiler anywhere.
 */
public record CandidateCompiled(RuleSet ruleSet) {}
