/** Persistence: the PostgreSQL schema (Flyway migrations under db/) and its JPA mappings. */
package dev.reconciler.store;
