package dev.reconciler.reconcile;

/**
 * Where a rule is declared: its file, relative to the rule set's root ({@code policy/rank.drl}),
 * and the 1-based line of its {@code rule "NAME"}.
 */
public record RuleLocation(String file, int line) {

  public RuleLocation {
    if (file == null || file.isBlank()) {
      throw new IllegalArgumentException("a rule location needs a file");
    }
    if (line < 1) {
      throw new IllegalArgumentException("a rule's line starts at 1, not " + line);
    }
  }
}
