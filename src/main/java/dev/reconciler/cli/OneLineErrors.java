package dev.reconciler.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a command's failure into one line on stderr ("reconciler: what went wrong") and exit code
 * 1; {@code RECONCILER_DEBUG=1} adds the stack trace for developers.
 */
final class OneLineErrors implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
    String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    cmd.getErr().println("reconciler " + cmd.getCommandName() + ": " + message);
    if (System.getenv("RECONCILER_DEBUG") != null) {
      ex.printStackTrace(cmd.getErr());
    }
    return ex instanceof UsageProblem ? 2 : 1;
  }

  /** A failure caused by how the command was called rather than by the data. */
  static class UsageProblem extends RuntimeException {
    UsageProblem(String message) {
      super(message);
    }
  }
}
