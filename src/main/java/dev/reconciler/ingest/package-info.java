/**
 * The application's use cases in plain Java over an EntityManager: ingesting reports, assigning
 * them to incidents, reconciling, client claims, rule-set activation and re-reconciliation,
 * replay, and the read models of incidents. No CDI or EJB here, so every use case runs on a real
 * PostgreSQL in tests without a server; {@code dev.reconciler.app} wires them into Payara.
 */
package dev.reconciler.ingest;
