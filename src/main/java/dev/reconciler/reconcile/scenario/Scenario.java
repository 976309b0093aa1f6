package dev.reconciler.reconcile.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reconciler.reconcile.Incident;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One scenario file: what it is called, which rule files it covers (by name without {@code .drl}),
 * the incident it gives and what it expects per attribute.
 */
public record Scenario(
    Path file, String name, List<String> covers, Incident incident, Map<String, JsonNode> expect) {}
