package dev.reconciler.reconcile.confine;

import dev.reconciler.reconcile.RuleSet;
import dev.reconciler.reconcile.RuleSetException;
import dev.reconciler.reconcile.RuleSetProblem;
import dev.reconciler.reconcile.confine.CodeText.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.drl.ast.descr.AbstractClassTypeDeclarationDescr;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AccumulateImportDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.ast.descr.TypeFieldDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * Refuses a rule set whose DRL imports, names or calls anything outside the {@link AllowList}. Each
 * file is read by Drools' own DRL parser (imports, globals, declared types, functions, rules with
 * their conditions, {@code from}, {@code accumulate} and consequences), each piece of code by
 * {@link CodeText}; every problem is one line with file and line. Every path to a compiled rule set
 * goes through here first (the command line's validate, the API's validate, dry-run and activation,
 * the file watch, start-up), so no compiled rule ever escaped the check.
 */
public final class RuleConfinement {

  private RuleConfinement() {}

  /**
   * Throws a {@link RuleSetException} listing every refused construct of the rule set's DRL files;
   * does nothing for a confined rule set. A file the DRL parser cannot read is left to the
   * compiler, whose error message is the better one (it does not compile either).
   */
  public static void enforce(RuleSet ruleSet) {
    Map<String, String> drl = ruleSet.drlFiles();
    Map<String, PackageDescr> parsed = new java.util.TreeMap<>();
    for (Map.Entry<String, String> f : drl.entrySet()) {
      DrlParser parser = new DrlParser();
      try {
        PackageDescr p = parser.parse(false, f.getValue());
        if (!parser.hasErrors() && p != null) {
          parsed.put(f.getKey(), p);
        }
      } catch (DroolsParserException | RuntimeException e) {
        // The compiler reports it.
      }
    }
    // Functions are visible to every file of their package.
    Set<String> functions = new HashSet<>();
    Set<String> declared = new HashSet<>();
    for (PackageDescr p : parsed.values()) {
      p.getFunctions().forEach(fn -> functions.add(fn.getName()));
      p.getFunctionImports()
          .forEach(i -> functions.add(i.getTarget().substring(i.getTarget().lastIndexOf('.') + 1)));
      p.getClassAndEnumDeclarationDescrs().forEach(t -> declared.add(t.getTypeName()));
    }
    List<RuleSetProblem> problems = new ArrayList<>();
    parsed.forEach(
        (path, p) ->
            problems.addAll(
                new FileCheck(ruleSet.display(path), drl.get(path), p, functions, declared).run()));
    if (!problems.isEmpty()) {
      throw new RuleSetException(problems);
    }
  }

  /** One DRL file's check. */
  private static final class FileCheck {

    private final String file;
    private final SourcePositions source;
    private final PackageDescr p;
    private final Set<String> functions;
    private final TypeScope scope;
    private final Set<RuleSetProblem> problems = new LinkedHashSet<>();
    private String rule;

    /** The pattern a {@code from} belongs to: the parser gives the source itself no line. */
    private BaseDescr lastPattern;

    FileCheck(
        String file, String text, PackageDescr p, Set<String> functions, Set<String> declared) {
      this.file = file;
      this.source = new SourcePositions(text);
      this.p = p;
      this.functions = functions;
      this.scope = new TypeScope(declared);
    }

