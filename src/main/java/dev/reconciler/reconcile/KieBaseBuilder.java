package dev.reconciler.reconcile;

import dev.reconciler.reconcile.confine.RuleConfinement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Compiles a rule set's DRL texts into a KieBase at run time (not from the classpath), and turns
 * compiler errors into {@link RuleSetException}s that name file, line and column.
 *
 * <p>With the executable model ({@link RuleCompiler}), a rule set that does not compile is built
 * once more by the interpreted compiler, whose messages name file and line (the executable model's
 * do not always), and those are the errors reported; a rule set that only the interpreted compiler
 * accepts runs interpreted, with a warning in the log.
 */
final class KieBaseBuilder {

  private static final Logger LOG = Logger.getLogger(KieBaseBuilder.class.getName());

  private static final String RESOURCES = "src/main/resources/";

  private KieBaseBuilder() {}

  /** A KieBase and the compiler that built it. */
  record Built(KieBase kieBase, RuleCompiler compiler) {}

  static Built build(RuleSet ruleSet, RuleCompiler compiler) {
    // Before anything is compiled: every path to a KieBase comes through here (ADR 6).
    RuleConfinement.enforce(ruleSet);
    if (compiler == RuleCompiler.EXECUTABLE_MODEL) {
      try {
        long start = System.nanoTime();
        KieBase kieBase = compile(ruleSet, compiler);
        LOG.info(
            () ->
                "reconciler: rules "
                    + ruleSet.label()
                    + " compiled by the executable model in "
                    + (System.nanoTime() - start) / 1_000_000
                    + " ms");
        return new Built(kieBase, compiler);
      } catch (RuleSetException executableModelErrors) {
        KieBase interpreted = compile(ruleSet, RuleCompiler.INTERPRETED); // throws its own errors
        LOG.log(
            Level.WARNING,
            "{0}: the executable model did not compile these rules ({1}); they run interpreted",
            new Object[] {ruleSet.label(), executableModelErrors.getMessage()});
        return new Built(interpreted, RuleCompiler.INTERPRETED);
      }
    }
    return new Built(compile(ruleSet, compiler), compiler);
  }

  private static KieBase compile(RuleSet ruleSet, RuleCompiler compiler) {
    KieServices ks = KieServices.Factory.get();
    KieFileSystem kfs = ks.newKieFileSystem();
    // A release id per rule-set hash, so that two rule sets never replace each other in the
    // repository.
    ReleaseId releaseId =
        ks.newReleaseId(
            "dev.reconciler.rules",
            "ruleset",
            ruleSet.version() + "-" + ruleSet.hash().substring(0, 16) + "-" + compiler.key());
    kfs.generateAndWritePomXML(releaseId);
    ruleSet.drlFiles().forEach((path, text) -> kfs.write(RESOURCES + path, text));
    KieBuilder builder =
        compiler == RuleCompiler.EXECUTABLE_MODEL
            ? ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class)
            : ks.newKieBuilder(kfs).buildAll();
    List<RuleSetProblem> errors = new ArrayList<>();
    for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
      String path = m.getPath() == null ? "" : m.getPath();
      if (path.startsWith(RESOURCES)) {
        path = path.substring(RESOURCES.length());
      }
      String file = path.isEmpty() ? ruleSet.label() : ruleSet.display(path);
      int line = m.getLine();
      if (line <= 0 && ruleSet.files().containsKey(path)) {
        line = guessLine(ruleSet.files().get(path), m.getText());
      }
      errors.add(new RuleSetProblem(file, line, m.getColumn(), oneLine(m.getText())));
    }
    if (!errors.isEmpty()) {
      throw new RuleSetException(errors);
    }
    KieBase kieBase = ks.newKieContainer(releaseId).getKieBase();
    checkAgendaGroups(ruleSet, kieBase);
    return kieBase;
  }

  /** Every rule must belong to one of the manifest's policies, or it would never fire in order. */
  private static void checkAgendaGroups(RuleSet ruleSet, KieBase kieBase) {
    // In the order of the lines they print as, whatever order the packages come in.
    Set<RuleSetProblem> unknown = new TreeSet<>(Comparator.comparing(RuleSetProblem::toString));
    for (KiePackage p : kieBase.getKiePackages()) {
      for (Rule r : p.getRules()) {
        if (r instanceof RuleImpl impl && !ruleSet.agenda().contains(groupOf(impl))) {
          unknown.add(
              RuleSetProblem.about(
                  ruleSet.display(sourceOf(impl, p, ruleSet)),
                  "rule \""
                      + r.getName()
                      + "\" is in agenda group '"
                      + groupOf(impl)
                      + "', which is not in the manifest's agenda "
                      + ruleSet.agenda()));
        }
      }
    }
    if (!unknown.isEmpty()) {
      throw new RuleSetException(List.copyOf(unknown));
    }
  }

  /**
   * The rule file (relative to the rule set's root) that holds {@code rule}. The executable model
   * keeps no source path in its rules: the file is then the one whose text declares a rule of that
   * name (names are unique in a package), else the package.
   */
  static String sourceOf(Rule rule, KiePackage p, RuleSet ruleSet) {
    if (rule instanceof RuleImpl impl
        && impl.getResource() != null
        && impl.getResource().getSourcePath() != null) {
      return stripResources(impl.getResource().getSourcePath());
    }
    String declared = declaringFile(ruleSet, rule.getName());
    return declared != null ? declared : p.getName();
  }

  private static String declaringFile(RuleSet ruleSet, String ruleName) {
    java.util.regex.Pattern declaration =
        java.util.regex.Pattern.compile(
            "(?m)^\\s*rule\\s+\"" + java.util.regex.Pattern.quote(ruleName) + "\"");
    for (var file : ruleSet.drlFiles().entrySet()) {
      if (declaration.matcher(file.getValue()).find()) {
        return file.getKey();
      }
    }
    return null;
  }

  /** The policy a rule belongs to: its ruleflow group, which DRL 10 treats as its agenda group. */
  private static String groupOf(RuleImpl rule) {
    String g = rule.getRuleFlowGroup();
    return g == null || g.isEmpty() ? rule.getAgendaGroup() : g;
  }

  private static String stripResources(String path) {
    if (path == null) {
      return "";
    }
    return path.startsWith(RESOURCES) ? path.substring(RESOURCES.length()) : path;
  }

  /**
   * Some compiler errors (an unknown field in a constraint) come without a line. The line is then
   * the first one holding the rarest word of the expression the message quotes.
   */
  static int guessLine(String text, String message) {
    if (message == null) {
      return 0;
    }
    String[] lines = text.split("\n", -1);
    int best = 0;
    int bestCount = Integer.MAX_VALUE;
    java.util.regex.Matcher words =
        java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]{2,}").matcher(expressionIn(message));
    while (words.find()) {
      java.util.regex.Pattern word = java.util.regex.Pattern.compile("\\b" + words.group() + "\\b");
      int count = 0;
      int first = 0;
      for (int i = 0; i < lines.length; i++) {
        if (word.matcher(lines[i]).find()) {
          count++;
          first = first == 0 ? i + 1 : first;
        }
      }
      if (count > 0 && count < bestCount) {
        bestCount = count;
        best = first;
      }
    }
    return best;
  }

  private static String expressionIn(String message) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("Unable to Analyse Expression (.*?):").matcher(message);
    if (m.find()) {
      return m.group(1);
    }
    m = java.util.regex.Pattern.compile("\\[Near : \\{\\.\\.\\.(.*?)\\.\\.\\.\\.").matcher(message);
    return m.find() ? m.group(1) : "";
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s*\\n\\s*", " ");
  }
}
