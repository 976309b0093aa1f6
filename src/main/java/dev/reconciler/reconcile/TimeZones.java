package dev.reconciler.reconcile;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The time zone of a place named in a report, from the tz database as ICU4J ships it: a zone's
 * exemplar city ("Dhaka", "Kabul", "Karachi", "Nairobi") or a country that has one zone
 * ("Pakistan", "Iran", "Côte d'Ivoire"). The offset is the zone's on the day in question, so summer
 * time is right. Immutable; built once per JVM.
 */
public final class TimeZones {

  private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}'’ -]+");

  /** Countries often written otherwise than ICU's English display name. */
  private static final Map<String, String> COUNTRY_SPELLINGS =
      Map.of(
          "ivory coast",
          "CI",
          "cote d'ivoire",
          "CI",
          "burma",
          "MM",
          "the philippines",
          "PH",
          "turkiye",
          "TR",
          "drc",
          "CD",
          "dr congo",
          "CD",
          "uk",
          "GB",
          "britain",
          "GB",
          "us",
          "US");

  private static final TimeZones INSTANCE = new TimeZones();

  private final Map<String, String> zoneByPlace = new HashMap<>();
  private final int longestName;

  private TimeZones() {
    TimeZoneNames names = TimeZoneNames.getInstance(ULocale.ENGLISH);
    Set<String> zones =
        TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null);
    Map<String, Integer> zonesPerCountry = new HashMap<>();
    Map<String, String> countryZone = new HashMap<>();
    for (String id : zones) {
      String city = names.getExemplarLocationName(id);
      if (city != null) {
        zoneByPlace.putIfAbsent(fold(city), id);
      }
      String region = TimeZone.getRegion(id);
      if (region != null && !region.equals("001")) {
        zonesPerCountry.merge(region, 1, Integer::sum);
        countryZone.put(region, id);
      }
    }
    for (String region : ULocale.getISOCountries()) {
      if (zonesPerCountry.getOrDefault(region, 0) == 1) {
        String country = new ULocale("", region).getDisplayCountry(ULocale.ENGLISH);
        zoneByPlace.putIfAbsent(fold(country), countryZone.get(region));
      }
    }
    COUNTRY_SPELLINGS.forEach(
        (name, region) -> {
          if (zonesPerCountry.getOrDefault(region, 0) == 1) {
            zoneByPlace.putIfAbsent(name, countryZone.get(region));
          }
        });
    this.longestName =
        zoneByPlace.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
  }

  public static TimeZones get() {
    return INSTANCE;
  }

  /**
   * The zone of the most specific place a wording names, reading from its end ("Bacha Khan
   * University, Charsadda, Pakistan": Pakistan), a city before a country; or null.
   */
  public ZoneId zoneOf(String place) {
    String[] words = fold(place).split(" ");
    ZoneId country = null;
    for (int n = longestName; n >= 1; n--) {
      for (int i = 0; i + n <= words.length; i++) {
        String candidate = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n));
        String id = zoneByPlace.get(candidate);
        if (id != null) {
          ZoneId zone = ZoneId.of(id);
          if (isCity(candidate, id)) {
            return zone;
          }
          country = country == null ? zone : country;
        }
      }
    }
    return country;
  }

  private boolean isCity(String folded, String id) {
    String city = TimeZoneNames.getInstance(ULocale.ENGLISH).getExemplarLocationName(id);
    return city != null && fold(city).equals(folded);
  }

  /** The zone's offset on that day and at that time (noon when the time is not known). */
  public static ZoneOffset offsetOn(ZoneId zone, LocalDate day, LocalTime time) {
    if (day == null) {
      return zone.getRules().getStandardOffset(Instant.now());
    }
    return zone.getRules().getOffset(day.atTime(time == null ? LocalTime.NOON : time));
  }

  private static String fold(String s) {
    String plain =
        java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return WORDS
        .matcher(plain.toLowerCase(Locale.ROOT).replace('’', '\''))
        .replaceAll(" ")
        .replaceAll("\\s+", " ")
        .strip();
  }
}
