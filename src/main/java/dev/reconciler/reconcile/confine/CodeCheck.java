package dev.reconciler.reconcile.confine;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.drools.mvel.parser.ast.expr.DrlxExpression;
import org.drools.mvel.parser.ast.expr.FullyQualifiedInlineCastExpr;
import org.drools.mvel.parser.ast.expr.HalfBinaryExpr;
import org.drools.mvel.parser.ast.expr.HalfPointFreeExpr;
import org.drools.mvel.parser.ast.expr.InlineCastExpr;
import org.drools.mvel.parser.ast.expr.ListCreationLiteralExpression;
import org.drools.mvel.parser.ast.expr.MapCreationLiteralExpression;
import org.drools.mvel.parser.ast.expr.MapCreationLiteralExpressionKeyValuePair;
import org.drools.mvel.parser.ast.expr.ModifyStatement;
import org.drools.mvel.parser.ast.expr.NullSafeFieldAccessExpr;
import org.drools.mvel.parser.ast.expr.NullSafeMethodCallExpr;
import org.drools.mvel.parser.ast.expr.PointFreeExpr;
import org.drools.mvel.parser.printer.PrintUtil;

/**
 * Checks one parsed piece of rule code (a constraint, a consequence, a function body) against the
 * {@link AllowList}: every type it names, every class a dotted name starts with, every method it
 * calls. Drools' own expression nodes are walked explicitly; any other node of theirs is refused as
 * one that cannot be checked, so that a construct this class does not know is never let through.
 */
final class CodeCheck {

  /** One thing refused: the word to point at in the source, and what is wrong, in one line. */
  record Finding(String word, String message) {}

  private final TypeScope scope;
  private final Set<String> functions;
  private final List<Finding> findings = new ArrayList<>();
  private final Set<String> seenNames = new HashSet<>();
  // By identity: JavaParser's node equality does not know Drools' nodes.
  private final Set<Node> modifyCalls = Collections.newSetFromMap(new IdentityHashMap<>());
  private boolean onFact;

  /**
   * @param functions the DRL functions and imported functions, which code may call unqualified
   */
  CodeCheck(TypeScope scope, Set<String> functions) {
    this.scope = scope;
    this.functions = functions;
  }

  /**
   * Checks {@code node} and everything under it; the findings add up over calls. In a pattern's
   * constraint ({@code onFact}) an unqualified call is a method of the fact ({@code agreesWith( $w
   * )}); elsewhere it must be a function or one of Drools' helpers.
   */
  void check(Node node, boolean onFact) {
    this.onFact = onFact;
    visit(node);
  }

  List<Finding> findings() {
    return findings;
  }

  /**
   * Every identifier the parser understood. A word of the source that is not among them was dropped
   * or hidden in a node not walked here, which {@link CodeText} refuses.
   */
  Set<String> names() {
    return seenNames;
  }

  void refuse(String word, String message) {
    Finding f = new Finding(word, message);
    if (!findings.contains(f)) {
      findings.add(f);
    }
  }

  private void visit(Node n) {
    if (n == null) {
      return;
    }
    if (n instanceof SimpleName s) {
      seenNames.add(s.getIdentifier());
      return;
    }
    if (n instanceof Name name) {
      seenNames.add(name.getIdentifier());
      name.getQualifier().ifPresent(this::visit);
      return;
    }
    inspect(n);
    for (Node child : children(n)) {
      visit(child);
    }
  }

