/**
 * The JSON form of claims and reports, shared by the command line ({@code extract --json}), the
 * rule scenarios and the HTTP API, so that all three read and write the same documents.
 */
package dev.reconciler.json;
