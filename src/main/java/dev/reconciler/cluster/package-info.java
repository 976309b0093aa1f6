/**
 * Several instances as one service, through Payara Micro's data grid (Hazelcast; ADR 9): which
 * instances are there, and telling the others that a rule-set version was activated, so that it is
 * in force everywhere within a second or two. PostgreSQL stays the one source of truth: a message
 * only says "look", every instance reads the active version from the database.
 */
package dev.reconciler.cluster;
