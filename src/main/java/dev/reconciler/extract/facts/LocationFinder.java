package dev.reconciler.extract.facts;

import dev.reconciler.claim.Attribute;
import dev.reconciler.claim.TextValue;
import dev.reconciler.extract.text.Sentence;
import dev.reconciler.extract.text.Token;
import dev.reconciler.extract.vocab.PhraseList;
import dev.reconciler.extract.vocab.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds where the attack happened: a named venue ("the Holey Artisan Bakery", "Bacha Khan
 * University", "the Shah Cheragh shrine": a noun of {@code venue-nouns.txt} with a proper name) or
 * a town (CoreNLP's CITY) that the parse attaches to a word of the attack ({@code
 * attack-words.txt}: "attack on", "stormed", "blast at", "killed ... in"), with the town added when
 * the sentence or the report names it ("Holey Artisan Bakery, Dhaka"). A place people were taken to
 * ("rushed to the hospital") is not where it happened.
 */
public final class LocationFinder implements FactFinder {

  /** How far up the parse a place may be from the attack word it belongs to. */
  private static final int REACH = 3;

  private static final Set<String> TOWN_CLASSES = Set.of("CITY", "STATE_OR_PROVINCE");

  /** Nouns that name a town after "of": "the town of Grand-Bassam". */
  private static final Set<String> TOWN_NOUNS = Set.of("town", "city", "village");

  /** Verbs that move people away from the scene: the place after them is not the scene. */
  private static final Set<String> MOVED =
      Set.of(
          "take",
          "rush",
          "admit",
          "transfer",
          "evacuate",
          "bring",
          "carry",
          "treat",
          "fly",
          "move",
          "send",
          "ferry");

  /** Relations that attach a place to its event. */
  private static final Set<String> PLACE_RELATIONS =
      Set.of("obl", "obj", "nmod", "nsubj:pass", "compound", "appos", "conj");

  /** Entity classes that describe where a venue is, not which venue it is. */
  private static final Set<String> NOT_A_NAME =
      Set.of(
          "NATIONALITY",
          "COUNTRY",
          "STATE_OR_PROVINCE",
          "RELIGION",
          "IDEOLOGY",
          "DATE",
          "TIME",
          "NUMBER");

  private final PhraseList venues;
  private final PhraseList attackWords;
  private final PhraseList people;
  private final PhraseList roles;

  public LocationFinder(Vocabulary vocabulary) {
    this.roles = vocabulary.list("roles");
    this.venues = vocabulary.list("venue-nouns");
    this.attackWords = vocabulary.list("attack-words");
    this.people = vocabulary.list("victim-nouns");
  }

  @Override
  public List<Finding> find(Sentence s, ReportContext report) {
    int best = -1;
    String bestText = null;
    int bestScore = 0;
    for (int head = 0; head < s.size(); head++) {
      boolean venue = isVenueHead(s, head) && !namesATown(s, head);
      boolean town = !venue && isTown(s, head) && isLastOfEntity(s, head);
      if ((!venue && !town) || !atTheAttack(s, head)) {
        continue;
      }
      int[] span =
          withRoute(
              s,
              venue ? withoutLeadingDescription(s, venueSpan(s, head), head) : entitySpan(s, head),
              head);
      boolean named = venue && isNamed(s, span, head);
      if (venue && !named && townNear(s, span, head) < 0) {
        continue; // "the building": no name, no town
      }
      String text = s.textOf(span[0], span[1] + 1).replaceAll("^(?i)(the|a|an) ", "");
      // a named venue says most, then a venue in a named town, then the town
      int score = named ? 3 : venue ? 2 : 1;
      if (score > bestScore) {
        best = span[0];
        bestText = withTown(s, text, span, head, venue, report);
        bestScore = score;
      }
    }
    if (bestText == null) {
      return List.of();
    }
    return List.of(new Finding(Attribute.LOCATION, new TextValue(bestText), false, best));
  }

  private boolean isVenueHead(Sentence s, int i) {
    Token k = s.token(i);
    if (!"NOUN".equals(k.tag()) && !"PROPN".equals(k.tag())
        || NOT_A_NAME.contains(k.ner())
        || TOWN_CLASSES.contains(k.ner())) {
      return false; // "Port Harcourt" is a town, not a port
    }
    PhraseList.Match m = venues.endingAt(s.tokens(), i + 1);
    if (m == null) {
      return false;
    }
    // the head of its phrase: "Holey Artisan Bakery Cafe" ends at "Cafe"
    return !(i + 1 < s.size() && s.head(i) == i + 1 && venues.endingAt(s.tokens(), i + 2) != null);
  }

