package dev.reconciler.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reconciler.claim.Claim;
import dev.reconciler.json.ClaimJson;
import dev.reconciler.json.Json;
import dev.reconciler.json.JsonFormatException;
import dev.reconciler.reconcile.Incident;
import dev.reconciler.report.Report;
import dev.reconciler.report.ReportReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the files given to {@code reconcile} as one incident: claims JSON in the {@code extract
 * --json} form ({@code {"reports":[{"id","publishedOn",...}],"claims":[...]}}, or a bare array of
 * claims), and report texts, which go through the extractor. A directory stands for its files.
 */
final class IncidentFiles {

  private final List<Claim> claims = new ArrayList<>();
  private final Map<String, LocalDate> dates = new HashMap<>();

  static Incident read(List<Path> inputs) {
    IncidentFiles files = new IncidentFiles();
    for (Path p : inputs) {
      files.add(p);
    }
    if (files.claims.isEmpty()) {
      throw new OneLineErrors.UsageProblem("no claims found in " + inputs);
    }
    return new Incident(files.claims, files.dates);
  }

  private void add(Path p) {
    if (Files.isDirectory(p)) {
      InputFiles.expand(List.of(p)).forEach(this::add);
    } else if (!Files.isRegularFile(p)) {
      throw new OneLineErrors.UsageProblem(p + ": no such file or directory");
    } else if (p.toString().endsWith(".json")) {
      addClaimsJson(p);
    } else {
      claims.addAll(extract(p));
    }
  }

  private void addClaimsJson(Path p) {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(Files.readString(p));
    } catch (IOException e) {
      throw new JsonFormatException(p + ": not valid JSON: " + e.getMessage());
    }
    JsonNode list = root.isArray() ? root : root.path("claims");
    int i = 0;
    for (JsonNode r : root.path("reports")) {
      String id = r.path("id").asText(null);
      String d = r.path("publishedOn").asText(null);
      if (id == null) {
        throw new JsonFormatException(p + ": reports[" + i + "]: missing id");
      }
      try {
        dates.put(id, d == null || d.isBlank() ? null : LocalDate.parse(d));
      } catch (DateTimeParseException e) {
        throw new JsonFormatException(p + ": reports[" + i + "].publishedOn: not a date: " + d);
      }
      i++;
    }
    i = 0;
    for (JsonNode c : list) {
      try {
        claims.add(ClaimJson.fromJson(c, "claims[" + i + "]"));
      } catch (JsonFormatException e) {
        throw new JsonFormatException(p + ": " + e.getMessage());
      }
      i++;
    }
  }

  /** A report text through the extractor; its date is kept for the recency rule. */
  private List<Claim> extract(Path p) {
    Report report = ReportReader.read(p);
    dates.put(report.id(), report.publishedOnDay());
    return Extractors.shared().extract(report);
  }
}
