package dev.reconciler.reconcile.confine;

import dev.reconciler.reconcile.RuleSetProblem;

/**
 * Where a refused word is in a DRL file. Drools' expression parser keeps no positions, so the word
 * is looked up in the piece of code it came from, which is looked up from the line the DRL parser
 * gave it.
 */
final class SourcePositions {

  private final String text;

  SourcePositions(String text) {
    this.text = text;
  }

  /** Where {@code code} starts, searching from {@code line} (1-based); -1 when not found. */
  int find(String code, int line) {
    int from = line > 0 ? lineStart(line) : 0;
    String probe = code.strip();
    int at = probe.isEmpty() ? -1 : text.indexOf(probe, from);
    if (at < 0 && line > 0) {
      at = from;
    }
    return at;
  }

  /** The first whole-word {@code word} in {@code [start, start + length)}, else {@code start}. */
  int wordAt(String word, int start, int length) {
    if (start < 0 || word.isEmpty()) {
      return start;
    }
    int end = Math.min(text.length(), start + length + word.length());
    int at = text.indexOf(word, start);
    while (at >= 0 && at < end) {
      boolean before = at == 0 || !Character.isJavaIdentifierPart(text.charAt(at - 1));
      int after = at + word.length();
      if (before
          && (after >= text.length() || !Character.isJavaIdentifierPart(text.charAt(after)))) {
        return at;
      }
      at = text.indexOf(word, at + 1);
    }
    return start;
  }

  /** A problem at character {@code index}, or at {@code line} when the index is unknown. */
  RuleSetProblem problem(String file, int index, int line, String message) {
    if (index < 0) {
      return new RuleSetProblem(file, line, 0, message);
    }
    int l = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        l++;
        lineStart = i + 1;
      }
    }
    return new RuleSetProblem(file, l, index - lineStart + 1, message);
  }

  private int lineStart(int line) {
    int at = 0;
    for (int l = 1; l < line && at >= 0; l++) {
      at = text.indexOf('\n', at);
      at = at < 0 ? -1 : at + 1;
    }
    return Math.max(0, at);
  }
}