  /**
   * A town or province, unless an indefinite article says it is a common noun: "a Mass" is tagged
   * as Massachusetts.
   */
  private static boolean isTown(Sentence s, int k) {
    if (!TOWN_CLASSES.contains(s.token(k).ner()) && !isNamedAsTown(s, k)) {
      return false;
    }
    for (int d : s.dependents(k, "det")) {
      if (s.token(d).is("a") || s.token(d).is("an")) {
        return false;
      }
    }
    return true;
  }

  /**
   * "the Ivorian town of Grand-Bassam", "the city of Marawi": the text says the name is a town's,
   * whatever the tagger took it for.
   */
  public static boolean isNamedAsTown(Sentence s, int k) {
    Token t = s.token(k);
    if (!"PROPN".equals(t.tag())
        || !t.isCapitalized()
        || !isLastOfEntity(s, k)
        || NOT_A_NAME.contains(t.ner())
        || "PERSON".equals(t.ner())
        || "ORGANIZATION".equals(t.ner())) {
      return false;
    }
    int h = s.head(k);
    if (h >= 0 && h < k && s.hasCase(k, "of") && TOWN_NOUNS.contains(s.token(h).lemma())) {
      return true; // "the town of Grand-Bassam"
    }
    for (int d : s.dependents(k, "appos")) {
      if (d > k && "NOUN".equals(s.token(d).tag()) && TOWN_NOUNS.contains(s.token(d).lemma())) {
        return true; // "Grand-Bassam, a historic resort town"
      }
    }
    // "in Grand Bassam, Ivory Coast": a place written as a town is, before its country (not a
    // dateline's "Peshwar, Pakistan, Jan 20 (IBNS)", which says where the report was filed)
    return "LOCATION".equals(t.ner())
        && k > 1
        && k + 2 < s.size()
        && s.token(k + 1).is(",")
        && "COUNTRY".equals(s.token(k + 2).ner());
  }

  /** The first word of the town name ending at {@code k}: "Grand" of "the town of Grand Bassam". */
  public static int townNameStart(Sentence s, int k) {
    return entitySpan(s, k)[0];
  }

  /** The venue noun is "town" or "city" and the town's name follows: the town is the place. */
  private static boolean namesATown(Sentence s, int venue) {
    if (!TOWN_NOUNS.contains(s.token(venue).lemma())) {
      return false;
    }
    for (int d : s.dependents(venue, "nmod")) {
      if (isNamedAsTown(s, d)) {
        return true;
      }
    }
    int h = s.head(venue); // "Grand-Bassam, a historic resort town": what the town is
    return h >= 0 && s.hasRelation(venue, "appos") && isNamedAsTown(s, h);
  }

  private static boolean isLastOfEntity(Sentence s, int i) {
    return i + 1 >= s.size() || !s.token(i + 1).ner().equals(s.token(i).ner());
  }

  /**
   * The venue's words: its modifiers ("Holey Artisan"), and a name after it ("University of X").
   */
  private static int[] venueSpan(Sentence s, int head) {
    int from = head;
    while (from > 0
        && s.head(from - 1) >= from - 1
        && s.isUnder(from - 1, head)
        && isNameModifier(s, from - 1)) {
      from--;
    }
    int to = head;
    for (int d : s.dependents(head)) {
      boolean named =
          s.hasRelation(d, "flat")
              || s.hasRelation(d, "compound")
              || (s.hasRelation(d, "nmod") && s.hasCase(d, "of"));
      if (d > head
          && named
          && s.token(d).isCapitalized()
          && !NOT_A_NAME.contains(s.token(d).ner())
          && d - to <= 3) {
        to = d; // "University of Nairobi", "Hotel Intercontinental"
      }
    }
    return new int[] {from, to};
  }

  /**
   * The venue without the capitalised words before it that describe and do not name it, and what
   * comes before them: "a popular Shia shrine" is a shrine, "Tunisia's national museum" a national
   * museum, so that only a proper name reads as one; "central police station" stays.
   */
  private static int[] withoutLeadingDescription(Sentence s, int[] span, int head) {
    int from = span[0];
    for (int k = span[0]; k < head; k++) {
      Token t = s.token(k);
      if (t.isCapitalized() && NOT_A_NAME.contains(t.ner())) {
        from = k + 1;
      }
    }
    while (from < head && s.token(from).isPossessiveMarker()) {
      from++;
    }
    return new int[] {from, span[1]};
  }

