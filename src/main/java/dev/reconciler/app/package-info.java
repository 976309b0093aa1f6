/**
 * The application layer: one class per use case, each a CDI bean whose transaction is declared
 * once, on the class ({@code @Transactional}). Reports and client claims in ({@code reports}), one
 * place that reconciles an incident and records the result ({@code reconciling}), the rule set in
 * force, its activation and the re-reconciliation after it ({@code rules}), and the extractor
 * loaded in the background ({@code extractor}). Reads live apart, in {@code dev.reconciler.read}.
 * The classes also take their collaborators through a constructor, so that tests run them on a real
 * PostgreSQL without a server.
 */
package dev.reconciler.app;
