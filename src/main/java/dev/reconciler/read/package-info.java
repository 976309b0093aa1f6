/**
 * The read models: what the API (and the editors' page to come) reads about incidents and rule
 * sets, apart from the write use cases of {@code dev.reconciler.app}. Each class reads in one
 * transaction, and {@link dev.reconciler.read.Documents} writes each document type in one place.
 */
package dev.reconciler.read;
