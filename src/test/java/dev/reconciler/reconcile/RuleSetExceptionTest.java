package dev.reconciler.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A rule-set exception's problems and the one-line-per-problem message made of them. */
class RuleSetExceptionTest {

  @Test
  void theMessageIsOneLinePerProblemAsFileLineColumnMessage() {
    RuleSetException e =
        new RuleSetException(
            List.of(
                new RuleSetProblem("rules/policy/rank.drl", 12, 5, "mismatched input 'is'"),
                new RuleSetProblem("rules/data/ranks.csv", 4, 0, "rank must be a whole number"),
                RuleSetProblem.about("rules/ruleset.yaml", "missing 'version'"),
                RuleSetProblem.about(null, "no .drl rule file")));
    assertThat(e.getMessage())
        .isEqualTo(
            "rules/policy/rank.drl:12:5: mismatched input 'is'\n"
                + "rules/data/ranks.csv:4: rank must be a whole number\n"
                + "rules/ruleset.yaml: missing 'version'\n"
                + "no .drl rule file");
    assertThat(e.problems()).hasSize(4);
    assertThat(e.problems().get(0).line()).isEqualTo(12);
    assertThat(e.problems().get(0).column()).isEqualTo(5);
  }

  @Test
  void anUnknownPositionIsZeroAndAColumnNeedsALine() {
    assertThat(new RuleSetProblem("a.drl", -1, -1, "x"))
        .isEqualTo(new RuleSetProblem("a.drl", 0, 0, "x"));
    assertThat(new RuleSetProblem("a.drl", 0, 7, "x").column()).isZero();
    assertThat(new RuleSetProblem("", 3, 0, "x").file()).isNull();
    assertThat(RuleSetException.at("a.drl", 0, 7, "x").getMessage()).isEqualTo("a.drl: x");
  }

  @Test
  void anExceptionNeedsAProblem() {
    assertThatThrownBy(() -> new RuleSetException(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
