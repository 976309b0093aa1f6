package dev.reconciler.reconcile;

import dev.reconciler.claim.Claim;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The input of one reconciliation: the claims about one incident and the dates of the reports they
 * come from (a report missing from the map, or mapped to null, has no date and counts as earliest).
 */
public record Incident(List<Claim> claims, Map<String, LocalDate> reportDates) {

  public Incident {
    claims = List.copyOf(claims);
    reportDates =
        reportDates == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new java.util.HashMap<>(reportDates));
    Set<String> ids = new HashSet<>();
    for (Claim c : claims) {
      if (c.id() == null || !ids.add(c.id())) {
        throw new IllegalArgumentException(
            "every claim needs its own id; repeated or missing: " + c.id() + " (" + c + ")");
      }
    }
  }

  public LocalDate dateOf(String reportId) {
    return reportDates.get(reportId);
  }
}
