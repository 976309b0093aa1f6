package dev.reconciler.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The files named on a command line: a directory stands for its visible files, in name order. */
final class InputFiles {

  private InputFiles() {}

  static List<Path> expand(List<Path> inputs) {
    List<Path> out = new ArrayList<>();
    for (Path p : inputs) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.list(p)) {
          s.filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().startsWith("."))
              .sorted()
              .forEach(out::add);
        } catch (IOException e) {
          throw new OneLineErrors.UsageProblem(p + ": " + e.getMessage());
        }
      } else if (!Files.isRegularFile(p)) {
        throw new OneLineErrors.UsageProblem(p + ": no such file or directory");
      } else {
        out.add(p);
      }
    }
    return out;
  }
}
