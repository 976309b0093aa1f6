package dev.reconciler.read;

import java.time.LocalDate;
import java.util.Set;

/**
 * A page of the incident list. Every filter may be null: {@code from}/{@code to} bound the incident
 * date (inclusive), {@code place} is a case-insensitive part of the place, {@code status} one that
 * any attribute of the current resolution has. Pages count from 0; size is 1 to 500.
 */
public record IncidentQuery(
    LocalDate from, LocalDate to, String place, String status, int page, int size) {

  public static final int MAX_SIZE = 500;
  private static final Set<String> STATUSES =
      Set.of("settled", "disputed", "unverified", "unknown");

  public IncidentQuery {
    if (page < 0) {
      throw new IllegalArgumentException("page: pages count from 0, not " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size: between 1 and " + MAX_SIZE + ", not " + size);
    }
    if (status != null && !status.isBlank() && !STATUSES.contains(status.strip())) {
      throw new IllegalArgumentException("status: one of " + STATUSES + ", not '" + status + "'");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
  }
}
