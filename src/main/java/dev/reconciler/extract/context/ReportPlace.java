package dev.reconciler.extract.context;

import dev.reconciler.extract.facts.LocationFinder;
import dev.reconciler.extract.text.Paragraph;
import dev.reconciler.extract.text.Sentence;
import dev.reconciler.extract.text.Token;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a report is about: the town of its dateline ("DHAKA, Bangladesh (CNN) —", "GARISSA –",
 * "TEHRAN:"), else the town (CoreNLP's CITY) it names most often; and the country it names most.
 */
public final class ReportPlace {

  /**
   * A dateline: a town in capitals at the start of the body, then a comma, dash, colon or bracket.
   */
  private static final Pattern DATELINE =
      Pattern.compile("^([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,2})\\s*(?:,|–|—|-|:|\\()");

  private ReportPlace() {}

  /**
   * The report's town, or null: the town it names most, its dateline counting as one mention (a
   * wire's dateline is often its bureau's city, "BEIRUT" for an attack in Iran); a tie goes to the
   * town named first.
   */
  public static String town(List<Paragraph> paragraphs) {
    return town(paragraphs, s -> true);
  }

  /**
   * The report's town as {@link #town(List)}, counting only the towns named in sentences that
   * {@code own} accepts (not another incident's: "the school in Peshawar stormed a year ago") and
   * not those named as a point of reference ("50 kilometres from Peshawar", "north of Kabul").
   */
  public static String town(List<Paragraph> paragraphs, Predicate<Sentence> own) {
    Map<String, Integer> counts = namedCounts(paragraphs, "CITY", own);
    String dateline = dateline(paragraphs);
    if (dateline != null) {
      String key =
          counts.keySet().stream().filter(dateline::equalsIgnoreCase).findFirst().orElse(dateline);
      counts.merge(key, 1, Integer::sum);
    }
    return mostOf(counts);
  }

  /** Every town (CoreNLP's CITY) the report names, in lower case. */
  public static Set<String> towns(List<Paragraph> paragraphs) {
    Set<String> out = new java.util.HashSet<>();
    for (String town : namedCounts(paragraphs, "CITY", s -> true).keySet()) {
      out.add(town.toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /** The town of the report's dateline ("DHAKA, Bangladesh (CNN) —", "TEHRAN:"), or null. */
  public static String dateline(List<Paragraph> paragraphs) {
    for (Paragraph p : paragraphs.subList(0, Math.min(3, paragraphs.size()))) {
      Matcher m = DATELINE.matcher(p.text());
      if (m.find() && m.group(1).length() > 2) {
        return titleCase(m.group(1));
      }
    }
    return null;
  }

  /** The country the report names most, or null. */
  public static String country(List<Paragraph> paragraphs) {
    return mostNamed(paragraphs, "COUNTRY");
  }

  /** The latest full date (SUTime's YYYY-MM-DD) the text names, or null. */
  public static java.time.LocalDate latestNamedDay(List<Paragraph> paragraphs) {
    java.time.LocalDate latest = null;
    for (Paragraph p : paragraphs) {
      for (Sentence s : p.sentences()) {
        for (Token t : s.tokens()) {
          if ("DATE".equals(t.ner())
              && t.normalized() != null
              && t.normalized().matches("\\d{4}-\\d{2}-\\d{2}")) {
            java.time.LocalDate d = java.time.LocalDate.parse(t.normalized());
            latest = latest == null || d.isAfter(latest) ? d : latest;
          }
        }
      }
    }
    return latest;
  }

  private static String mostNamed(List<Paragraph> paragraphs, String entityClass) {
    return mostOf(namedCounts(paragraphs, entityClass, s -> true));
  }

  /** The name counted most, the first named of those tied; null for none. */
  private static String mostOf(Map<String, Integer> counts) {
    String best = null;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (best == null || e.getValue() > counts.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }

  /**
   * How often each entity of the class is named, in the order first named; a dateline in capitals
   * is left to {@link #dateline}, so that it counts once.
   */
  private static Map<String, Integer> namedCounts(
      List<Paragraph> paragraphs, String entityClass, Predicate<Sentence> own) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Paragraph p : paragraphs) {
      for (Sentence s : p.sentences()) {
        if (!own.test(s)) {
          continue;
        }
        for (int k = 0; k < s.size(); k++) {
          Token t = s.token(k);
          boolean last = k + 1 >= s.size() || !entityClass.equals(s.token(k + 1).ner());
          // "the town of Grand-Bassam": a town by what the text calls it, whatever its tag
          boolean namedTown = "CITY".equals(entityClass) && LocationFinder.isNamedAsTown(s, k);
          if ((entityClass.equals(t.ner()) && last || namedTown) && !isDatelineWord(p, s, k)) {
            int from = namedTown ? LocationFinder.townNameStart(s, k) : k;
            while (from > 0 && entityClass.equals(s.token(from - 1).ner())) {
              from--;
            }
            if (!isReferencePoint(s, from)) {
              counts.merge(s.textOf(from, k + 1).replaceAll("(?:'s|’s)$", ""), 1, Integer::sum);
            }
          }
        }
      }
    }
    return counts;
  }

  private static final Set<String> DISTANCES =
      Set.of("kilometres", "kilometers", "kilometre", "kilometer", "km", "miles", "mile");

  private static final Set<String> DIRECTIONS =
      Set.of(
          "north",
          "south",
          "east",
          "west",
          "northeast",
          "northwest",
          "southeast",
          "southwest",
          "north-east",
          "north-west",
          "south-east",
          "south-west");

  /**
   * A place named to say where another is: "50 kilometres (30 miles) from the provincial capital of
   * Peshawar", "north of Kabul", "away from Kabul".
   */
  private static boolean isReferencePoint(Sentence s, int name) {
    boolean linked = false;
    for (int k = name - 1; k >= Math.max(0, name - 8); k--) {
      String w = s.token(k).lower();
      linked |= w.equals("from") || w.equals("of");
      if (linked && (DISTANCES.contains(w) || DIRECTIONS.contains(w) || w.equals("away"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDatelineWord(Paragraph p, Sentence s, int k) {
    Matcher m = DATELINE.matcher(p.text());
    Token t = s.token(k);
    return s == p.sentences().get(0)
        && m.find()
        && k <= 2
        && t.text().equals(t.text().toUpperCase(Locale.ROOT));
  }

  private static String titleCase(String upper) {
    StringBuilder b = new StringBuilder();
    for (String w : upper.toLowerCase(Locale.ROOT).split(" ")) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    return b.toString();
  }
}
