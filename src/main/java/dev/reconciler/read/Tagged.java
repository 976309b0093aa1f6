package dev.reconciler.read;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A document with the entity tag's value (without quotes) of exactly what it holds, derived from
 * the rows it was written from.
 */
public record Tagged(ObjectNode document, String tag) {}
