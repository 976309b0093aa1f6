package dev.reconciler.reconcile.review;

import dev.reconciler.claim.Attribute;
import dev.reconciler.claim.Role;
import dev.reconciler.reconcile.Reconciler;
import dev.reconciler.reconcile.RuleSet;
import dev.reconciler.reconcile.RuleSetException;
import dev.reconciler.reconcile.RuleSetLoader;
import dev.reconciler.reconcile.scenario.Scenario;
import dev.reconciler.reconcile.scenario.ScenarioReader;
import dev.reconciler.reconcile.scenario.ScenarioResult;
import dev.reconciler.reconcile.scenario.ScenarioRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reviews a rules directory the way an editor needs before a change goes live: compiles the DRL and
 * the editors' data, runs the scenarios under {@code tests/}, and warns about rules that no
 * scenario ever fired (they may never fire) and about attribute or role names that do not exist.
 */
public final class RuleSetReview {

  /** A quoted name compared with a claim's attribute or role in DRL, or looked up by key. */
  private static final Pattern NAMED_IN_DRL =
      Pattern.compile(
          "(attribute|role)(?:\\.key\\(\\)|Key)?\\s*(?:==|!=)\\s*\"([^\"]*)\""
              + "|(Attribute|Role)\\.fromKey\\(\\s*\"([^\"]*)\"\\s*\\)");

  private RuleSetReview() {}

  /** Reviews the rule set in {@code dir} with the scenarios in {@code dir/tests}. */
  public static Review of(Path dir) {
    RuleSet ruleSet;
    try {
      ruleSet = RuleSetLoader.fromDirectory(dir);
    } catch (RuleSetException e) {
      return new Review(null, lines(e), List.of(), List.of());
    }
    List<Scenario> scenarios;
    try {
      scenarios = ScenarioReader.readAll(dir.resolve(RuleSetLoader.TESTS));
    } catch (RuleSetException | IllegalArgumentException e) {
      return new Review(ruleSet, lines(e), List.of(), List.of());
    }
    return of(ruleSet, scenarios);
  }

  /** Reviews a rule set already read, with the given scenarios. */
  public static Review of(RuleSet ruleSet, List<Scenario> scenarios) {
    Reconciler reconciler;
    try {
      reconciler = new Reconciler(ruleSet);
    } catch (RuleSetException e) {
      return new Review(ruleSet, lines(e), List.of(), List.of());
    }
    List<String> warnings = new ArrayList<>(unknownNames(ruleSet));
    List<ScenarioResult> results;
    try {
      results = new ScenarioRunner(ruleSet).run(scenarios);
    } catch (RuleSetException e) {
      return new Review(ruleSet, lines(e), warnings, List.of());
    }
    for (String file : ScenarioRunner.uncovered(ruleSet, scenarios)) {
      warnings.add(
          ruleSet.display(fileNamed(ruleSet, file)) + ": no scenario covers this rule file");
    }
    warnings.addAll(neverFired(ruleSet, reconciler, results));
    return new Review(ruleSet, List.of(), warnings, results);
  }

  private static String fileNamed(RuleSet ruleSet, String baseName) {
    for (String path : ruleSet.drlFiles().keySet()) {
      if (path.endsWith("/" + baseName + ".drl") || path.equals(baseName + ".drl")) {
        return path;
      }
    }
    return baseName + ".drl";
  }

  /**
   * Rules that fired in no scenario. Whether a rule can ever fire is undecidable in general; a rule
   * the scenarios never reach is the practical sign of a condition that cannot hold, or of a
   * missing scenario.
   */
  private static List<String> neverFired(
      RuleSet ruleSet, Reconciler reconciler, List<ScenarioResult> results) {
    if (results.isEmpty()) {
      return List.of();
    }
    Set<String> fired = new HashSet<>();
    results.forEach(r -> fired.addAll(r.firedRules()));
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, String> rule : reconciler.ruleFiles().entrySet()) {
      if (!fired.contains(rule.getKey())) {
        String file = rule.getValue();
        String text = ruleSet.files().getOrDefault(file, "");
        out.add(
            at(ruleSet, file, lineOf(text, "rule \"" + rule.getKey() + "\""))
                + ": rule \""
                + rule.getKey()
                + "\" fired in no scenario; it may never fire");
      }
    }
    return out;
  }

  private static List<String> unknownNames(RuleSet ruleSet) {
    Set<String> attributes = new HashSet<>();
    Arrays.stream(Attribute.values()).forEach(a -> attributes.add(a.key()));
    Set<String> roles = new HashSet<>();
    Arrays.stream(Role.values()).forEach(r -> roles.add(r.key()));
    List<String> out = new ArrayList<>();
    ruleSet
        .drlFiles()
        .forEach(
            (path, text) -> {
              Matcher m = NAMED_IN_DRL.matcher(text);
              while (m.find()) {
                String kind = (m.group(1) != null ? m.group(1) : m.group(3)).toLowerCase();
                String name = m.group(1) != null ? m.group(2) : m.group(4);
                boolean known =
                    kind.equals("attribute") ? attributes.contains(name) : roles.contains(name);
                if (!known) {
                  out.add(
                      at(ruleSet, path, lineAt(text, m.start()))
                          + ": there is no "
                          + kind
                          + " \""
                          + name
                          + "\"; known: "
                          + (kind.equals("attribute") ? attributes : roles));
                }
              }
            });
    return out;
  }

  private static String at(RuleSet ruleSet, String file, int line) {
    return ruleSet.display(file) + (line > 0 ? ":" + line : "");
  }

  private static int lineOf(String text, String needle) {
    int i = text.indexOf(needle);
    return i < 0 ? 0 : lineAt(text, i);
  }

  private static int lineAt(String text, int offset) {
    return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
  }

  private static List<String> lines(RuntimeException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return List.of(message.split("\n"));
  }
}
