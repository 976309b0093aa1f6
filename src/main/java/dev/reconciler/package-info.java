/**
 * Reconciler: turns conflicting news reports about one incident into one published record.
 *
 * <p>Packages by capability: {@code report} and {@code claim} hold the domain, {@code extract}
 * turns report text into claims, {@code reconcile} decides with editors' Drools rules, {@code
 * store} persists, {@code api} serves over HTTP, {@code cli} is the command line.
 */
package dev.reconciler;
