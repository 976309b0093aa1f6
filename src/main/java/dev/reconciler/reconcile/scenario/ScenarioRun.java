package dev.reconciler.reconcile.scenario;

import java.util.List;
import java.util.Objects;

/**
 * One scenario file as it ran against a rule-set version: its text as stored with the version,
 * whether it passed, and the rules that fired while it ran, which is what makes it cover a rule.
 *
 * @param path the file relative to the rules directory ({@code tests/dispute-two-officials.yaml})
 * @param text the file's text
 * @param name the scenario's name, or the file name when it could not be read
 * @param passed every expectation held
 * @param firedRules the rules that fired, by name, in firing order; empty when it could not run
 * @param problem why the file could not be read or run, or null
 */
public record ScenarioRun(
    String path,
    String text,
    String name,
    boolean passed,
    List<String> firedRules,
    String problem) {

  public ScenarioRun {
    Objects.requireNonNull(path, "a scenario run needs its file");
    Objects.requireNonNull(text, "a scenario run needs its text");
    firedRules = List.copyOf(firedRules);
  }

  /** The rule fired while this scenario ran. */
  public boolean fired(String rule) {
    return firedRules.contains(rule);
  }

  /** The text names {@code rule}: it expects it to decide, or a claim's outcome by it. */
  public boolean names(String rule) {
    return text.contains(rule);
  }

  /**
   * The line to open for {@code rule}: the first that names it (an expected {@code decidedBy} or a
   * claim's {@code rule}), else the scenario's {@code name:} line, else 1.
   */
  public int lineFor(String rule) {
    int at = text.indexOf(rule);
    if (at < 0) {
      at = text.startsWith("name:") ? 0 : text.indexOf("\nname:") + 1;
    }
    return at <= 0 ? 1 : (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }
}
