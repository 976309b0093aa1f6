package dev.reconciler.read;

import java.util.Arrays;
import java.util.Optional;

/** The representations of one incident: the whole document, or its summary without claims. */
public enum IncidentView {
  /** {@code {"id","place","date","title","resolvedAt","resolution"}}: the stored resolution. */
  FULL("full"),
  /**
   * {@code {"id","place","date","title","resolvedAt","attributes":{name:{"status","best"}}}}: the
   * current resolution's attribute rows, without its text (no claims, ranges or rules).
   */
  SUMMARY("summary");

  private final String key;

  IncidentView(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  public static Optional<IncidentView> of(String key) {
    return Arrays.stream(values()).filter(v -> v.key.equals(key)).findFirst();
  }
}
