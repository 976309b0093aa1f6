package dev.reconciler.api;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.reconciler.reconcile.RuleSetLoader;
import dev.reconciler.reconcile.confine.RuleConfinement;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Fuzzes the body of the rule-set endpoints (validate, dry-run, activate) up to the compiler:
 * {@link RuleFilesRequest}, its files laid over a rules directory ({@link RuleFilesRequest#over},
 * as {@link CandidateRuleSets} does), loaded ({@link RuleSetLoader#fromTexts}: manifest YAML,
 * package lines, the editors' CSV data) and confined ({@link RuleConfinement}, on Drools' own DRL
 * parser). Either a rule set or a bad-input refusal ({@link FuzzContract}: 400 for the body, 422
 * for the rules). The Drools compiler is left out (a second or more per input). The directory is
 * the project's {@code rules/} with one policy file (scope.drl) of its thirteen, so that an input
 * costs the parse of the files it brings, not of twelve others. Seeds and findings: {@code
 * src/test/resources/dev/reconciler/api/RuleFilesBodyFuzzTestInputs/ruleFilesBody/}.
 */
class RuleFilesBodyFuzzTest {

  private static final SortedMap<String, String> RULES = new TreeMap<>();

  static {
    RuleSetLoader.readDirectory(Path.of("rules"))
        .forEach(
            (path, text) -> {
              if (!path.endsWith(".drl") || path.equals("policy/scope.drl")) {
                RULES.put(path, text);
              }
            });
    check(
        ("{\"files\": {\"policy/extra.drl\": \"package policy;\\nrule \\\"Nothing\\\"\\nwhen\\n"
                + "  eval(false)\\nthen\\nend\\n\"}}")
            .getBytes(StandardCharsets.UTF_8));
  }

  @FuzzTest(maxDuration = "2m")
  void ruleFilesBody(byte[] body) {
    FuzzContract.within(body, () -> check(body));
  }

  private static void check(byte[] body) {
    FuzzContract.valueOrRefusal(
        () -> {
          var candidate = RuleSetLoader.fromTexts(RuleFilesRequest.fromBody(body).over(RULES), "");
          RuleConfinement.enforce(candidate);
          return candidate;
        });
  }
}
