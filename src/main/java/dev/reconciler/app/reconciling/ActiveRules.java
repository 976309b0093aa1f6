package dev.reconciler.app.reconciling;

/** Where a use case finds the rule set in force when it starts reconciling. */
@FunctionalInterface
public interface ActiveRules {

  ActiveRuleSet inForce();
}
