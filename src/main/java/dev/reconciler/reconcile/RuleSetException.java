package dev.reconciler.reconcile;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A rule set that cannot be used: a DRL syntax or type error, bad editors' data, a missing
 * manifest. {@link #problems()} lists each problem with its file, line and column as the compiler
 * or the loader found them; the message is the same, one problem per line ({@code
 * rules/policy/rank.drl:12:5: ...}).
 */
public class RuleSetException extends RuntimeException {

  private final List<RuleSetProblem> problems;

  public RuleSetException(List<RuleSetProblem> problems) {
    super(problems.stream().map(RuleSetProblem::toString).collect(Collectors.joining("\n")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a rule-set exception needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  public RuleSetException(RuleSetProblem problem) {
    this(List.of(problem));
  }

  /** One problem at a place in a rule file; line and column are 1-based, 0 when unknown. */
  public static RuleSetException at(String file, int line, int column, String message) {
    return new RuleSetException(new RuleSetProblem(file, line, column, message));
  }

  /** One problem with a file, or with the rule set labelled {@code file}, as a whole. */
  public static RuleSetException about(String file, String message) {
    return new RuleSetException(RuleSetProblem.about(file, message));
  }

  /** Every problem, in the order found; never empty. */
  public List<RuleSetProblem> problems() {
    return problems;
  }
}
