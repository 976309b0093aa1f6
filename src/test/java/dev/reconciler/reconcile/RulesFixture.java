package dev.reconciler.reconcile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Copies of the default rules/ directory that tests may edit, and its files as texts. */
public final class RulesFixture {

  public static final Path RULES = Path.of("rules");

  private RulesFixture() {}

  public static Path copyTo(Path target) {
    try (Stream<Path> walk = Files.walk(RULES)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path to = target.resolve(RULES.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, String> texts(Path dir) {
    Map<String, String> texts = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        texts.put(
            dir.relativize(p).toString().replace('\\', '/'),
            Files.readString(p, StandardCharsets.UTF_8));
      }
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void replace(Path file, String from, String to) {
    try {
      String s = Files.readString(file);
      if (!s.contains(from)) {
        throw new IllegalArgumentException(file + " does not contain " + from);
      }
      Files.writeString(file, s.replace(from, to));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The version the default manifest declares, read from the file itself. */
  public static String manifestVersion() {
    try {
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("(?m)^version: (\\S+)$")
              .matcher(java.nio.file.Files.readString(RULES.resolve("ruleset.yaml")));
      if (!m.find()) {
        throw new IllegalStateException("rules/ruleset.yaml has no version line");
      }
      return m.group(1);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
