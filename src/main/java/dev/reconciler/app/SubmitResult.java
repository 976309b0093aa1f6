package dev.reconciler.app;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The answer to a submission: whether the report was new ({@code created}; false for a duplicate,
 * which added nothing), its id, its incident and the JSON body for the client.
 */
public record SubmitResult(boolean created, String reportId, long incidentId, JsonNode body) {}
