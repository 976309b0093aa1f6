package dev.reconciler.reconcile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every rule of a rule set by name, with the file and line that declare it: what a resolution's
 * {@code decidedBy} and a claim's {@code rule} name, found in the stored texts so that a reader can
 * open the exact rule of the version that decided. Built from the texts alone (no compiling), once
 * per rule set.
 */
public final class RuleLocations {

  /**
   * A rule declaration at the start of a line: {@code rule "Name"}, {@code rule 'Name'} or {@code
   * rule Name}, as the DRL grammar allows.
   */
  private static final Pattern DECLARATION =
      Pattern.compile("(?m)^[ \\t]*rule[ \\t]+(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'|(\\w+))");

  private final Map<String, RuleLocation> byName;

  private RuleLocations(Map<String, RuleLocation> byName) {
    this.byName = Collections.unmodifiableMap(byName);
  }

  /**
   * The rules declared in the rule set's DRL files. Names are unique within a package; should two
   * packages declare the same name, the first file in path order wins, since resolutions name rules
   * without their package.
   */
  public static RuleLocations of(RuleSet ruleSet) {
    return inFiles(ruleSet.drlFiles());
  }

  /**
   * The rules declared in the {@code .drl} files among {@code files} (relative path to text, in
   * path order), as stored for a rule-set version.
   */
  public static RuleLocations inFiles(SortedMap<String, String> files) {
    Map<String, RuleLocation> byName = new LinkedHashMap<>();
    files.forEach(
        (path, text) -> {
          if (path.endsWith(".drl")) {
            Matcher m = DECLARATION.matcher(text);
            while (m.find()) {
              String name =
                  m.group(1) != null
                      ? m.group(1).replace("\\\"", "\"")
                      : m.group(2) != null ? m.group(2) : m.group(3);
              byName.putIfAbsent(name, new RuleLocation(path, lineOf(text, m.start())));
            }
          }
        });
    return new RuleLocations(byName);
  }

  /** Where the rule of this name is declared, if it is one of the set's. */
  public Optional<RuleLocation> of(String ruleName) {
    return Optional.ofNullable(byName.get(ruleName));
  }

  /** Every rule, in file order, by name. */
  public Map<String, RuleLocation> all() {
    return byName;
  }

  private static int lineOf(String text, int index) {
    int line = 1;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
