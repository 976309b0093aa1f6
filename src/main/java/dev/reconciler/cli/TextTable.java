package dev.reconciler.cli;

import java.io.PrintWriter;
import java.util.List;

/** Prints rows as left-aligned columns, each as wide as its widest cell, for people to read. */
final class TextTable {

  private TextTable() {}

  /** The first row is the header; every row has the same number of cells. */
  static void print(List<String[]> rows, PrintWriter out) {
    if (rows.isEmpty()) {
      return;
    }
    int[] width = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        line.append(i == row.length - 1 ? row[i] : String.format("%-" + width[i] + "s  ", row[i]));
      }
      out.println(line.toString().stripTrailing());
    }
  }
}
