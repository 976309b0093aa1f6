/**
 * The audit trail's domain: what happened, when, by whom, and the hash chain that makes any later
 * change to a recorded event detectable. Plain Java.
 */
package dev.reconciler.audit;
