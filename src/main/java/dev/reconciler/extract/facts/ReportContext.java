package dev.reconciler.extract.facts;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the finders may know of the whole report while they read one sentence.
 *
 * @param day the report's date when it gives the day, else null
 * @param city the city the report is about (the one it names most, its dateline counting once), or
 *     null
 * @param dateline the town of its dateline ("CHARSADDA:"), where "here" is, or null
 * @param country the country it names most, or null
 * @param latestNamedDay in an undated report, the latest full date its text names ("July 2, 2016"
 *     in a caption), which its weekdays are read against; null otherwise
 * @param towns every town the report names, in lower case ("garissa" makes "Garissa University
 *     College" a place that names its town)
 * @param attackersBefore the most attackers the sentence before counted ("between 10 and 15
 *     terrorists attacked": 15), which a figure without a noun may count part of ("Five were
 *     killed"); 0 when it counted none
 */
public record ReportContext(
    LocalDate day,
    String city,
    String dateline,
    String country,
    LocalDate latestNamedDay,
    Set<String> towns,
    int attackersBefore) {

  public static final ReportContext NONE =
      new ReportContext(null, null, null, null, null, Set.of(), 0);

  public ReportContext {
    towns = towns == null ? Set.of() : Set.copyOf(towns);
  }

  public static ReportContext dated(LocalDate day) {
    return new ReportContext(day, null, null, null, null, Set.of(), 0);
  }

  /** The same report, read at a sentence after one that counted {@code attackers} attackers. */
  public ReportContext afterAttackers(int attackers) {
    return attackers == attackersBefore
        ? this
        : new ReportContext(day, city, dateline, country, latestNamedDay, towns, attackers);
  }
}
