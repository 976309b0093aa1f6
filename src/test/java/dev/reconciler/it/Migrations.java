package dev.reconciler.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads the newest migration version from the files in db/migration, independently of Flyway. */
final class Migrations {

  private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.+\\.sql");

  private Migrations() {}

  static String latestVersionOnDisk() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("db", "migration"))) {
      return files
          .map(p -> VERSIONED.matcher(p.getFileName().toString()))
          .filter(Matcher::matches)
          .mapToInt(m -> Integer.parseInt(m.group(1)))
          .max()
          .stream()
          .mapToObj(Integer::toString)
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no migrations in db/migration"));
    }
  }
}
