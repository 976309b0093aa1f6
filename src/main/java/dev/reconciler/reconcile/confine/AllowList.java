package dev.reconciler.reconcile.confine;

import java.util.Set;

/**
 * The types and members rules may use. Everything not allowed here is refused: a new need is a
 * deliberate change to this list (ADR 6), never a side effect of what the class path holds.
 */
final class AllowList {

  /** Said in every refusal, so that an editor knows what is allowed instead. */
  static final String ALLOWED =
      "rules may use the project's facts and values, java.util, java.time, java.math and value"
          + " types such as String, Math and Integer";

  /** Packages whose every type is a value or a collection of values. */
  private static final Set<String> PACKAGES =
      Set.of(
          "dev.reconciler.claim",
          "dev.reconciler.reconcile.facts",
          "java.util",
          "java.util.function",
          "java.util.stream",
          "java.util.regex",
          "java.time",
          "java.time.chrono",
          "java.time.format",
          "java.time.temporal",
          "java.math");

  /** Single types outside those packages. */
  private static final Set<String> TYPES =
      Set.of(
          // The global through which rules read the editors' tables (ADR 2).
          "dev.reconciler.reconcile.EditorsData",
          // The statuses an attribute is published with (settled, unverified, ...).
          "dev.reconciler.reconcile.Status",
          "java.lang.Boolean",
          "java.lang.Byte",
          "java.lang.Character",
          "java.lang.CharSequence",
          "java.lang.Comparable",
          "java.lang.Double",
          "java.lang.Float",
          "java.lang.Integer",
          "java.lang.Iterable",
          "java.lang.Long",
          "java.lang.Math",
          "java.lang.Number",
          "java.lang.Object",
          "java.lang.Short",
          "java.lang.StrictMath",
          "java.lang.String",
          "java.lang.StringBuilder",
          "java.lang.ArithmeticException",
          "java.lang.IllegalArgumentException",
          "java.lang.IllegalStateException",
          "java.lang.IndexOutOfBoundsException",
          "java.lang.NullPointerException",
          "java.lang.NumberFormatException",
          "java.lang.RuntimeException",
          "java.lang.UnsupportedOperationException");

  /**
   * Types of the allowed packages that reach beyond values: threads (Timer), class loading by name
   * (ServiceLoader, ResourceBundle), files (Formatter and Scanner open them by name).
   */
  private static final Set<String> EXCEPT =
      Set.of(
          "java.util.ServiceLoader",
          "java.util.ResourceBundle",
          "java.util.ListResourceBundle",
          "java.util.PropertyResourceBundle",
          "java.util.Timer",
          "java.util.TimerTask",
          "java.util.Formatter",
          "java.util.Scanner",
          "java.util.Properties");

  /**
   * Methods refused on any receiver, because they lead to reflection, class loading, the process or
   * the thread: whatever object a rule holds, {@code getClass()} would open the rest.
   */
  private static final Set<String> METHODS =
      Set.of(
          "getClass",
          "getClassLoader",
          "getContextClassLoader",
          "forName",
          "loadClass",
          "defineClass",
          "newInstance",
          "getMethod",
          "getMethods",
          "getDeclaredMethod",
          "getDeclaredMethods",
          "getField",
          "getFields",
          "getDeclaredField",
          "getDeclaredFields",
          "getConstructor",
          "getConstructors",
          "getDeclaredConstructor",
          "getDeclaredConstructors",
          "invoke",
          "invokeExact",
          "invokeWithArguments",
          "setAccessible",
          "lookup",
          "exec",
          "exit",
          "halt",
          "getRuntime",
          "load",
          "loadLibrary",
          "getenv",
          "getProperty",
          "getProperties",
          // Integer.getInteger, Long.getLong and Boolean.getBoolean read system properties.
          "getInteger",
          "getLong",
          "getBoolean",
          "wait",
          "notify",
          "notifyAll");

  /**
   * What a consequence may call on Drools' helpers ({@code drools}, {@code kcontext}) and,
   * unqualified, of the helper: assert and withdraw facts, name the rule. Not the session, the
   * KieBase or the agenda.
   */
  static final Set<String> HELPER_METHODS =
      Set.of("insert", "insertLogical", "update", "delete", "retract", "getRule");

  /** The names of Drools' helpers inside a consequence. */
  static final Set<String> HELPERS = Set.of("drools", "kcontext");

  /** What a rule may read of {@code drools.getRule()}. */
  static final Set<String> RULE_METHODS = Set.of("getName", "getPackageName", "getId");

  /** Drools' built-in accumulate functions; custom ones are classes, which are not allowed. */
  static final Set<String> ACCUMULATE_FUNCTIONS =
      Set.of(
          "count",
          "sum",
          "average",
          "min",
          "max",
          "collectList",
          "collectSet",
          "variance",
          "standardDeviation");

  private AllowList() {}

  /** Whether rules may use the type of this canonical name (nested types by their outer type). */
  static boolean allowsType(String name) {
    if (TYPES.contains(name)) {
      return true;
    }
    if (EXCEPT.contains(name)) {
      return false;
    }
    int dot = name.lastIndexOf('.');
    if (dot <= 0) {
      return false;
    }
    String outer = name.substring(0, dot);
    if (PACKAGES.contains(outer)) {
      return true;
    }
    // A nested type (java.util.Map.Entry) goes with its outer type.
    String outerSimple = outer.substring(outer.lastIndexOf('.') + 1);
    return Character.isUpperCase(outerSimple.charAt(0)) && allowsType(outer);
  }

  /** Whether {@code import p.*} may name this package ({@code java.lang} is imported anyway). */
  static boolean allowsPackage(String name) {
    return PACKAGES.contains(name) || name.equals("java.lang");
  }

  /** Whether a method of this name may be called, on whatever receiver. */
  static boolean allowsMethod(String name) {
    return !METHODS.contains(name);
  }

  /**
   * Whether {@code object.name} may be read: MVEL reads {@code $c.class} as {@code getClass()}, so
   * a property is refused when its getter is.
   */
  static boolean allowsProperty(String name) {
    if (name.equals("class") || name.isEmpty()) {
      return false;
    }
    // Only the getter: a package's name (java.lang.invoke) is read as a property too.
    return allowsMethod("get" + Character.toUpperCase(name.charAt(0)) + name.substring(1));
  }
}
