package dev.reconciler.cli;

/**
 * Keeps the rule engine's informational logging off the terminal: the commands print their own
 * results, and compiler problems arrive as {@code RuleSetException}s. Set {@code
 * -Dorg.slf4j.simpleLogger.defaultLogLevel=info} to see the engine's log again.
 */
final class QuietEngine {

  private QuietEngine() {}

  static void apply() {
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
      // A broken rule file is reported once, by the command, with file and line; not also here.
      System.setProperty(
          "org.slf4j.simpleLogger.log.org.drools.compiler.kie.builder.impl.KieProject", "off");
    }
  }
}
