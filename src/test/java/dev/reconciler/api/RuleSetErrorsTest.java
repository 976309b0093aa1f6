package dev.reconciler.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reconciler.api.RuleSetErrors.RuleError;
import dev.reconciler.reconcile.RuleSetException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSetErrorsTest {

  @Test
  void eachLineBecomesFileLineColumnAndMessage() {
    List<RuleError> errors =
        RuleSetErrors.parse(
            new RuleSetException(
                "policy/rank.drl:12:5: mismatched input 'is': expected 'then'\n"
                    + "data/ranks.csv:4: rank must be a whole number\n"
                    + "ruleset.yaml: missing 'version'"));
    assertThat(errors)
        .containsExactly(
            new RuleError("policy/rank.drl", 12, 5, "mismatched input 'is': expected 'then'"),
            new RuleError("data/ranks.csv", 4, 0, "rank must be a whole number"),
            new RuleError("ruleset.yaml", 0, 0, "missing 'version'"));
  }
}
