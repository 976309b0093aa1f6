package dev.reconciler.reconcile.confine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.reconciler.reconcile.Reconciler;
import dev.reconciler.reconcile.RuleSet;
import dev.reconciler.reconcile.RuleSetException;
import dev.reconciler.reconcile.RuleSetLoader;
import dev.reconciler.reconcile.RuleSetProblem;
import dev.reconciler.reconcile.RulesFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules that try what rules may not do are refused before anything is compiled, each with file and
 * line; the default rules and the constructs they use pass.
 */
class RuleConfinementTest {

  private static final Path HOSTILE =
      Path.of("src/test/resources/hostile-rules/policy/hostile.drl");

  @Test
  void theDefaultRulesAreConfined() {
    RuleConfinement.enforce(RuleSetLoader.fromDirectory(RulesFixture.RULES));
  }

  @Test
  void everyForbiddenConstructIsRefusedOnItsLineAndNothingElse(@TempDir Path tmp)
      throws IOException {
    Path rules = RulesFixture.copyTo(tmp.resolve("rules"));
    Files.copy(HOSTILE, rules.resolve("policy/hostile.drl"));
    RuleSet ruleSet = RuleSetLoader.fromDirectory(rules);

    RuleSetException e =
        catchThrowableOfType(RuleSetException.class, () -> RuleConfinement.enforce(ruleSet));

    assertThat(e).as("the hostile rules are refused").isNotNull();
    List<String> lines = Files.readAllLines(HOSTILE);
    Set<Integer> marked =
        IntStream.range(0, lines.size())
            .filter(i -> lines.get(i).contains("// refused"))
            .mapToObj(i -> i + 1)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<Integer> refused =
        e.problems().stream()
            .peek(p -> assertThat(p.file()).endsWith("policy/hostile.drl"))
            .map(RuleSetProblem::line)
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(refused).as(e.getMessage()).isEqualTo(marked);
    // One clear line per problem, with file and line first.
    assertThat(e.getMessage().lines())
        .allMatch(l -> l.matches(".*policy/hostile\\.drl:\\d+(:\\d+)?: \\S.*"));
  }

  @Test
  void eachRefusalSaysWhat(@TempDir Path tmp) throws IOException {
    Path rules = RulesFixture.copyTo(tmp.resolve("rules"));
    Files.copy(HOSTILE, rules.resolve("policy/hostile.drl"));
    String message =
        catchThrowableOfType(
                RuleSetException.class,
                () -> RuleConfinement.enforce(RuleSetLoader.fromDirectory(rules)))
            .getMessage();
    assertThat(message)
        .contains(
            "import java.io.File: java.io.File is not allowed in rules",
            "rule \"Exit\": java.lang.System is not allowed in rules",
            "rule \"Run a program\": java.lang.Runtime is not allowed",
            "java.lang.ProcessBuilder is not allowed",
            "rule \"Delete a file\": java.io.File is not allowed",
            "java.net.URL is not allowed",
            "java.net.Socket is not allowed",
            "java.lang.Class is not allowed",
            "getClass( ) is not allowed",
            "java.lang.invoke.MethodHandles is not allowed",
            "java.util.ServiceLoader is not allowed",
            "java.lang.Thread is not allowed",
            "drools.getKieRuntime( ) reaches into the engine",
            "function secret: java.nio.file.Files is not allowed",
            "rule \"A condition that calls out\": cannot be checked for what it calls ('class' was"
                + " not understood in: this.class != null)",
            "rule \"An accumulate that runs code\": java.lang.Thread is not allowed",
            "dialect \"mvel\" cannot be checked");
  }

  @Test
  void aRefusedRuleSetIsNeverCompiled(@TempDir Path tmp) throws IOException {
    Path rules = RulesFixture.copyTo(tmp.resolve("rules"));
    Files.writeString(
        rules.resolve("policy/exit.drl"),
        "package policy;\n"
            + "import dev.reconciler.reconcile.facts.*;\n"
            + "rule \"Exit\"\n"
            + "    ruleflow-group \"scope\"\n"
            + "when\n"
            + "    ClaimFact( )\n"
            + "then\n"
            + "    java.lang.System.exit( 3 );\n"
            + "end\n");
    assertThatThrownBy(() -> new Reconciler(RuleSetLoader.fromDirectory(rules)))
        .isInstanceOf(RuleSetException.class)
        .hasMessage(
            tmp.resolve("rules")
                + "/policy/exit.drl:8:15: rule \"Exit\": java.lang.System is not allowed in rules; "
                + AllowList.ALLOWED);
  }

  @Test
  void whatRulesNeedIsAllowed(@TempDir Path tmp) throws IOException {
    Path rules = RulesFixture.copyTo(tmp.resolve("rules"));
    Files.writeString(
        rules.resolve("policy/allowed.drl"),
        "package policy;\n"
            + "import dev.reconciler.claim.Attribute;\n"
            + "import dev.reconciler.reconcile.facts.*;\n"
            + "import java.util.*;\n"
            + "import java.time.LocalDate;\n"
            + "global dev.reconciler.reconcile.EditorsData editors;\n"
            + "function int twice( int n ) { return Math.max( n, 0 ) * 2; }\n"
            + "rule \"Values, collections, time and the engine's helpers are allowed\"\n"
            + "    ruleflow-group \"scope\"\n"
            + "when\n"
            + "    $c : ClaimFact( attribute == Attribute.LOCATION, rank > 0 && < 99,"
            + " twice( rank ) >= 0, $t : text )\n"
            + "    $g : GroupAlias( ) from editors.groupNamedIn( $t )\n"
            + "    $n : Number( ) from accumulate( ClaimFact( $r : rank ), sum( $r ) )\n"
            + "    $l : List( ) from collect( ClaimFact( attribute == Attribute.LOCATION ) )\n"
            + "then\n"
            + "    List<String> names = new ArrayList<>( List.of( String.valueOf( $n ) ) );\n"
            + "    Map<String, Integer> m = new HashMap<>();\n"
            + "    m.put( drools.getRule().getName(), Integer.parseInt( \"1\" ) );\n"
            + "    LocalDate d = java.time.LocalDate.of( 2024, 1, 1 ).plusDays( Math.abs( -1 ) );\n"
            + "end\n");
    RuleSet ruleSet = RuleSetLoader.fromDirectory(rules);
    RuleConfinement.enforce(ruleSet);
  }

  @Test
  void aConstraintTheCheckCannotReadIsRefusedWithItsLineNotACrash(@TempDir Path tmp)
      throws IOException {
    // Found by RuleFilesBodyFuzzTest: an OOPath inside a constraint made the refusal's message
    // throw a ClassCastException (JavaParser's printer on a Drools node), a 500 on validate.
    Path rules = RulesFixture.copyTo(tmp.resolve("rules"));
    Files.writeString(
        rules.resolve("policy/typo.drl"),
        "package policy;\n"
            + "import dev.reconciler.reconcile.facts.*;\n"
            + "rule \"A typo\"\n"
            + "    ruleflow-group \"scope\"\n"
            + "when\n"
            + "    $c : ClaimFact( /thresholds.csvEPORTER, speaker != null )\n"
            + "then\n"
            + "end\n");
    RuleSet ruleSet = RuleSetLoader.fromDirectory(rules);

    RuleSetException e =
        catchThrowableOfType(RuleSetException.class, () -> RuleConfinement.enforce(ruleSet));

    assertThat(e).as("refused, not crashed").isNotNull();
    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).endsWith("policy/typo.drl");
              assertThat(p.line()).isEqualTo(6);
              assertThat(p.message()).contains("cannot be checked");
            });
  }
}
