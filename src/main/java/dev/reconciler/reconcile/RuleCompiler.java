package dev.reconciler.reconcile;

import dev.reconciler.config.Settings;
import java.util.Locale;

/**
 * How a rule set's DRL is turned into a KieBase. Both read the same files and decide the same (the
 * guard tests run with either); they differ in speed (BENCHMARKS.md, ADR 5).
 *
 * <ul>
 *   <li>{@link #INTERPRETED} (the default): the classic DRL build, constraints evaluated by MVEL
 *       (drools-mvel) until Drools' JIT compiles the hot ones;
 *   <li>{@link #EXECUTABLE_MODEL}: Drools' executable model, every constraint and consequence
 *       compiled to Java lambdas when the KieBase is built (drools-model-compiler, its in-memory
 *       compiler ECJ). Measured no faster per reconciliation here and about three times slower to
 *       build, which editors wait for (ADR 5), so not the default.
 * </ul>
 *
 * Chosen by the system property {@value #PROPERTY}, else the environment variable {@value #ENV}, as
 * {@code executable-model} or {@code interpreted}.
 */
public enum RuleCompiler {
  EXECUTABLE_MODEL,
  INTERPRETED;

  public static final String PROPERTY = "reconciler.rules.compiler";
  public static final String ENV = Settings.RULES_COMPILER;

  /** The compiler the settings name, {@link #INTERPRETED} when they name none. */
  public static RuleCompiler configured() {
    String text = System.getProperty(PROPERTY);
    if (text == null || text.isBlank()) {
      text = System.getenv(ENV);
    }
    return text == null || text.isBlank() ? INTERPRETED : parse(text);
  }

  /** {@code executable-model} or {@code interpreted}; anything else fails with both names. */
  public static RuleCompiler parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    return switch (t) {
      case "executable-model", "exec-model", "executable" -> EXECUTABLE_MODEL;
      case "interpreted", "drl", "mvel" -> INTERPRETED;
      default ->
          throw new IllegalArgumentException(
              ENV
                  + " (or -D"
                  + PROPERTY
                  + ") must be executable-model or interpreted, not '"
                  + text
                  + "'");
    };
  }

  /** The name the settings use. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