    List<RuleSetProblem> run() {
      for (ImportDescr i : p.getImports()) {
        scope.addImport(i.getTarget());
        checkImport(i, "import ");
      }
      for (FunctionImportDescr i : p.getFunctionImports()) {
        String target = i.getTarget();
        String owner = target.substring(0, Math.max(0, target.lastIndexOf('.')));
        checkImport(i, owner, "import function ");
      }
      for (AccumulateImportDescr i : p.getAccumulateImports()) {
        refuse(
            i,
            "import accumulate "
                + i.getTarget()
                + ": custom accumulate functions are Java"
                + " classes, which rules may not bring in; use count, sum, min, max, average,"
                + " collectList or collectSet");
      }
      checkDialect(p.getAttributes(), p);
      for (GlobalDescr g : p.getGlobals()) {
        rule = "global " + g.getIdentifier();
        checkTypeName(g.getType(), g);
      }
      for (AbstractClassTypeDeclarationDescr t : p.getClassAndEnumDeclarationDescrs()) {
        checkDeclaredType(t);
      }
      for (FunctionDescr f : p.getFunctions()) {
        rule = "function " + f.getName();
        if (f.getDialect() != null && !f.getDialect().equals("java")) {
          refuse(f, "dialect \"" + f.getDialect() + "\" cannot be checked; write it in Java");
        }
        checkTypeName(f.getReturnType(), f);
        f.getParameterTypes().forEach(t -> checkTypeName(t, f));
        code(f.getBody(), Kind.BLOCK, f);
      }
      for (RuleDescr r : p.getRules()) {
        rule = "rule \"" + r.getName() + "\"";
        checkDialect(r.getAttributes().values(), r);
        for (AttributeDescr a : r.getAttributes().values()) {
          if (a.getType() == AttributeDescr.Type.EXPRESSION) {
            code(a.getValue(), Kind.EXPRESSION, a);
          }
        }
        lhs(r.getLhs());
        consequence(r.getConsequence(), r);
        r.getNamedConsequences().values().forEach(c -> consequence(c, r));
      }
      return onePerLine();
    }

    /**
     * One problem per line, the one furthest left: {@code System.exit( 1 )} is about System, not
     * also about exit.
     */
    private List<RuleSetProblem> onePerLine() {
      Map<Integer, RuleSetProblem> byLine = new java.util.TreeMap<>();
      List<RuleSetProblem> unplaced = new ArrayList<>();
      for (RuleSetProblem problem : problems) {
        if (problem.line() == 0) {
          unplaced.add(problem);
        } else {
          byLine.merge(problem.line(), problem, (a, b) -> b.column() < a.column() ? b : a);
        }
      }
      unplaced.addAll(byLine.values());
      return unplaced;
    }

    private void checkImport(ImportDescr i, String how) {
      String target = i.getTarget();
      if (target.endsWith(".*")) {
        String pkg = target.substring(0, target.length() - 2);
        if (TypeScope.loadable(pkg)) {
          checkImport(i, pkg, how);
        } else if (!AllowList.allowsPackage(pkg)) {
          refuse(i, how + target + ": " + pkg + " is not allowed in rules; " + AllowList.ALLOWED);
        }
        return;
      }
      checkImport(i, target, how);
    }

    /** {@code owner} is the imported class (a function's or a nested type's owner). */
    private void checkImport(ImportDescr i, String owner, String how) {
      var resolved = new TypeScope(Set.of()).resolve(List.of(owner.split("\\.")));
      String name = resolved.orElse(owner);
      if (!AllowList.allowsType(name)) {
        refuse(
            i,
            how + i.getTarget() + ": " + name + " is not allowed in rules; " + AllowList.ALLOWED);
      }
    }

    private void checkDialect(Iterable<AttributeDescr> attributes, BaseDescr where) {
      for (AttributeDescr a : attributes) {
        if (a.getName().equals("dialect") && !"java".equals(a.getValue())) {
          refuse(
              a.getLine() > 0 ? a : where,
              "dialect \""
                  + a.getValue()
                  + "\" cannot be checked for what it calls; rules are written in the java"
                  + " dialect (the default)");
        }
      }
    }

    private void checkDeclaredType(AbstractClassTypeDeclarationDescr t) {
      rule = "declare " + t.getTypeName();
      if (t instanceof org.drools.drl.ast.descr.EnumDeclarationDescr) {
        refuse(t, "declared enums run Java code of their own; not allowed in rules");
        return;
      }
      if (t instanceof TypeDeclarationDescr d) {
        d.getSuperTypes().forEach(s -> checkTypeName(s.getFullName(), t));
      }
      for (TypeFieldDescr f : t.getFields().values()) {
        if (f.getPattern() != null) {
          checkTypeName(f.getPattern().getObjectType(), f);
        }
        if (f.getInitExpr() != null) {
          code(f.getInitExpr(), Kind.EXPRESSION, f);
        }
      }
    }

