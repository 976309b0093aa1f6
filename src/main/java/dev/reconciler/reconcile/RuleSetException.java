package dev.reconciler.reconcile;

/**
 * A rule set that cannot be used: a DRL syntax or type error, bad editors' data, a missing
 * manifest. The message names the file, line and column ({@code rules/policy/rank.drl:12:5: ...}),
 * one problem per line.
 */
public class RuleSetException extends RuntimeException {

  public RuleSetException(String message) {
    super(message);
  }

  /** One problem at a place in a rule file; line and column are 1-based, 0 when unknown. */
  public static RuleSetException at(String file, int line, int column, String message) {
    return new RuleSetException(where(file, line, column) + ": " + message);
  }

  static String where(String file, int line, int column) {
    StringBuilder s = new StringBuilder(file);
    if (line > 0) {
      s.append(':').append(line);
      if (column > 0) {
        s.append(':').append(column);
      }
    }
    return s.toString();
  }
}
