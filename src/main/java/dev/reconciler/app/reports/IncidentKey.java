package dev.reconciler.app.reports;

import dev.reconciler.claim.Attribute;
import dev.reconciler.claim.Claim;
import dev.reconciler.claim.Scope;
import dev.reconciler.claim.StartTime;
import dev.reconciler.claim.TextValue;
import dev.reconciler.reconcile.EditorsData;
import dev.reconciler.reconcile.facts.City;
import dev.reconciler.report.Report;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where and when a report says its attack happened, as reports are matched to incidents.
 *
 * <p>The place is the city of the best-ranked location claim (ranked by the editors' table) when
 * the editors' city list names one there (so that "Karachi police headquarters" and "the police
 * chief's office in Karachi" match), else the city the report's text names most often ("the police
 * headquarters in Pakistan's largest city" in a report about Karachi), else the location claim's
 * own words. The date is that of the best dated start time, else the report's date; a report with
 * neither may still give the weekday of its start time ("Friday night"). Any part may be unknown.
 */
public record IncidentKey(String place, LocalDate date, DayOfWeek weekday) {

  public IncidentKey {
    place = place == null || place.isBlank() ? null : place.strip().replaceAll("\\s+", " ");
    if (date != null) {
      weekday = date.getDayOfWeek();
    }
  }

  /** A place and a date or weekday: enough to look for the incident. */
  public boolean matchable() {
    return place != null && (date != null || weekday != null);
  }

  /**
   * The advisory-lock key of this key's place. Every assignment by place waits for the others of
   * the same place, so two reports of one new incident never both find none and both create one (a
   * lock per place and day would miss reports that give only a weekday).
   */
  public String lockKey() {
    return "incident:" + place.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    String when =
        date != null ? date.toString() : weekday != null ? "a " + weekday : "unknown date";
    return (place == null ? "unknown place" : place) + ", " + when;
  }

  /** The key of a report from its claims, ranked with the editors' table of {@code data}. */
  public static IncidentKey of(Report report, List<Claim> claims, EditorsData data) {
    Comparator<Claim> byRank =
        Comparator.comparingInt((Claim c) -> data.rankOf(c.role(), c.attribute())).reversed();
    List<Place> places =
        claims.stream()
            .filter(c -> c.attribute() == Attribute.LOCATION && c.scope() == Scope.THIS)
            .map(c -> new Place(c, city(data, ((TextValue) c.value()).text())))
            .sorted(
                Comparator.comparing((Place p) -> p.city() == null)
                    .thenComparing(Place::claim, byRank))
            .toList();
    String place = places.isEmpty() ? null : places.get(0).city();
    if (place == null) {
      place =
          mostNamedCity(data, report.text()).orElse(places.isEmpty() ? null : places.get(0).name());
    }
    List<StartTime> starts =
        claims.stream()
            .filter(c -> c.attribute() == Attribute.START_TIME && c.scope() == Scope.THIS)
            .sorted(byRank)
            .map(c -> (StartTime) c.value())
            .toList();
    LocalDate date =
        starts.stream()
            .map(StartTime::date)
            .filter(d -> d != null)
            .findFirst()
            .orElse(report.publishedOnDay());
    DayOfWeek weekday =
        starts.stream().map(StartTime::weekday).filter(w -> w != null).findFirst().orElse(null);
    return new IncidentKey(place, date, weekday);
  }

  /** A location claim and the known city it names, or null. */
  private record Place(Claim claim, String city) {
    String name() {
      return city != null ? city : ((TextValue) claim.value()).text();
    }
  }

  private static String fold(String text) {
    return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ");
  }

  private static String city(EditorsData data, String place) {
    String folded = fold(place);
    return data.cities().stream()
        .filter(c -> c.foundIn(folded))
        .map(City::getName)
        .findFirst()
        .orElse(null);
  }

  /** The known city named most often in {@code text}, if any; a tie goes to the one named first. */
  private static Optional<String> mostNamedCity(EditorsData data, String text) {
    String folded = fold(text);
    String best = null;
    int bestCount = 0;
    int bestFirst = Integer.MAX_VALUE;
    for (City c : data.cities()) {
      Matcher m =
          Pattern.compile(
                  "(?<![\\p{L}\\p{N}])" + Pattern.quote(fold(c.getName())) + "(?![\\p{L}\\p{N}])")
              .matcher(folded);
      int count = 0;
      int first = -1;
      while (m.find()) {
        first = first < 0 ? m.start() : first;
        count++;
      }
      if (count > bestCount || (count == bestCount && count > 0 && first < bestFirst)) {
        best = c.getName();
        bestCount = count;
        bestFirst = first;
      }
    }
    return Optional.ofNullable(best);
  }
}