  private static boolean isNameModifier(Sentence s, int k) {
    String rel = s.relation(k);
    Token t = s.token(k);
    if (t.isPossessiveMarker() || t.isPunctuation() && !t.is("-")) {
      return false;
    }
    return rel.equals("compound")
            || rel.equals("amod")
            || rel.equals("flat")
            || rel.equals("nmod:poss")
        ? !t.isPossessive() || t.isCapitalized()
        : "PROPN".equals(t.tag()) && s.isUnder(k, s.head(k));
  }

  /**
   * The place with the stretch it names between two points: "the Saint Petersburg Metro between
   * Sennaya Ploshchad and Tekhnologichesky Institut stations", "the road between X and Y".
   */
  private static int[] withRoute(Sentence s, int[] span, int head) {
    for (int d : s.dependents(head, "nmod")) {
      if (s.span(d)[0] == span[1] + 1
          && s.hasCase(d, "between")
          && !s.dependents(d, "conj").isEmpty()) {
        return new int[] {span[0], s.span(d)[1]};
      }
    }
    return span;
  }

  private static int[] entitySpan(Sentence s, int head) {
    int from = head;
    String ner = s.token(head).ner();
    while (from > 0 && (s.token(from - 1).ner().equals(ner) || isNamePrefix(s, from - 1, head))) {
      from--;
    }
    return new int[] {from, head};
  }

  /** "St" in "St Petersburg", tagged apart from the town it belongs to. */
  private static boolean isNamePrefix(Sentence s, int k, int town) {
    Token t = s.token(k);
    return "PROPN".equals(t.tag())
        && t.isCapitalized()
        && s.head(k) == town
        && s.hasRelation(k, "compound");
  }

  /** A venue with a proper name: a capitalised word in it that does not just open the sentence. */
  private boolean isNamed(Sentence s, int[] span, int head) {
    for (int k = span[0]; k <= span[1]; k++) {
      Token t = s.token(k);
      if (k != head
          && t.isCapitalized()
          && (k > 0 || "PROPN".equals(t.tag()))
          && !NOT_A_NAME.contains(t.ner())
          && people.at(s.tokens(), k) == null) {
        return true;
      }
    }
    return s.token(head).isCapitalized() && head > 0 && "PROPN".equals(s.token(head).tag());
  }

  /**
   * True when the place belongs to the attack: an attack word governs it within a few steps, or it
   * governs one ("the mall attack"), and no verb of moving people stands between.
   */
  private boolean atTheAttack(Sentence s, int place) {
    if (!PLACE_RELATIONS.contains(s.relation(place).split(":")[0])
        && !PLACE_RELATIONS.contains(s.relation(place))
        && s.head(place) >= 0) {
      return false;
    }
    if (s.hasCase(place, "during") && TOWN_CLASSES.contains(s.token(place).ner())) {
      // "an explosion during Mass" (tagged as Massachusetts): no town comes after "during"; an
      // event may ("during a military parade in Ahvaz")
      return false;
    }
    for (int d : s.dependents(place)) {
      if (isAttackWord(s, d)) {
        return true; // "the Westgate mall attack"
      }
    }
    int up = s.head(place);
    if (up >= 0
        && (roles.at(s.tokens(), up) != null || roles.endingAt(s.tokens(), up + 1) != null)) {
      return false; // "a reporter in Islamabad", "the governor of Sindh": where someone is
    }
    int k = place;
    for (int steps = 0; steps < REACH && s.head(k) >= 0; steps++) {
      k = s.head(k);
      if (MOVED.contains(s.token(k).lemma()) && !takesPlace(s, k)) {
        return false;
      }
      if (isAttackWord(s, k) || hasAttackSubject(s, k)) {
        return !people.containsAny(s.tokens().subList(place, place + 1));
      }
    }
    return false;
  }

  /** "took place": not a verb of moving people. */
  private static boolean takesPlace(Sentence s, int verb) {
    for (int d : s.dependents(verb, "obj")) {
      if (s.token(d).is("place")) {
        return true;
      }
    }
    return false;
  }

  /** "The explosion took place at the gym", "the blast occurred in": the verb stands for it. */
  private boolean hasAttackSubject(Sentence s, int verb) {
    if (!"VERB".equals(s.token(verb).tag())) {
      return false;
    }
    for (int d : s.dependents(verb)) {
      if (s.hasRelation(d, "nsubj") && isAttackWord(s, d)) {
        return true;
      }
    }
    return false;
  }

