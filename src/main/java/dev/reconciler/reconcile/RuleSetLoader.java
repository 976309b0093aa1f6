package dev.reconciler.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads a rule set from a directory on disk or from in-memory texts (path to content, as the store
 * keeps them), checks the manifest and the editors' data, and computes the identity. Compiling the
 * DRL is {@link KieBaseBuilder}'s job.
 */
public final class RuleSetLoader {

  /** The manifest every rule set needs, relative to its root. */
  public static final String MANIFEST = "ruleset.yaml";

  /** Scenarios live here; they test a rule set but are not part of it (nor of its hash). */
  public static final String TESTS = "tests/";

  /**
   * What a rule set is made of: DRL, the editors' CSV tables and the YAML manifest. Anything else
   * (a README, an editor's backup file) is not part of the rule set nor of its hash.
   */
  private static final Pattern RULE_FILE = Pattern.compile(".*\\.(drl|csv|ya?ml)$");

  /** A scenario file under {@link #TESTS}, as the scenario reader reads them. */
  private static final Pattern SCENARIO_FILE = Pattern.compile(".*\\.(ya?ml|json)$");

  private static final Pattern PACKAGE =
      Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?\\s*$");

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private RuleSetLoader() {}

  /** Reads every file under {@code dir} except scenarios and hidden files. */
  public static RuleSet fromDirectory(Path dir) {
    return fromTexts(readDirectory(dir), dir.toString());
  }

  /**
   * The rule files under {@code dir} (relative path to text) without checking them, so that a
   * client can send corrections to merge over a directory that does not load.
   */
  public static SortedMap<String, String> readDirectory(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw RuleSetException.about(dir.toString(), "no such rules directory");
    }
    SortedMap<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        String rel = dir.relativize(p).toString().replace('\\', '/');
        if (rel.startsWith(TESTS)
            || rel.startsWith(".")
            || rel.contains("/.")
            || !RULE_FILE.matcher(rel).matches()) {
          continue;
        }
        files.put(rel, Files.readString(p, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": " + e.getMessage(), e);
    }
    return files;
  }

  /**
   * The scenario files under {@code dir/tests} (YAML or JSON), by path relative to {@code dir}
   * ({@code tests/x.yaml}), as they are stored with a rule-set version; empty without the folder.
   */
  public static SortedMap<String, String> readScenarios(Path dir) {
    SortedMap<String, String> files = new TreeMap<>();
    Path tests = dir.resolve(TESTS);
    if (!Files.isDirectory(tests)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(tests)) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        String rel = dir.relativize(p).toString().replace('\\', '/');
        if (rel.contains("/.") || !SCENARIO_FILE.matcher(rel).matches()) {
          continue;
        }
        files.put(rel, Files.readString(p, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(tests + ": " + e.getMessage(), e);
    }
    return files;
  }

  /** Builds a rule set from texts; {@code label} prefixes file names in messages. */
  public static RuleSet fromTexts(Map<String, String> texts, String label) {
    SortedMap<String, String> files = new TreeMap<>();
    texts.forEach(
        (path, text) -> {
          if (!path.startsWith(TESTS) && RULE_FILE.matcher(path).matches()) {
            files.put(path, text);
          }
        });
    String shown = label == null ? "" : label;
    String manifestName = shown.isEmpty() ? MANIFEST : shown + "/" + MANIFEST;
    String manifest = files.get(MANIFEST);
    if (manifest == null) {
      throw RuleSetException.about(manifestName, "missing manifest (version, agenda, changelog)");
    }
    JsonNode m;
    try {
      m = YAML.readTree(manifest);
    } catch (IOException e) {
      throw RuleSetException.about(manifestName, "not valid YAML: " + e.getMessage());
    }
    if (m == null || !m.isObject()) {
      throw RuleSetException.about(
          manifestName, "expected a mapping with version, agenda, changelog");
    }
    String version = m.path("version").asText("");
    if (version.isBlank()) {
      throw RuleSetException.about(manifestName, "missing 'version'");
    }
    List<String> agenda = new ArrayList<>();
    m.path("agenda").forEach(g -> agenda.add(g.asText()));
    if (agenda.isEmpty()) {
      throw RuleSetException.about(manifestName, "missing 'agenda', the policies in order");
    }
    boolean logged = false;
    for (JsonNode entry : m.path("changelog")) {
      logged |= version.equals(entry.path("version").asText());
    }
    if (!logged) {
      throw RuleSetException.about(
          manifestName, "the changelog has no entry for version " + version);
    }
    if (files.keySet().stream().noneMatch(p -> p.endsWith(".drl"))) {
      throw RuleSetException.about(shown, "no .drl rule file");
    }
    for (Map.Entry<String, String> f : files.entrySet()) {
      if (f.getKey().endsWith(".drl")) {
        checkPackage(f.getKey(), f.getValue(), shown);
      }
    }
    EditorsData data =
        new EditorsDataReader(files, p -> shown.isEmpty() ? p : shown + "/" + p).read();
    return new RuleSet(version, hash(files), files, agenda, data, shown);
  }

  /**
   * One business topic per file, and the file's folder matches its package (policy/x.drl: package
   * policy).
   */
  private static void checkPackage(String path, String text, String label) {
    String folder =
        path.contains("/") ? path.substring(0, path.lastIndexOf('/')).replace('/', '.') : "";
    Matcher m = PACKAGE.matcher(text);
    String shown = label.isEmpty() ? path : label + "/" + path;
    if (!m.find()) {
      throw RuleSetException.at(shown, 1, 0, "no package line; write 'package " + folder + ";'");
    }
    if (!m.group(1).equals(folder)) {
      int line = (int) text.substring(0, m.start(1)).chars().filter(c -> c == '\n').count() + 1;
      throw RuleSetException.at(
          shown,
          line,
          0,
          "package " + m.group(1) + " does not match the folder; write 'package " + folder + ";'");
    }
  }

  /** SHA-256 over each file's path and text, in path order. */
  static String hash(SortedMap<String, String> files) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      files.forEach(
          (path, text) -> {
            sha.update(path.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(text.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
          });
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
