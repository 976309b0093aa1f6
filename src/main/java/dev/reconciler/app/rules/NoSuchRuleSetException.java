package dev.reconciler.app.rules;

/** No stored rule-set version has the hash or version asked for. */
public final class NoSuchRuleSetException extends RuntimeException {

  public NoSuchRuleSetException(String ref) {
    super("no rule set was ever activated with hash or version '" + ref + "'");
  }
}
