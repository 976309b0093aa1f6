package dev.reconciler.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code ./reconciler serve}: Starts the service (Payara Micro) on the embedded or a configured PostgreSQL. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Starts the service (Payara Micro) on the embedded or a configured PostgreSQL.")
final class ServeCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    throw new UnsupportedOperationException("'serve' is not built yet");
  }
}