    /** A condition element and everything in it; an element of a kind not known is refused. */
    private void lhs(BaseDescr d) {
      if (d == null) {
        return;
      }
      if (d instanceof PatternDescr pattern) {
        lastPattern = pattern;
        checkTypeName(pattern.getObjectType(), pattern);
        for (BaseDescr c : pattern.getDescrs()) {
          if (c instanceof ExprConstraintDescr e) {
            code(e.getExpression(), Kind.CONSTRAINT, e.getLine() > 0 ? e : pattern);
          } else {
            lhs(c);
          }
        }
        lhs(pattern.getSource());
      } else if (d instanceof FromDescr from) {
        code(from.getExpression(), Kind.EXPRESSION, from.getLine() > 0 ? from : lastPattern);
      } else if (d instanceof CollectDescr collect) {
        lhs(collect.getInputPattern());
      } else if (d instanceof AccumulateDescr acc) {
        lhs(acc.getInput());
        for (String code :
            new String[] {
              acc.getInitCode(), acc.getActionCode(), acc.getReverseCode(), acc.getResultCode()
            }) {
          if (code != null && !code.isBlank()) {
            code(code, Kind.BLOCK, acc);
          }
        }
        for (AccumulateDescr.AccumulateFunctionCallDescr fn : acc.getFunctions()) {
          if (!AllowList.ACCUMULATE_FUNCTIONS.contains(fn.getFunction())) {
            refuse(
                acc,
                "accumulate function "
                    + fn.getFunction()
                    + " is not one of "
                    + AllowList.ACCUMULATE_FUNCTIONS);
          }
          for (String param : fn.getParams()) {
            code(param, Kind.EXPRESSION, acc);
          }
        }
      } else if (d instanceof EvalDescr eval) {
        code(String.valueOf(eval.getContent()), Kind.EXPRESSION, eval);
      } else if (d instanceof EntryPointDescr) {
        // from entry-point "name": a name, no code.
      } else if (d instanceof ConditionalElementDescr ce
          && d.getClass().getPackageName().equals("org.drools.drl.ast.descr")
          && isPlainElement(d)) {
        for (Object c : ce.getDescrs()) {
          lhs((BaseDescr) c);
        }
      } else {
        refuse(
            d,
            d.getClass().getSimpleName().replace("Descr", "")
                + " cannot be checked for what it calls; not allowed in rules");
      }
    }

    /** and, or, not, exists, forall: elements that only combine others. */
    private static boolean isPlainElement(BaseDescr d) {
      String kind = d.getClass().getSimpleName();
      return Set.of("AndDescr", "OrDescr", "NotDescr", "ExistsDescr", "ForallDescr").contains(kind);
    }

    private void consequence(Object code, RuleDescr r) {
      if (code == null) {
        return;
      }
      int line = r.getConsequenceLine() > 0 ? r.getConsequenceLine() : r.getLine();
      code(String.valueOf(code), Kind.BLOCK, r, line);
    }

    private void code(String text, Kind kind, BaseDescr where) {
      code(text, kind, where, where.getLine());
    }

    /** Checks a piece of code found at {@code line} (1-based) of the file. */
    private void code(String text, Kind kind, BaseDescr where, int line) {
      if (text == null || text.isBlank()) {
        return;
      }
      int start = source.find(text, line);
      for (CodeCheck.Finding f : CodeText.check(text, kind, scope, functions)) {
        int at = source.wordAt(f.word(), start, text.length());
        problems.add(source.problem(file, at, line, prefixed(f.message())));
      }
    }

    private void checkTypeName(String type, BaseDescr where) {
      if (type == null || type.isBlank()) {
        return;
      }
      // Generic and array types: each name in them.
      for (String name : type.split("[<>,\\[\\]\\s?&]+")) {
        if (name.isEmpty() || name.equals("extends") || name.equals("super")) {
          continue;
        }
        scope
            .resolve(List.of(name.split("\\.")))
            .filter(c -> !c.equals(TypeScope.DECLARED) && !AllowList.allowsType(c))
            .ifPresent(
                c -> {
                  int start = source.find(type, where.getLine());
                  int at =
                      source.wordAt(
                          name.substring(name.lastIndexOf('.') + 1), start, type.length());
                  problems.add(
                      source.problem(
                          file,
                          at,
                          where.getLine(),
                          prefixed(c + " is not allowed in rules; " + AllowList.ALLOWED)));
                });
      }
    }

    private void refuse(BaseDescr where, String message) {
      problems.add(
          new RuleSetProblem(file, where.getLine(), where.getColumn() + 1, prefixed(message)));
    }

    private String prefixed(String message) {
      return rule == null ? message : rule + ": " + message;
    }
  }
}
