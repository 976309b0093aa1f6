package dev.reconciler.reconcile.confine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which class a name in one DRL file means, as the compiler would find it: the file's imports, the
 * types it declares, then {@code java.lang}; a dotted name whose start is no type is tried as a
 * fully-qualified one ({@code java.io.File}), so that qualifying a name does not dodge the imports.
 */
final class TypeScope {

  /** Declared in the DRL itself ({@code declare}): plain data, allowed. */
  static final String DECLARED = "(declared)";

  private static final Map<String, Boolean> LOADABLE = new ConcurrentHashMap<>();

  private final Map<String, String> single = new HashMap<>();
  private final List<String> onDemand = new ArrayList<>();
  private final Set<String> declared;

  TypeScope(Set<String> declared) {
    this.declared = Set.copyOf(declared);
  }

  /** {@code import a.b.C} or {@code import a.b.*}. */
  void addImport(String target) {
    if (target.endsWith(".*")) {
      onDemand.add(target.substring(0, target.length() - 2));
    } else {
      single.put(target.substring(target.lastIndexOf('.') + 1), target);
    }
  }

  /**
   * The class a dotted name starts with ({@code System.exit}: java.lang.System; {@code
   * java.io.File.separator}: java.io.File), {@link #DECLARED}, or empty when it names no type (a
   * variable, a field).
   */
  Optional<String> resolve(List<String> segments) {
    String first = segments.get(0);
    String imported = single.get(first);
    if (imported != null) {
      return Optional.of(imported);
    }
    for (String p : onDemand) {
      if (loadable(p + "." + first)) {
        return Optional.of(p + "." + first);
      }
    }
    if (loadable("java.lang." + first)) {
      return Optional.of("java.lang." + first);
    }
    // After the classes: a declaration of a name that is a class (declare Thread) is Drools'
    // metadata on that class, not a new type.
    if (declared.contains(first)) {
      return Optional.of(DECLARED);
    }
    StringBuilder name = new StringBuilder(first);
    for (int i = 1; i < segments.size(); i++) {
      name.append('.').append(segments.get(i));
      if (loadable(name.toString())) {
        return Optional.of(name.toString());
      }
    }
    return Optional.empty();
  }

  /** Whether a class of this name exists; looked up without initialising it, so nothing runs. */
  static boolean loadable(String name) {
    Boolean known = LOADABLE.get(name);
    if (known != null) {
      return known;
    }
    boolean found;
    try {
      Class.forName(name, false, TypeScope.class.getClassLoader());
      found = true;
    } catch (ClassNotFoundException | LinkageError e) {
      found = false;
    }
    // Names come from editors' texts: remember a bounded number of them.
    if (LOADABLE.size() < 10_000) {
      LOADABLE.put(name, found);
    }
    return found;
  }
}
