package dev.reconciler.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Median and range of repeated measurements: {median, min, max}. */
final class Stats {

  private Stats() {}

  static double[] of(List<Double> values) {
    List<Double> v = new ArrayList<>(values);
    Collections.sort(v);
    int n = v.size();
    double median = n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
    return new double[] {median, v.get(0), v.get(n - 1)};
  }

  static String format(double[] s) {
    return String.format(Locale.ROOT, "%s [%s..%s]", round(s[0]), round(s[1]), round(s[2]));
  }

  private static String round(double x) {
    return x >= 100 ? String.format(Locale.ROOT, "%.0f", x) : String.format(Locale.ROOT, "%.2f", x);
  }
}
