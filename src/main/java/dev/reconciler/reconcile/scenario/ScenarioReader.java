package dev.reconciler.reconcile.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.reconciler.claim.Attribute;
import dev.reconciler.claim.Claim;
import dev.reconciler.json.ClaimJson;
import dev.reconciler.json.JsonFormatException;
import dev.reconciler.reconcile.Incident;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads scenario files (YAML or JSON); a malformed one fails with its file name and the field. */
public final class ScenarioReader {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private ScenarioReader() {}

  /** Every {@code .yaml}, {@code .yml} or {@code .json} file under {@code dir}, in name order. */
  public static List<Scenario> readAll(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      List<Path> paths =
          files.filter(p -> p.toString().matches(".*\\.(ya?ml|json)$")).sorted().toList();
      List<Scenario> out = new ArrayList<>();
      for (Path p : paths) {
        out.add(read(p));
      }
      return out;
    } catch (IOException e) {
      throw new IllegalArgumentException(dir + ": " + e.getMessage(), e);
    }
  }

  public static Scenario read(Path file) {
    JsonNode root;
    try {
      root = YAML.readTree(Files.readString(file));
    } catch (IOException e) {
      throw new JsonFormatException(file + ": not valid YAML: " + e.getMessage());
    }
    try {
      return parse(file, root);
    } catch (JsonFormatException e) {
      throw new JsonFormatException(file + ": " + e.getMessage());
    }
  }

  /**
   * A scenario from its text, as stored with a rule-set version; {@code path} names it ({@code
   * tests/x.yaml}) in messages.
   */
  public static Scenario fromText(String path, String text) {
    JsonNode root;
    try {
      root = YAML.readTree(text);
    } catch (IOException e) {
      throw new JsonFormatException(path + ": not valid YAML: " + e.getMessage());
    }
    try {
      return parse(Path.of(path), root);
    } catch (JsonFormatException e) {
      throw new JsonFormatException(path + ": " + e.getMessage());
    }
  }

  static Scenario parse(Path file, JsonNode root) {
    if (root == null || !root.isObject()) {
      throw new JsonFormatException("expected a mapping with name, covers, claims, expect");
    }
    String name = root.path("name").asText(file.getFileName().toString());
    List<String> covers = new ArrayList<>();
    JsonNode c = root.path("covers");
    if (c.isTextual()) {
      covers.add(c.asText());
    } else {
      c.forEach(n -> covers.add(n.asText()));
    }
    Map<String, LocalDate> dates = new HashMap<>();
    int i = 0;
    for (JsonNode r : root.path("reports")) {
      String id = r.path("id").asText(null);
      if (id == null) {
        throw new JsonFormatException("reports[" + i + "]: missing id");
      }
      String d = r.path("publishedOn").asText(null);
      try {
        dates.put(id, d == null || d.isBlank() ? null : LocalDate.parse(d));
      } catch (DateTimeParseException e) {
        throw new JsonFormatException(
            "reports[" + i + "].publishedOn: not a date (2023-02-17): " + d);
      }
      i++;
    }
    List<Claim> claims = new ArrayList<>();
    i = 0;
    for (JsonNode n : root.path("claims")) {
      claims.add(ClaimJson.fromJson(n, "claims[" + i++ + "]"));
    }
    Map<String, JsonNode> expect = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.path("expect").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      try {
        Attribute.fromKey(e.getKey());
      } catch (IllegalArgumentException ex) {
        throw new JsonFormatException("expect: " + ex.getMessage());
      }
      expect.put(e.getKey(), e.getValue());
    }
    if (expect.isEmpty()) {
      throw new JsonFormatException("expect: nothing expected");
    }
    try {
      return new Scenario(file, name, covers, new Incident(claims, dates), expect);
    } catch (IllegalArgumentException e) {
      throw new JsonFormatException(e.getMessage());
    }
  }
}