  /** Objects that make an attack verb a figure of speech: "seized the opportunity". */
  private static final Set<String> FIGURATIVE_OBJECTS =
      Set.of("opportunity", "chance", "moment", "initiative");

  private boolean isAttackWord(Sentence s, int i) {
    for (int d : s.dependents(i, "obj")) {
      if (FIGURATIVE_OBJECTS.contains(s.token(d).lower())) {
        return false; // "During the Tehran parade, Iranian leaders seized the opportunity to ..."
      }
    }
    return attackWords.at(s.tokens(), i) != null
        || attackWords.at(List.of(new Token(s.token(i).lemma(), 0, 0, null)), 0) != null;
  }

  /**
   * The place with its town: the town the parse attaches to the venue or to the attack word ("the
   * hotel in Kabul", "attacked a cafe in Dhaka"), else the report's, unless the place names one
   * already. A town alone gets nothing added.
   */
  private String withTown(
      Sentence s, String place, int[] span, int head, boolean venue, ReportContext report) {
    if (!venue) {
      return place + countryAfter(s, span[1]);
    }
    String lower = place.toLowerCase(Locale.ROOT);
    int k = townNear(s, span, head);
    if (k >= 0) {
      String town = s.textOf(entitySpan(s, k)[0], k + 1).replaceAll("(?:'s|’s)$", "");
      return (lower.contains(town.toLowerCase(Locale.ROOT)) ? place : place + ", " + town)
          + countryAfter(s, k);
    }
    String firstWord = lower.split("[ ,]", 2)[0];
    if (report.towns().contains(firstWord)) {
      return place; // "Garissa University College": named after its town
    }
    String town =
        saysHere(s, head) && report.dateline() != null ? report.dateline() : report.city();
    if (town != null && !lower.contains(town.toLowerCase(Locale.ROOT))) {
      return place + ", " + town;
    }
    return place;
  }

  /**
   * The country the text writes right after a town ("in Ahvaz, Iran"), as ", Iran", or nothing: it
   * says which time zone the town is in when the tz database does not know the town.
   */
  private static String countryAfter(Sentence s, int town) {
    if (town + 2 >= s.size() || !s.token(town + 1).is(",")) {
      return "";
    }
    int to = town + 2;
    if (!"COUNTRY".equals(s.token(to).ner())) {
      return "";
    }
    while (to + 1 < s.size() && "COUNTRY".equals(s.token(to + 1).ner())) {
      to++;
    }
    return ", " + s.textOf(town + 2, to + 1);
  }

  /** "stormed the university campus here": the venue is in the dateline's town. */
  private static boolean saysHere(Sentence s, int venue) {
    for (int k = 0; k < s.size(); k++) {
      if (s.token(k).is("here")
          && s.head(k) >= 0
          && (s.head(k) == venue || s.isUnder(venue, s.head(k)))) {
        return true;
      }
    }
    return false;
  }

  /** The last token of a town that belongs with the venue, or -1. */
  private static int townNear(Sentence s, int[] span, int head) {
    for (int k = 0; k < s.size(); k++) {
      if ((k < span[0] || k > span[1])
          && isTown(s, k)
          && !s.hasRelation(k, "nsubj") // "a gymnasium where Mass was held"
          && isLastOfEntity(s, k)
          && nearPlace(s, k, head)
          && !isDateline(s, k)) {
        return k;
      }
    }
    return -1;
  }

  /** "ISLAMABAD, Aug. 8 (Xinhua) --": where the report was filed, not where the attack was. */
  private static boolean isDateline(Sentence s, int k) {
    Token t = s.token(k);
    return k <= 2 && t.text().equals(t.text().toUpperCase(Locale.ROOT)) && t.text().length() > 2;
  }

  /** A town that belongs with a venue: under it, or beside it under the same word. */
  private static boolean nearPlace(Sentence s, int town, int venue) {
    int h = s.head(town);
    for (int steps = 0; h >= 0 && steps < 3; steps++, h = s.head(h)) {
      if (h == venue || s.isUnder(venue, h) && steps < 2) {
        return true;
      }
    }
    return false;
  }

  /** The towns a sentence names (CoreNLP's CITY), for the report's context. */
  public static List<String> townsIn(Sentence s) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < s.size(); k++) {
      if (("CITY".equals(s.token(k).ner()) || isNamedAsTown(s, k)) && isLastOfEntity(s, k)) {
        out.add(s.textOf(entitySpan(s, k)[0], k + 1));
      }
    }
    return out;
  }
}
