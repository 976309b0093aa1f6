package dev.reconciler.reconcile;

/**
 * One thing wrong with a rule set, where the compiler or the loader found it.
 *
 * @param file the file as shown to editors ({@code rules/policy/rank.drl}), or null when the
 *     problem is about no one file (the rule set as a whole, read without a label)
 * @param line 1-based; 0 when the problem is about no line (a missing manifest) or the line is
 *     unknown (a negative value is taken as unknown)
 * @param column 1-based; 0 when unknown, and always 0 without a line
 * @param message what is wrong
 */
public record RuleSetProblem(String file, int line, int column, String message) {

  public RuleSetProblem {
    if (file != null && file.isEmpty()) {
      file = null;
    }
    // The compiler says -1 for a position it does not know.
    line = Math.max(0, line);
    column = line == 0 ? 0 : Math.max(0, column);
    message = message == null ? "" : message;
  }

  /** A problem with a file (or a rule set) as a whole: no line, no column. */
  public static RuleSetProblem about(String file, String message) {
    return new RuleSetProblem(file, 0, 0, message);
  }

  /** The editors' form, as the validate command prints it: {@code file:line:column: message}. */
  @Override
  public String toString() {
    if (file == null) {
      return message;
    }
    StringBuilder s = new StringBuilder(file);
    if (line > 0) {
      s.append(':').append(line);
      if (column > 0) {
        s.append(':').append(column);
      }
    }
    return s.append(": ").append(message).toString();
  }
}