  /** The node's own check; its children are visited after. */
  private void inspect(Node n) {
    if (n instanceof ClassExpr c) {
      // A name, not a keyword, for CodeText: a parse that dropped "x.class" must show.
      seenNames.add("class");
      refuse("class", c.getType().asString() + ".class is reflection; " + AllowList.ALLOWED);
    } else if (n instanceof ClassOrInterfaceType t && !isScopeOfType(t)) {
      checkType(t.getNameWithScope());
    } else if (n instanceof FullyQualifiedInlineCastExpr c) {
      checkType(c.getName().asString());
    } else if (n instanceof NameExpr name) {
      checkNameChain(name);
    } else if (n instanceof MethodCallExpr call) {
      checkCall(call.getNameAsString(), call.getScope().orElse(null), call);
    } else if (n instanceof NullSafeMethodCallExpr call) {
      checkCall(call.getNameAsString(), call.getScope().orElse(null), call);
    } else if (n instanceof FieldAccessExpr f) {
      checkProperty(f.getNameAsString());
    } else if (n instanceof NullSafeFieldAccessExpr f) {
      checkProperty(f.getNameAsString());
    } else if (n instanceof MethodReferenceExpr ref) {
      checkMethodName(ref.getIdentifier());
    } else if (n instanceof ModifyStatement modify) {
      // modify( $c ) { setValue( x ) }: the calls in the block are made on the modified fact.
      for (Node s : modify.getExpressions()) {
        if (s instanceof ExpressionStmt e && e.getExpression() instanceof MethodCallExpr call) {
          modifyCalls.add(call);
        }
      }
    } else if (n.getClass().getPackageName().startsWith("org.drools.") && !walked(n)) {
      refuse(
          firstWord(n),
          "cannot be checked for what it calls (" + n.getClass().getSimpleName() + ")");
    }
  }

  private void checkCall(String name, Expression target, Node call) {
    checkMethodName(name);
    if (target == null) {
      if (!onFact
          && !functions.contains(name)
          && !AllowList.HELPER_METHODS.contains(name)
          && !modifyCalls.contains(call)) {
        refuse(
            name,
            name
                + "( ) is neither a function of the rule set nor one of "
                + new java.util.TreeSet<>(AllowList.HELPER_METHODS));
      }
      return;
    }
    if (target instanceof NameExpr helper
        && AllowList.HELPERS.contains(helper.getNameAsString())
        && !AllowList.HELPER_METHODS.contains(name)) {
      refuse(
          name,
          helper.getNameAsString()
              + "."
              + name
              + "( ) reaches into the engine; rules may call "
              + new java.util.TreeSet<>(AllowList.HELPER_METHODS));
    }
    if (target instanceof MethodCallExpr inner
        && inner.getNameAsString().equals("getRule")
        && inner.getScope().orElse(null) instanceof NameExpr helper
        && AllowList.HELPERS.contains(helper.getNameAsString())
        && !AllowList.RULE_METHODS.contains(name)) {
      refuse(name, "the rule's " + name + "( ) is not for rules; use " + AllowList.RULE_METHODS);
    }
  }

  private void checkMethodName(String name) {
    if (!AllowList.allowsMethod(name)) {
      refuse(name, name + "( ) is not allowed in rules (reflection, the process or threads)");
    }
  }

  private void checkProperty(String name) {
    if (!AllowList.allowsProperty(name)) {
      refuse(name, "." + name + " is not allowed in rules (reflection, the process or threads)");
    }
  }

  /**
   * {@code System.exit}, {@code java.lang.System.exit}: the class the chain of names starts with.
   */
  private void checkNameChain(NameExpr start) {
    List<String> segments = new ArrayList<>();
    segments.add(start.getNameAsString());
    Node n = start;
    while (n.getParentNode().orElse(null) instanceof FieldAccessExpr f && f.getScope() == n) {
      segments.add(f.getNameAsString());
      n = f;
    }
    checkResolved(scope.resolve(segments));
  }

  private void checkType(String dotted) {
    checkResolved(scope.resolve(List.of(dotted.split("\\."))));
  }

  /** The word pointed at is the class's own name, which the source spells however qualified. */
  private void checkResolved(Optional<String> resolved) {
    resolved
        .filter(c -> !c.equals(TypeScope.DECLARED) && !AllowList.allowsType(c))
        .ifPresent(
            c ->
                refuse(
                    c.substring(c.lastIndexOf('.') + 1),
                    c + " is not allowed in rules; " + AllowList.ALLOWED));
  }

