package dev.reconciler.cli;

import dev.reconciler.security.PasswordHash;
import dev.reconciler.security.UserAccounts;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./reconciler hash-password}: reads a password (twice, unechoed, at a terminal; one line
 * from standard input otherwise) and prints its PBKDF2 hash, or a whole RECONCILER_USERS entry with
 * {@code --user}.
 */
@Command(
    name = "hash-password",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the hash of a password for RECONCILER_USERS (NAME:HASH:ROLE, comma-separated).",
      "At a terminal it asks twice without echo; otherwise it reads one line from standard input."
    })
final class HashPasswordCommand implements Callable<Integer> {

  @Option(names = "--user", description = "print a whole entry NAME:HASH:ROLE for this user")
  String user;

  @Option(
      names = "--role",
      defaultValue = UserAccounts.EDITOR,
      description = "the role of the entry printed with --user (default: ${DEFAULT-VALUE})")
  String role;

  @Override
  public Integer call() throws IOException {
    char[] password = read();
    try {
      if (password.length == 0) {
        throw new OneLineErrors.UsageProblem("the password is empty");
      }
      String hash = PasswordHash.hash(password);
      System.out.println(user == null ? hash : UserAccounts.entry(user, hash, role));
      return 0;
    } finally {
      PasswordHash.wipe(password);
    }
  }

  private static char[] read() throws IOException {
    Console console = System.console();
    if (console != null) {
      char[] first = console.readPassword("password: ");
      char[] again = console.readPassword("again: ");
      if (first == null || again == null || !Arrays.equals(first, again)) {
        PasswordHash.wipe(first);
        PasswordHash.wipe(again);
        throw new OneLineErrors.UsageProblem("the two passwords differ");
      }
      PasswordHash.wipe(again);
      return first;
    }
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line = in.readLine();
    return line == null ? new char[0] : line.toCharArray();
  }
}
