package dev.reconciler.reconcile.confine;

import com.github.javaparser.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.drools.mvel.parser.DrlxParser;
import org.drools.mvel.parser.MvelParser;
import org.drools.mvel.parser.ParseStart;
import org.drools.mvel.parser.ast.expr.DrlxExpression;

/**
 * Parses a piece of rule code with Drools' own parser for it (the DRLX expression parser the
 * executable model uses, on JavaParser's tree) and hands it to {@link CodeCheck}. Code it cannot
 * parse, or a word of the source the parse did not keep, is refused: what is not understood is not
 * let through.
 */
final class CodeText {

  /** The operators a constraint may use besides Java's (Drools' built-in ones). */
  private static final List<String> OPERATORS =
      List.of(
          "after",
          "before",
          "coincides",
          "during",
          "finishes",
          "finishedby",
          "includes",
          "meets",
          "metby",
          "overlaps",
          "overlappedby",
          "starts",
          "startedby",
          "str",
          "matches",
          "memberOf",
          "contains",
          "excludes",
          "soundslike",
          "in");

  private static final ParseStart<DrlxExpression> CONSTRAINT =
      DrlxParser.buildDrlxParserWithArguments(OPERATORS);

  /** Words of the source that are no names: Java's keywords and literals, Drools' operators. */
  private static final Set<String> KEYWORDS =
      Set.of(
          "abstract",
          "assert",
          "boolean",
          "break",
          "byte",
          "case",
          "catch",
          "char",
          "continue",
          "default",
          "do",
          "double",
          "else",
          "false",
          "final",
          "finally",
          "float",
          "for",
          "if",
          "instanceof",
          "int",
          "long",
          "new",
          "null",
          "return",
          "short",
          "switch",
          "this",
          "throw",
          "true",
          "try",
          "var",
          "void",
          "while",
          "yield",
          "not",
          "modify",
          "str",
          "in");

  /** The kinds of code a rule file holds. */
  enum Kind {
    /** A pattern's constraint: unqualified calls are the fact's methods. */
    CONSTRAINT,
    /** An expression elsewhere ({@code from}, {@code eval}, an accumulate's argument). */
    EXPRESSION,
    /** A consequence, a function's body, an accumulate's code. */
    BLOCK
  }

  private CodeText() {}

  /** What is refused in {@code code}, each with the word of the source to point at. */
  static List<CodeCheck.Finding> check(
      String code, Kind kind, TypeScope scope, Set<String> functions) {
    Node parsed;
    try {
      parsed =
          kind == Kind.BLOCK
              ? MvelParser.parseBlock("{" + code + "\n}")
              : DrlxParser.parseExpression(CONSTRAINT, code);
    } catch (RuntimeException e) {
      return List.of(
          new CodeCheck.Finding(
              firstWord(code),
              "cannot be checked for what it calls (not understood: "
                  + oneLine(code)
                  + "); write it in plain Java"));
    }
    CodeCheck check = new CodeCheck(scope, functions);
    check.check(parsed, kind == Kind.CONSTRAINT);
    List<CodeCheck.Finding> findings = new ArrayList<>(check.findings());
    for (String word : words(code)) {
      if (!check.names().contains(word) && !KEYWORDS.contains(word) && !OPERATORS.contains(word)) {
        findings.add(
            new CodeCheck.Finding(
                word,
                "cannot be checked for what it calls ('"
                    + word
                    + "' was not understood in: "
                    + oneLine(code)
                    + ")"));
        break;
      }
    }
    return findings;
  }

  /** The identifiers of Java source, without string and character literals, comments, numbers. */
  static List<String> words(String code) {
    List<String> words = new ArrayList<>();
    int i = 0;
    int n = code.length();
    while (i < n) {
      char c = code.charAt(i);
      if (c == '"' || c == '\'') {
        i = skipQuoted(code, i, c);
      } else if (c == '/' && i + 1 < n && code.charAt(i + 1) == '/') {
        int end = code.indexOf('\n', i);
        i = end < 0 ? n : end;
      } else if (c == '/' && i + 1 < n && code.charAt(i + 1) == '*') {
        int end = code.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (Character.isDigit(c)) {
        while (i < n && (Character.isLetterOrDigit(code.charAt(i)) || code.charAt(i) == '_')) {
          i++;
        }
      } else if (Character.isJavaIdentifierStart(c)) {
        int start = i;
        while (i < n && Character.isJavaIdentifierPart(code.charAt(i))) {
          i++;
        }
        words.add(code.substring(start, i));
      } else {
        i++;
      }
    }
    return words;
  }

  private static int skipQuoted(String code, int i, char quote) {
    int j = i + 1;
    while (j < code.length() && code.charAt(j) != quote) {
      j += code.charAt(j) == '\\' ? 2 : 1;
    }
    return j + 1;
  }

  private static String firstWord(String code) {
    List<String> w = words(code);
    return w.isEmpty() ? "" : w.get(0);
  }

  private static String oneLine(String code) {
    String s = code.strip().replaceAll("\\s+", " ");
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }
}
