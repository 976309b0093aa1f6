package dev.reconciler.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a directory tree looks like without reading the files: every regular file's relative path,
 * size and modification time. Hidden files and editors' backup files ({@code ~}, {@code .swp}) are
 * left out, so an open editor does not look like a change.
 */
record DirectoryFingerprint(SortedMap<String, String> files) {

  static DirectoryFingerprint of(Path dir) {
    SortedMap<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return new DirectoryFingerprint(files);
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(Files::isRegularFile)
          .forEach(
              p -> {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (!ignored(rel)) {
                  files.put(rel, stamp(p));
                }
              });
    } catch (IOException | UncheckedIOException e) {
      // A file removed while walking: the next look sees the settled state.
      files.put("(unreadable)", String.valueOf(System.nanoTime()));
    }
    return new DirectoryFingerprint(files);
  }

  private static boolean ignored(String rel) {
    String name = rel.substring(rel.lastIndexOf('/') + 1);
    return rel.startsWith(".") || rel.contains("/.") || name.endsWith("~") || name.endsWith(".swp");
  }

  private static String stamp(Path p) {
    try {
      BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
      return a.size() + "@" + a.lastModifiedTime().toMillis();
    } catch (IOException e) {
      return "gone";
    }
  }
}
