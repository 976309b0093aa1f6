/**
 * Reconciliation: loads an editors' rule set (DRL per policy, CSV data, a versioned manifest) from
 * disk or from stored texts, compiles it once per content hash, and runs one Drools session per
 * incident to produce a {@link dev.reconciler.reconcile.Resolution}. The result types here carry no
 * Drools types; the fact classes the rules reason over are in {@code facts}.
 */
package dev.reconciler.reconcile;
