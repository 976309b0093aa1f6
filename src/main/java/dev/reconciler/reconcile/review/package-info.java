/**
 * Reviewing a rule set before it goes live: does it compile, do its scenarios pass, which rules did
 * no scenario ever fire, and what would it change compared with another rule set.
 */
package dev.reconciler.reconcile.review;
