package dev.reconciler.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code ./reconciler extract}: Reads reports and prints the claims found in them. */
@Command(name = "extract", mixinStandardHelpOptions = true, description = "Reads reports and prints the claims found in them.")
final class ExtractCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    throw new UnsupportedOperationException("'extract' is not built yet");
  }
}
