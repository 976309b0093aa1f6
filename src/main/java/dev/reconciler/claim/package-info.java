/**
 * The domain of claims: who said what about which attribute of an incident, when, and how sure.
 * Plain Java only; no framework code belongs here.
 */
package dev.reconciler.claim;
