package dev.reconciler.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code ./reconciler test-rules}: Runs the rule scenarios under rules/tests/ and shows what fails. */
@Command(name = "test-rules", mixinStandardHelpOptions = true, description = "Runs the rule scenarios under rules/tests/ and shows what fails.")
final class TestRulesCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    throw new UnsupportedOperationException("'test-rules' is not built yet");
  }
}
