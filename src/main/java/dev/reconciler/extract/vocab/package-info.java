/** The extractor's vocabulary: the phrase lists under /extract/ on the class path. */
package dev.reconciler.extract.vocab;
