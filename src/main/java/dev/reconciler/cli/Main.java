package dev.reconciler.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./reconciler COMMAND ...}: the one entry point for every command. */
@Command(
    name = "reconciler",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Turns conflicting news reports about one incident into one published record.",
    subcommands = {
      ServeCommand.class,
      ExtractCommand.class,
      ReconcileCommand.class,
      TestRulesCommand.class,
      ValidateCommand.class,
      DiffCommand.class,
      EvalCommand.class,
      VerifyAuditCommand.class,
      HashPasswordCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line; tests run commands through it too. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler(new OneLineErrors());
    return cli;
  }

  @Override
  public void run() {
    CommandLine.usage(this, System.out);
  }
}
