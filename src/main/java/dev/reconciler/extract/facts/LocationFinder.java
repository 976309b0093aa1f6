package dev.reconciler.extract.facts;

import dev.reconciler.claim.Attribute;
import dev.reconciler.claim.TextValue;
import dev.reconciler.extract.text.Sentence;
import dev.reconciler.extract.text.Token;
import dev.reconciler.extract.vocab.PhraseList;
import dev.reconciler.extract.vocab.Vocabulary;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds where the attack happened: the place named after a word that introduces the target
 * ({@code location-triggers.txt}: "attack on", "stormed", "blast at"), up to the first word that is
 * no longer part of the place ("on Friday", a verb, a comma). Only a place with a proper name in
 * it counts, so that "entered the building" is not a location.
 */
public final class LocationFinder implements FactFinder {

  private static final int LONGEST_PLACE = 12;
  private static final Set<String> STOP_TAGS = Set.of("VERB", "AUX", "SCONJ", "CCONJ", "PRON", "PART", "ADV");
  /** Prepositions that continue a place ("the office in the port city of X"); others end it. */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "of", "near", "outside", "inside", "at");

  private final PhraseList triggers;
  private final PhraseList blame;
  private final PhraseList people;

  public LocationFinder(Vocabulary vocabulary) {
    this.triggers = vocabulary.list("location-triggers");
    this.blame = vocabulary.list("blame-words");
    this.people = vocabulary.list("victim-nouns");
  }

  @Override
  public List<Finding> find(Sentence s, LocalDate reportDate) {
    List<Token> t = s.tokens();
    for (PhraseList.Match m : triggers.findAll(t)) {
      if (blame.endingAt(t, m.to()) != null) {
        continue; // "blamed the attack on X" names a group
      }
      int end = m.to();
      while (end < t.size() && end < m.to() + LONGEST_PLACE && continuesPlace(t.get(end))) {
        end++;
      }
      while (end > m.to() && ("ADP".equals(t.get(end - 1).tag()) || "DET".equals(t.get(end - 1).tag()))) {
        end--;
      }
      boolean named = false;
      for (int i = m.to(); i < end; i++) {
        named |= t.get(i).isCapitalized();
      }
      // "an attack on US forces" is aimed at people, not a place
      boolean atPeople = end > m.to() && people.endingAt(t, end) != null;
      if (named && !atPeople) {
        return List.of(new Finding(Attribute.LOCATION, new TextValue(s.textOf(m.to(), end)), false, m.to()));
      }
    }
    return List.of();
  }

  private static boolean continuesPlace(Token k) {
    if (k.isPunctuation() && !k.is("-") && !k.is("'s") && !k.is("’s")) {
      return false;
    }
    if (STOP_TAGS.contains(k.tag()) || isWeekday(k.bare())) {
      return false;
    }
    return !"ADP".equals(k.tag()) || PLACE_PREPOSITIONS.contains(k.lower());
  }

  private static boolean isWeekday(String word) {
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).equals(word)) {
        return true;
      }
    }
    return false;
  }
}
