package dev.reconciler.eval;

import dev.reconciler.claim.Attribute;
import dev.reconciler.claim.Claim;
import dev.reconciler.claim.ClaimValue;
import dev.reconciler.claim.CountRange;
import dev.reconciler.claim.Role;
import dev.reconciler.claim.Scope;
import dev.reconciler.claim.TextValue;
import dev.reconciler.reconcile.AttributeResult;
import dev.reconciler.reconcile.EditorsData;
import dev.reconciler.reconcile.facts.GroupAlias;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * When an extracted claim is the editor's, and when a published attribute is what the editor
 * publishes (the rules are in {@code src/test/resources/corpus/README.md}, "Scoring"). Groups are
 * compared after the editors' alias table, as the rules compare them.
 */
public final class GoldMatching {

  /** Words of a place that name no place by themselves. */
  private static final Set<String> PLACE_FILLER =
      Set.of(
          "the",
          "of",
          "in",
          "at",
          "on",
          "and",
          "near",
          "city",
          "town",
          "area",
          "district",
          "province",
          "capital",
          "its",
          "their",
          "country",
          "country's",
          "city's");

  private final EditorsData editors;

  public GoldMatching(EditorsData editors) {
    this.editors = editors;
  }

  /** The extracted claim is about this incident and says what the gold claim says. */
  public boolean matches(GoldClaim g, Claim c, Function<String, String> reportName) {
    return c.scope() == Scope.THIS
        && g.report().equals(reportName.apply(c.reportId()))
        && g.attribute() == c.attribute()
        && g.values().stream().anyMatch(v -> sameClaimValue(g.attribute(), v, c.value()))
        && g.roles().contains(c.role())
        && (g.speaker() == null
            || c.role() == Role.CLAIMANT
            || sameSpeaker(g.speaker(), c.speaker()));
  }

  /** The extracted claim, counted for this incident, carries a figure of another one. */
  public boolean isOtherIncident(
      OtherIncidentFigure f, Claim c, Function<String, String> reportName) {
    return c.scope() == Scope.THIS
        && f.report().equals(reportName.apply(c.reportId()))
        && f.attribute() == c.attribute()
        && c.value() instanceof CountRange r
        && (f.values().contains(r.min()) || (r.max() != null && f.values().contains(r.max())))
        && (f.sentence() == null
            || c.evidence() != null
                && c.evidence().sentence() != null
                && c.evidence().sentence().contains(f.sentence()));
  }

  /**
   * The published attribute has the editor's status and, where the editor gives one, best value.
   */
  public boolean matches(GoldResult g, AttributeResult published, List<String> competing) {
    if (g.status() != published.status()) {
      return false;
    }
    if (g.approximate() != null
        && published.best() != null
        && g.approximate() != published.approximate()) {
      return false;
    }
    ClaimValue best = published.best();
    if (!g.bests().isEmpty()) {
      if (best == null
          || g.bests().stream().noneMatch(v -> samePublishedValue(g.attribute(), v, best))) {
        return false;
      }
    }
    if (!g.contains().isEmpty() || !g.containsAny().isEmpty()) {
      String place = best == null ? "" : fold(best.display());
      if (!g.contains().stream().allMatch(w -> place.contains(fold(w)))) {
        return false;
      }
      if (!g.containsAny().isEmpty()
          && g.containsAny().stream().noneMatch(w -> place.contains(fold(w)))) {
        return false;
      }
    }
    if (!g.competing().isEmpty()) {
      Set<String> expected = g.competing().stream().map(this::group).collect(Collectors.toSet());
      Set<String> actual = competing.stream().map(this::group).collect(Collectors.toSet());
      return expected.equals(actual);
    }
    return true;
  }

  /** One name contains the other ("Hasina" and "Sheikh Hasina"), case and accents aside. */
  static boolean sameSpeaker(String gold, String extracted) {
    if (extracted == null) {
      return false;
    }
    String a = fold(gold);
    String b = fold(extracted);
    return a.contains(b) || b.contains(a);
  }

  private boolean sameClaimValue(Attribute a, ClaimValue gold, ClaimValue extracted) {
    if (a == Attribute.LOCATION) {
      return samePlace(gold.display(), extracted.display());
    }
    if (gold instanceof TextValue g && extracted instanceof TextValue e) {
      return g.denied() == e.denied() && group(g.text()).equals(group(e.text()));
    }
    return switch (a.kind()) {
      // As precise as the editor's reading or more: "2016-07-01T21:15" for "21:15".
      case TIME, DURATION -> extracted.agreesWith(gold) && !gold.isMoreSpecificThan(extracted);
      default -> gold.equals(extracted);
    };
  }

  private boolean samePublishedValue(Attribute a, ClaimValue gold, ClaimValue published) {
    if (gold instanceof TextValue g && published instanceof TextValue p) {
      return g.denied() == p.denied() && group(g.text()).equals(group(p.text()));
    }
    return switch (a.kind()) {
      case TIME, DURATION -> published.agreesWith(gold) && !gold.isMoreSpecificThan(published);
      default -> gold.equals(published);
    };
  }

  /**
   * A place matches when the extracted wording contains the words of the gold's first part (its
   * venue, "Holey Artisan Bakery"), or when every name in the extracted wording is in the gold's.
   */
  static boolean samePlace(String gold, String extracted) {
    extracted = withoutCountry(extracted);
    Set<String> goldFirst = placeWords(gold.split(",")[0]);
    Set<String> goldAll = placeWords(gold);
    Set<String> found = placeWords(extracted);
    if (!goldFirst.isEmpty() && found.containsAll(goldFirst)) {
      return true;
    }
    Set<String> names =
        Arrays.stream(extracted.split("[\\s,]+"))
            .filter(w -> !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)))
            .map(GoldMatching::placeWord)
            .filter(w -> !w.isEmpty() && !PLACE_FILLER.contains(w))
            .collect(Collectors.toSet());
    return !names.isEmpty() && goldAll.containsAll(names);
  }

  /** English names of the countries, folded: "Garissa, Kenya" is the gold's "Garissa". */
  private static final Set<String> COUNTRIES =
      Arrays.stream(com.ibm.icu.util.ULocale.getISOCountries())
          .map(
              c ->
                  fold(
                      new com.ibm.icu.util.ULocale("", c)
                          .getDisplayCountry(com.ibm.icu.util.ULocale.ENGLISH)))
          .collect(Collectors.toSet());

  /** The wording without a last part that only names the country. */
  private static String withoutCountry(String place) {
    int comma = place.lastIndexOf(',');
    return comma > 0 && COUNTRIES.contains(fold(place.substring(comma + 1).strip()))
        ? place.substring(0, comma)
        : place;
  }

  private static Set<String> placeWords(String text) {
    return Arrays.stream(text.split("[\\s,]+"))
        .map(GoldMatching::placeWord)
        .filter(w -> w.length() > 1 && !PLACE_FILLER.contains(w))
        .collect(Collectors.toSet());
  }

  private static String placeWord(String w) {
    String f = fold(w).replaceAll("[^\\p{L}\\p{N}'-]", "");
    return f.endsWith("'s") ? f.substring(0, f.length() - 2) : f;
  }

  /** A group's canonical name by the longest alias found, else the folded text. */
  String group(String text) {
    String folded = fold(text);
    List<GroupAlias> alias = editors.groupNamedIn(folded);
    return alias.isEmpty() ? folded.strip() : alias.get(0).getCanonical();
  }

  static String fold(String s) {
    String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
  }
}
