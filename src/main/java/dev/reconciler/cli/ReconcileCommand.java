package dev.reconciler.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code ./reconciler reconcile}: Extracts claims from reports and reconciles them as one incident. */
@Command(name = "reconcile", mixinStandardHelpOptions = true, description = "Extracts claims from reports and reconciles them as one incident.")
final class ReconcileCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    throw new UnsupportedOperationException("'reconcile' is not built yet");
  }
}
