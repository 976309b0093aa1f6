package dev.reconciler.ingest;

import dev.reconciler.claim.Attribute;
import dev.reconciler.claim.Claim;
import dev.reconciler.claim.Role;
import dev.reconciler.claim.Scope;
import dev.reconciler.claim.StartTime;
import dev.reconciler.claim.TextValue;
import dev.reconciler.reconcile.EditorsData;
import dev.reconciler.reconcile.facts.City;
import dev.reconciler.reconcile.facts.RankEntry;
import dev.reconciler.report.Report;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where and when a report says its attack happened, as reports are matched to incidents: the place
 * of the best location claim reduced to its city when the editors' city list names one (so that
 * "Karachi police headquarters" and "Karachi" match), and the date of the best dated start time,
 * else the report's date. Either may be unknown; an incomplete key matches no incident.
 */
public record IncidentKey(String place, LocalDate date) {

  public IncidentKey {
    place = place == null || place.isBlank() ? null : place.strip().replaceAll("\\s+", " ");
  }

  public boolean complete() {
    return place != null && date != null;
  }

  /**
   * The advisory-lock keys of this key: its place on the day before, the day and the day after.
   * Two reports whose dates are within a day of each other share at least one key, so they never
   * both decide that no incident exists yet.
   */
  public List<String> lockKeys() {
    String p = place.toLowerCase(Locale.ROOT);
    return List.of(
        "incident:" + p + "|" + date.minusDays(1),
        "incident:" + p + "|" + date,
        "incident:" + p + "|" + date.plusDays(1));
  }

  @Override
  public String toString() {
    return (place == null ? "unknown place" : place) + ", " + (date == null ? "unknown date" : date);
  }

  /** The key of a report from its claims, ranked with the editors' table of {@code data}. */
  public static IncidentKey of(Report report, List<Claim> claims, EditorsData data) {
    Comparator<Claim> byRank = Comparator.comparingInt((Claim c) -> rank(data, c)).reversed();
    String place =
        claims.stream()
            .filter(c -> c.attribute() == Attribute.LOCATION && c.scope() == Scope.THIS)
            .map(c -> new Place(c, city(data, ((TextValue) c.value()).text())))
            // A claim that names a known city beats one that does not; then rank decides.
            .sorted(Comparator.comparing((Place p) -> p.city() == null).thenComparing(Place::claim, byRank))
            .findFirst()
            .map(Place::name)
            .orElse(null);
    LocalDate date =
        claims.stream()
            .filter(c -> c.attribute() == Attribute.START_TIME && c.scope() == Scope.THIS)
            .filter(c -> ((StartTime) c.value()).date() != null)
            .sorted(byRank)
            .map(c -> ((StartTime) c.value()).date())
            .findFirst()
            .orElse(report.publishedOn());
    return new IncidentKey(place, date);
  }

  /** A location claim and the known city it names, or null. */
  private record Place(Claim claim, String city) {
    String name() {
      return city != null ? city : ((TextValue) claim.value()).text();
    }
  }

  private static String city(EditorsData data, String place) {
    String folded = place.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ");
    return data.cities().stream().filter(c -> c.foundIn(folded)).map(City::getName).findFirst().orElse(null);
  }

  private static int rank(EditorsData data, Claim c) {
    Optional<RankEntry> exact =
        data.ranks().stream().filter(r -> r.getRole() == c.role() && r.getAttribute() == c.attribute()).findFirst();
    return exact
        .or(() -> data.ranks().stream().filter(r -> r.getRole() == c.role() && r.getAttribute() == null).findFirst())
        .map(RankEntry::getRank)
        .orElse(c.role() == Role.OFFICIAL ? 4 : 0);
  }
}
