/** Counts in digits, words (ICU4J) and vague quantities, with their hedges and ranges. */
package dev.reconciler.extract.number;
