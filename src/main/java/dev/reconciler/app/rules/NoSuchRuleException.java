package dev.reconciler.app.rules;

/** A stored rule-set version declares no rule of the name asked for. */
public final class NoSuchRuleException extends RuntimeException {

  public NoSuchRuleException(String version, String hash, String rule) {
    super(
        "rule set "
            + version
            + " ("
            + hash.substring(0, Math.min(12, hash.length()))
            + ") declares no rule named '"
            + rule
            + "'");
  }
}
