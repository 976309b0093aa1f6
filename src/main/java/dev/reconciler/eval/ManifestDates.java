package dev.reconciler.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reconciler.json.Json;
import dev.reconciler.json.JsonFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * The publication days an incident folder's {@code manifest.json} gives its report files: what a
 * client knows of a page beside its text and sends with it ({@code publishedOn} in the API). Only
 * whole days; a month or a year alone is left to the text.
 */
final class ManifestDates {

  static final String MANIFEST = "manifest.json";

  private ManifestDates() {}

  /** File name to day; empty when the folder has no manifest. */
  static Map<String, LocalDate> of(Path folder) {
    Path file = folder.resolve(MANIFEST);
    Map<String, LocalDate> days = new HashMap<>();
    if (!Files.exists(file)) {
      return days;
    }
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(Files.readString(file));
    } catch (IOException e) {
      throw new JsonFormatException(file + ": not readable JSON: " + e.getMessage());
    }
    int i = 0;
    for (JsonNode r : root.path("reports")) {
      String where = file + ": reports[" + i++ + "]";
      String published = r.path("published").asText(null);
      if (published == null || !published.matches("\\d{4}-\\d{2}-\\d{2}")) {
        continue;
      }
      if (!r.hasNonNull("file")) {
        throw new JsonFormatException(where + ": 'published' without 'file'");
      }
      try {
        days.put(r.get("file").asText(), LocalDate.parse(published));
      } catch (DateTimeParseException e) {
        throw new JsonFormatException(where + ".published: '" + published + "' is not a date");
      }
    }
    return days;
  }
}
