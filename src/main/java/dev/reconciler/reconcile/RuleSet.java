package dev.reconciler.reconcile;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A loaded rule set: its identity (manifest version and a content hash of every rule file), the
 * full text of every file so that a stored rule set can be rebuilt exactly, the policy order from
 * the manifest and the editors' data as facts.
 *
 * @param version the manifest's version
 * @param hash SHA-256 over every rule file's path and text (scenarios under tests/ excluded)
 * @param files relative path ({@code policy/rank.drl}) to text, in path order
 * @param agenda the agenda groups in the order the policies apply
 * @param data the editors' tables, as facts
 * @param label where the files came from, prefixed to paths in messages ({@code rules})
 */
public record RuleSet(
    String version,
    String hash,
    SortedMap<String, String> files,
    List<String> agenda,
    EditorsData data,
    String label) {

  public RuleSet {
    files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    agenda = List.copyOf(agenda);
  }

  /** The DRL files, relative path to text. */
  public SortedMap<String, String> drlFiles() {
    SortedMap<String, String> drl = new TreeMap<>();
    files.forEach(
        (path, text) -> {
          if (path.endsWith(".drl")) {
            drl.put(path, text);
          }
        });
    return drl;
  }

  /** The name shown for a file in messages: the label and the relative path. */
  public String display(String path) {
    return label == null || label.isEmpty() ? path : label + "/" + path;
  }

  /** A short identity for tables and logs: {@code 1.0.0+3f2a9c1b}. */
  public String id() {
    return version + "+" + hash.substring(0, 8);
  }
}
