package dev.reconciler.app.reconciling;

import dev.reconciler.reconcile.RuleSet;
import java.time.Instant;
import java.util.Objects;

/**
 * The rule set in force: its stored row, the loaded rules, who activated it and when. Immutable, so
 * a reconciliation that took it keeps it to the end even when another version is activated.
 */
public record ActiveRuleSet(long id, RuleSet ruleSet, String activatedBy, Instant activatedAt) {

  public ActiveRuleSet {
    Objects.requireNonNull(ruleSet, "an active rule set needs its rules");
  }
}