  /** The {@code java.io} of {@code java.io.File}: checked with the whole name. */
  private static boolean isScopeOfType(ClassOrInterfaceType t) {
    return t.getParentNode().orElse(null) instanceof ClassOrInterfaceType outer
        && outer.getScope().filter(s -> s == t).isPresent();
  }

  /** Drools' expression nodes whose parts {@link #children} walks. */
  private static boolean walked(Node n) {
    return n instanceof DrlxExpression
        || n instanceof PointFreeExpr
        || n instanceof HalfPointFreeExpr
        || n instanceof HalfBinaryExpr
        || n instanceof InlineCastExpr
        || n instanceof FullyQualifiedInlineCastExpr
        || n instanceof NullSafeMethodCallExpr
        || n instanceof NullSafeFieldAccessExpr
        || n instanceof ListCreationLiteralExpression
        || n instanceof MapCreationLiteralExpression
        || n instanceof MapCreationLiteralExpressionKeyValuePair
        || n instanceof ModifyStatement
        || n instanceof org.drools.mvel.parser.ast.expr.DrlNameExpr;
  }

  /**
   * A node's parts. Some of Drools' nodes do not list them as child nodes, so they are named here.
   */
  private static List<Node> children(Node n) {
    List<Node> parts = new ArrayList<>();
    if (n instanceof DrlxExpression d) {
      parts.add(d.getBind());
      parts.add(d.getExpr());
    } else if (n instanceof PointFreeExpr p) {
      // x after[ 1s, 2s ] $y: the operand, the right side, the operator and its arguments.
      parts.add(p.getLeft());
      parts.addAll(p.getRight());
      parts.addAll(
          Arrays.asList(p.getOperator(), p.getArg1(), p.getArg2(), p.getArg3(), p.getArg4()));
    } else if (n instanceof HalfPointFreeExpr p) {
      parts.addAll(p.getRight());
      parts.addAll(
          Arrays.asList(p.getOperator(), p.getArg1(), p.getArg2(), p.getArg3(), p.getArg4()));
    } else if (n instanceof HalfBinaryExpr h) {
      parts.add(h.getRight());
    } else if (n instanceof InlineCastExpr c) {
      parts.add(c.getType());
      parts.add(c.getExpression());
    } else if (n instanceof FullyQualifiedInlineCastExpr c) {
      parts.add(c.getScope());
      parts.add(c.getName());
      parts.addAll(c.getArguments());
    } else if (n instanceof NullSafeMethodCallExpr c) {
      c.getScope().ifPresent(parts::add);
      parts.add(c.getName());
      parts.addAll(c.getArguments());
      c.getTypeArguments().ifPresent(parts::addAll);
    } else if (n instanceof NullSafeFieldAccessExpr f) {
      parts.add(f.getScope());
      parts.add(f.getName());
    } else if (n instanceof ListCreationLiteralExpression l) {
      parts.addAll(l.getExpressions());
    } else if (n instanceof MapCreationLiteralExpression m) {
      parts.addAll(m.getExpressions());
    } else if (n instanceof MapCreationLiteralExpressionKeyValuePair kv) {
      parts.add(kv.getKey());
      parts.add(kv.getValue());
    } else if (n instanceof ModifyStatement m) {
      parts.add(m.getModifyObject());
      parts.addAll(m.getExpressions());
    } else {
      parts.addAll(n.getChildNodes());
    }
    parts.removeIf(java.util.Objects::isNull);
    return parts;
  }

  /**
   * The node's first identifier, for the message. Printed with Drools' printer: JavaParser's own
   * ({@code toString}) throws a ClassCastException on Drools' node types, such as an OOPath in a
   * constraint ({@code ClaimFact( /x.y )}, found by RuleFilesBodyFuzzTest).
   */
  private static String firstWord(Node n) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*").matcher(PrintUtil.printNode(n));
    return m.find() ? m.group() : "";
  }
}
