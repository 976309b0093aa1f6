/**
 * What editors' rules may reach: every type a rule file imports, names or calls is checked against
 * an allow-list (the project's facts and values, {@code java.util}, {@code java.time}, the value
 * types of {@code java.lang}) before the rule set is compiled, so that a rule cannot exit the JVM,
 * touch files or the network, start threads or use reflection (ADR 6).
 */
package dev.reconciler.reconcile.confine;
