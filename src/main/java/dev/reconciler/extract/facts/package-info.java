/** Fact finders: one per kind of attribute, each reading values from a sentence. */
package dev.reconciler.extract.facts;
