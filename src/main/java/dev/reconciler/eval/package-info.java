/**
 * Scoring the extractor and the default rules against hand-written gold: for a folder of real
 * reports about one incident, how many of the editor's claims were found, how many extracted claims
 * are right, which published attributes match the editor's record, and whether any claim about
 * another incident was counted. The corpus format is described in {@code
 * src/test/resources/corpus/README.md}.
 */
package dev.reconciler.eval;
