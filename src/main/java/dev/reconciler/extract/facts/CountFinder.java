package dev.reconciler.extract.facts;

import dev.reconciler.claim.Attribute;
import dev.reconciler.claim.CountRange;
import dev.reconciler.extract.number.Quantity;
import dev.reconciler.extract.number.QuantityReader;
import dev.reconciler.extract.text.Sentence;
import dev.reconciler.extract.text.Token;
import dev.reconciler.extract.vocab.PhraseList;
import dev.reconciler.extract.vocab.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds casualty and attacker counts through the dependency parse: a quantity, the noun it counts
 * (its {@code nummod} head, or the noun after "of": "dozens of people", "two of the attackers"),
 * who that noun stands for (the noun lists: victims, attackers, people, the dead, the injured) and
 * what happened to them (the verb or adjective that governs the noun: "were killed", "killing 20",
 * "died", "20 dead", "the death toll rose to 21").
 *
 * <p>Lists add up ("two policemen, one ranger and one sanitary worker were killed"); a breakdown
 * after "including" is not counted again, except attackers among the dead ("seven people, including
 * three attackers": a deaths total and an attackers' toll); an increment is no total ("two more
 * bodies were found", "raised the toll by three"); a part is no count of the whole ("three of the
 * wounded"); attackers who act ("five gunmen stormed") are a count of attackers.
 */
public final class CountFinder implements FactFinder {

  /** Named-entity classes whose figures are never head counts ("$5", "40%", "third"). */
  private static final Set<String> NOT_COUNTS = Set.of("MONEY", "PERCENT", "ORDINAL", "SET");

  /** Words after a figure that make it a clock time. */
  private static final Set<String> CLOCK_WORDS =
      Set.of(
          "am", "pm", "a.m.", "p.m.", "a.m", "p.m", "gmt", "utc", "hrs", "hours", "o'clock",
          "local");

  /** Words that make a figure an increment rather than a total ("two more", "another five"). */
  private static final Set<String> INCREMENTS =
      Set.of("more", "additional", "another", "further", "extra", "other");

  /** Who a count is of. */
  enum Kind {
    VICTIMS,
    ATTACKERS,
    PEOPLE,
    DEAD,
    INJURED
  }

  /** What happened to them. */
  enum Event {
    KILLED,
    INJURED,
    ATTACKED,
    NOT_COUNTED
  }

  /** A quantity and the noun it counts (or the figure itself when it has none). */
  private record Counted(Quantity quantity, int number, int noun, Kind kind, boolean partitive) {}

  private final QuantityReader quantities;
  private final PhraseList victims;
  private final PhraseList attackers;
  private final PhraseList people;
  private final PhraseList deadNouns;
  private final PhraseList injuredNouns;
  private final PhraseList killedWords;
  private final PhraseList injuredWords;
  private final PhraseList attackerActions;
  private final PhraseList breakdownCues;
  private final PhraseList tolls;
  private final PhraseList notTakingPart;

  public CountFinder(Vocabulary vocabulary, QuantityReader quantities) {
    this.quantities = quantities;
    this.victims = vocabulary.list("victim-nouns");
    this.attackers = vocabulary.list("attacker-nouns");
    this.people = vocabulary.list("people-nouns");
    this.deadNouns = vocabulary.list("dead-nouns");
    this.injuredNouns = vocabulary.list("injured-nouns");
    this.killedWords = vocabulary.list("killed-words");
    this.injuredWords = vocabulary.list("injured-words");
    this.attackerActions = vocabulary.list("attacker-actions");
    this.breakdownCues = vocabulary.list("breakdown-cues");
    this.tolls = vocabulary.list("toll-words");
    this.notTakingPart = vocabulary.list("attacker-not-counted");
  }

  @Override
  public List<Finding> find(Sentence s, ReportContext report) {
    List<Counted> counts = ofTheAttackersBefore(s, counts(s), report.attackersBefore());
    List<Finding> out = new ArrayList<>(singleAttacker(s, counts));
    boolean[] used = new boolean[counts.size()];
    out.addAll(nthOneKilled(s, counts, used));
    for (int k = 0; k + 1 < counts.size(); k++) {
      Counted part = counts.get(k);
      Counted whole = counts.get(k + 1);
      if (isOutOf(s, part, whole) && whole.kind != null) {
        // "Four out of five attackers were killed": four were killed, of five who took part
        used[k] = true;
        used[k + 1] = true;
        Counted four = new Counted(part.quantity, whole.number, whole.noun, whole.kind, false);
        Event event = event(s, four);
        if (event != null && event != Event.NOT_COUNTED) {
          add(s, four, event, counts, out, false);
        }
        if (whole.kind == Kind.ATTACKERS) {
          out.add(
              new Finding(
                  Attribute.ATTACKERS_COUNT,
                  whole.quantity.range(),
                  whole.quantity.approximate(),
                  whole.number));
        }
      }
    }
    for (int k = 0; k < counts.size(); k++) {
      if (used[k]) {
        continue;
      }
      Counted c = counts.get(k);
      // "killing 28 and wounding 60 more", "12 more received injuries": more people, hurt; the
      // wounded are seldom counted up the way bodies found are
      boolean increment =
          isIncrement(s, c) && !(event(s, c) == Event.INJURED && !s.hasCase(c.number, "by"));
      if (increment || inBreakdown(s, c.noun) >= 0 || isFormerFigure(s, c)) {
        continue;
      }
      Event event = event(s, c);
      int ownVerb =
          c.kind != null && s.hasRelation(c.noun, "conj")
              ? clauseVerbAfter(s, c.noun, firstConjunct(s, c.noun))
              : -1;
      if (ownVerb >= 0) {
        event = eventOfWord(s, ownVerb); // "... and 50 people have been wounded"
      }
      if (event == null || event == Event.NOT_COUNTED) {
        continue;
      }
      // "two policemen, one ranger and one sanitary worker were killed": the list adds up
      Quantity total = c.quantity;
      for (int j = k + 1; j < counts.size(); j++) {
        Counted other = counts.get(j);
        if (!used[j]
            && conjoined(s, c.noun, other.noun)
            && sameGroup(c.kind, other.kind)
            && other.noun != c.noun
            && clauseVerbAfter(s, other.noun, c.noun) < 0) {
          total = total.plus(other.quantity);
          used[j] = true;
        }
      }
      total = plusOnesInList(s, c, total);
      total = plusTheOneAlongWith(s, c, total);
      if (event == Event.KILLED) {
        for (int j = 0; j < counts.size(); j++) {
          Counted more = counts.get(j);
          if (j != k && !used[j] && isMoreDeadInTheNextClause(s, c, more)) {
            // "Sixty-two people died at the scene and 24 more then succumbed in hospital": 86
            total = total.plus(more.quantity);
            used[j] = true;
          }
        }
      }
      add(
          s,
          new Counted(total, c.number, c.noun, c.kind, c.partitive),
          event,
          counts,
          out,
          total != c.quantity);
    }
    return out;
  }

  /**
   * The verb of the clause a listed noun begins, whatever the parse says, or -1: in "killed along
   * with two others and 50 people have been wounded" the 50 are the subject of "wounded", not in
   * the list of the dead; in "two policemen and one ranger were killed" the verb is the list's own.
   */
  private static int clauseVerbAfter(Sentence s, int noun, int firstOfList) {
    if (noun + 1 >= s.size()) {
      return -1;
    }
    int v = noun + 1;
    if ("AUX".equals(s.token(v).tag()) && s.head(v) > v) {
      v = s.head(v);
    }
    if (!"VERB".equals(s.token(v).tag()) || s.isUnder(firstOfList, v)) {
      return -1;
    }
    return v;
  }

  private void add(
      Sentence s, Counted c, Event event, List<Counted> all, List<Finding> out, boolean list) {
    Quantity q = c.quantity;
    if (c.kind == Kind.VICTIMS && isOriginNoun(s, c.noun) && !list && !isList(s, c.noun)) {
      return; // "three Britons were killed": which of the dead they were, not how many died
    }
    if (isFromACountry(s, c.quantity.to()) && c.kind != Kind.ATTACKERS) {
      return; // "17 tourists - five from Japan, four from Italy": where some of them came from
    }
    if (q.range().min() == 0 && q.range().max() != null && q.range().max() > 0) {
      // "as many as 20 people were injured" says that some were: one to 20; "Death toll at
      // university up to 22" is where the toll went
      boolean tollWentUp = tollOf(s, c.number) >= 0 && s.token(q.from()).is("up");
      int max = q.range().max();
      q = q.withRange(tollWentUp ? CountRange.exactly(max) : new CountRange(1, max));
    }
    if (event == Event.KILLED
        && (c.kind == Kind.VICTIMS && isPartNoun(s, c.noun) || isTollOfAGroup(s, c.number))
        && !list
        && !isList(s, c.noun)) {
      // "six security personnel died": one group among the dead, so at least that many died
      q = q.withRange(CountRange.atLeast(q.range().min()));
    }
    int at = c.number;
    switch (c.kind) {
      case ATTACKERS -> {
        if (event == Event.KILLED) {
          out.add(new Finding(Attribute.ATTACKERS_KILLED, q.range(), q.approximate(), at));
        }
        // "two of the attackers" is a part, not how many there were
        if ((event == Event.ATTACKED && !c.partitive) || q.all()) {
          out.add(new Finding(Attribute.ATTACKERS_COUNT, q.range(), q.approximate(), at));
        }
        if (event == Event.ATTACKED && selfDetonated(s, c.noun, !c.partitive)) {
          out.add(new Finding(Attribute.ATTACKERS_KILLED, q.range(), q.approximate(), at));
        }
        if (event == Event.KILLED && !c.partitive && !q.all() && selfDetonated(s, c.noun, true)) {
          // "two suicide bombers who blew themselves up": the bombers are the attack's attackers
          out.add(new Finding(Attribute.ATTACKERS_COUNT, q.range(), q.approximate(), at));
        }
      }
      default -> {
        if (event == Event.INJURED) {
          out.add(new Finding(Attribute.INJURED, q.range(), q.approximate(), at));
        } else if (event == Event.KILLED) {
          Quantity attackersAmong = attackersIncluded(s, c, all);
          if (attackersAmong == null) {
            out.add(new Finding(Attribute.VICTIMS_KILLED, q.range(), q.approximate(), at));
          } else {
            out.add(new Finding(Attribute.DEATHS_TOTAL, q.range(), q.approximate(), at));
            out.add(
                new Finding(
                    Attribute.ATTACKERS_KILLED,
                    attackersAmong.range(),
                    attackersAmong.approximate(),
                    attackersAmong.from()));
          }
        }
      }
    }
  }

  /**
   * One attacker said without a figure: "a suicide bomber blew himself up" (one attacker, and one
   * killed), "the gunman was shot dead", "the attacker died of his wounds" (one killed). Only the
   * self-detonation of a suicide bomber says how many attackers there were.
   */
  private List<Finding> singleAttacker(Sentence s, List<Counted> counts) {
    List<Finding> out = new ArrayList<>();
    for (int n = 0; n < s.size(); n++) {
      Token t = s.token(n);
      if (!"NN".equals(t.penn())
          || attackers.endingAt(s.tokens(), n + 1) == null
          || !s.dependents(n, "nummod").isEmpty()) {
        continue;
      }
      final int noun = n;
      if (counts.stream().anyMatch(c -> c.noun == noun) || !isSingled(s, n) || s.head(n) < 0) {
        continue;
      }
      int g = s.head(n);
      boolean subject = s.relation(n).startsWith("nsubj");
      boolean selfDetonation =
          subject
              && (s.token(g).lemma().equals("blow")
                  || s.token(g).lemma().equals("detonate")
                  || s.token(g).lemma().equals("self-detonate"));
      Event e = eventOfWord(s, g);
      boolean died =
          (e == Event.KILLED || selfDetonation)
              && subject
              && (selfDetonation
                  || isPassiveOrIntransitive(s, g)
                  || s.token(g).lemma().equals("succumb"));
      boolean suicideBomber =
          s.textOf(Math.max(0, n - 2), n + 1).toLowerCase(Locale.ROOT).contains("suicide");
      Integer nth = nthOf(s, n);
      if (nth != null) {
        // "a second suicide bomber detonated", "the third attacker detonated explosives": one of
        // at least that many, not one alone
        if (selfDetonation || suicideBomber && subject && e == Event.KILLED) {
          out.add(new Finding(Attribute.ATTACKERS_COUNT, CountRange.atLeast(nth), false, n));
          if (suicideBomber) {
            out.add(new Finding(Attribute.ATTACKERS_KILLED, CountRange.atLeast(nth), false, n));
          }
        }
        continue;
      }
      if (died || subject && s.token(g).lemma().equals("succumb")) {
        out.add(new Finding(Attribute.ATTACKERS_KILLED, CountRange.exactly(1), false, n));
      }
      // a suicide bomber who killed died in killing
      boolean struck =
          suicideBomber && subject && e == Event.KILLED && !isPassiveOrIntransitive(s, g);
      if (struck && !died) {
        out.add(new Finding(Attribute.ATTACKERS_KILLED, CountRange.exactly(1), false, n));
      }
      if (selfDetonation || struck || isTheAttacksAgent(s, n)) {
        out.add(new Finding(Attribute.ATTACKERS_COUNT, CountRange.exactly(1), false, n));
      }
    }
    return out;
  }

  /** Verbs whose agent is who did the attack: "carried out by a suicide bomber". */
  private static final Set<String> PERPETRATING =
      Set.of("carry", "commit", "stage", "perpetrate", "conduct", "execute", "cause");

  /**
   * "The attack was carried out by a suicide bomber": one attacker said as the agent of the whole
   * attack, with "a" (with "the" or a name it may be one of several).
   */
  private static boolean isTheAttacksAgent(Sentence s, int noun) {
    int verb = s.head(noun);
    return verb >= 0
        && (s.hasRelation(noun, "obl") || s.hasRelation(noun, "nmod"))
        && s.hasCase(noun, "by")
        && s.dependents(noun, "det").stream()
            .anyMatch(d -> s.token(d).is("a") || s.token(d).is("an"))
        && PERPETRATING.contains(s.token(verb).lemma());
  }

  /**
   * "Three of the attackers died at the scene while a fourth later succumbed", "a fourth extremist
   * was killed": the nth one killed makes n killed. With the n - 1 killed said in the same
   * sentence, n is the count and the n - 1 only a part of it; alone, at least n.
   */
  private List<Finding> nthOneKilled(Sentence s, List<Counted> counts, boolean[] used) {
    List<Finding> out = new ArrayList<>();
    for (int k = 0; k < s.size(); k++) {
      Token t = s.token(k);
      Integer nth = ordinal(t);
      if (nth == null || nth < 2 || !hasIndefiniteArticle(s, k)) {
        continue;
      }
      int noun = k;
      Kind kind = null;
      if (s.hasRelation(k, "amod") && s.head(k) >= 0) {
        noun = s.head(k); // "a fourth extremist"
        kind = kindOfNoun(s, noun);
      } else {
        for (Counted c : counts) {
          if (c.number < k && c.kind != null) {
            kind = c.kind; // "three of the attackers ... a fourth": the noun left out
          }
        }
      }
      if (kind == null || kind == Kind.PEOPLE || !s.relation(noun).startsWith("nsubj")) {
        continue;
      }
      if (!diedOrWasKilled(s, s.head(noun))) {
        continue;
      }
      CountRange range = CountRange.atLeast(nth);
      for (int j = 0; j < counts.size(); j++) {
        Counted c = counts.get(j);
        if (c.number < k
            && c.kind == kind
            && c.quantity.range().equals(CountRange.exactly(nth - 1))
            && event(s, c) == Event.KILLED) {
          used[j] = true;
          range = CountRange.exactly(nth);
        }
      }
      Attribute attribute =
          kind == Kind.ATTACKERS ? Attribute.ATTACKERS_KILLED : Attribute.VICTIMS_KILLED;
      out.add(new Finding(attribute, range, false, k));
    }
    return out;
  }

  /**
   * "Three suicide bombers opened fire before blowing themselves up", "three attackers with suicide
   * vests detonated their explosives": attackers who blew themselves up are dead.
   */
  private static boolean selfDetonated(Sentence s, int noun, boolean relative) {
    int verb = s.head(noun);
    for (int clause : relative ? s.dependents(noun, "acl:relcl") : List.<Integer>of()) {
      verb = clause; // "two suicide bombers who blew themselves up"; not "one of" them
    }
    if (verb < 0 || !s.relation(noun).startsWith("nsubj") && verb == s.head(noun)) {
      return false;
    }
    List<Integer> verbs = new ArrayList<>(List.of(verb));
    for (int d : s.dependents(verb)) {
      if (s.hasRelation(d, "advcl") || s.hasRelation(d, "conj") || s.hasRelation(d, "xcomp")) {
        verbs.add(d);
      }
    }
    boolean suicide = false; // "suicide bombers", "attackers with suicide vests"
    for (int k = 0; k < s.size(); k++) {
      String lemma = s.token(k).lemma();
      suicide |= s.isUnder(k, noun) && (lemma.equals("suicide") || lemma.equals("vest"));
    }
    for (int v : verbs) {
      String lemma = s.token(v).lemma();
      if (!lemma.equals("blow") && !lemma.equals("detonate")) {
        continue;
      }
      boolean themselves =
          s.dependents(v, "obj").stream().anyMatch(o -> s.token(o).is("themselves"));
      if (themselves || suicide) {
        return true;
      }
    }
    return false;
  }

  private static final Map<String, Integer> ORDINAL_WORDS =
      Map.of(
          "second", 2, "third", 3, "fourth", 4, "fifth", 5, "sixth", 6, "seventh", 7, "eighth", 8,
          "ninth", 9, "tenth", 10);

  /** "the third attacker", "a second suicide bomber": the ordinal of a noun, 2 or more, or null. */
  private static Integer nthOf(Sentence s, int noun) {
    for (int d : s.dependents(noun, "amod")) {
      Integer nth = ordinal(s.token(d));
      if (nth != null && nth >= 2) {
        return nth;
      }
    }
    return null;
  }

  /** The value of an ordinal word ("fourth": 4), or null. */
  private static Integer ordinal(Token t) {
    if (!"ORDINAL".equals(t.ner()) || t.normalized() == null) {
      return ORDINAL_WORDS.get(t.lower()); // "a second" is also tagged as a duration
    }
    try {
      return (int) Double.parseDouble(t.normalized());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static boolean hasIndefiniteArticle(Sentence s, int k) {
    return k > 0 && (s.token(k - 1).is("a") || s.token(k - 1).is("another"));
  }

  /** "was shot dead", "died", "was arrested and later succumbed": the verb or one joined to it. */
  private boolean diedOrWasKilled(Sentence s, int verb) {
    if (verb < 0) {
      return false;
    }
    List<Integer> verbs = new ArrayList<>(List.of(verb));
    verbs.addAll(s.dependents(verb, "conj"));
    for (int v : verbs) {
      boolean killed = eventOfWord(s, v) == Event.KILLED && isPassiveOrIntransitive(s, v);
      if (killed || s.token(v).lemma().equals("succumb")) {
        return true;
      }
    }
    return false;
  }

  /** "a suicide bomber", "the gunman", "one attacker": a single one. */
  private static boolean isSingled(Sentence s, int n) {
    for (int d : s.dependents(n)) {
      if (s.hasRelation(d, "det")
          && (s.token(d).is("a")
              || s.token(d).is("an")
              || s.token(d).is("the")
              || s.token(d).is("one"))) {
        return true;
      }
    }
    return false;
  }

  /** Every quantity of the sentence with the noun it counts. */
  private List<Counted> counts(Sentence s) {
    List<Token> t = s.tokens();
    List<Counted> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      Quantity q = quantities.readAt(t, i);
      if (q == null) {
        i++;
        continue;
      }
      int number = numberOf(s, q);
      if (number >= 0 && !NOT_COUNTS.contains(t.get(number).ner()) && !isDateOrClock(s, number)) {
        out.add(counted(s, q, number));
      }
      i = Math.max(q.to(), i + 1);
    }
    return out;
  }

  /**
   * A figure without a noun that is the subject of its verb counts part of the attackers the
   * sentence before counted, when it is no more than they were: "... between 10 and 15 terrorists
   * attacked the Westgate centre ... Five were killed in the attack". A larger figure ("Three
   * gunmen opened fire. Twelve were killed") counts others.
   */
  private static List<Counted> ofTheAttackersBefore(
      Sentence s, List<Counted> counts, int attackersBefore) {
    if (attackersBefore <= 0) {
      return counts;
    }
    List<Counted> out = new ArrayList<>(counts.size());
    for (Counted c : counts) {
      CountRange r = c.quantity.range();
      boolean elided =
          c.noun == c.number
              && c.kind == Kind.PEOPLE
              && s.hasRelation(c.number, "nsubj")
              && "NUM".equals(s.token(c.number).tag());
      if (elided && r.max() != null && r.max() <= attackersBefore) {
        out.add(new Counted(c.quantity, c.number, c.noun, Kind.ATTACKERS, true));
      } else {
        out.add(c);
      }
    }
    return out;
  }

  /** The token that heads the quantity in the parse: the figure itself ("20", "dozens"). */
  private static int numberOf(Sentence s, Quantity q) {
    for (int k = q.to() - 1; k >= q.from(); k--) {
      Token tok = s.token(k);
      if ("NUM".equals(tok.tag())
          || "NOUN".equals(tok.tag())
          || "PRON".equals(tok.tag())
          || "DET".equals(tok.tag())) {
        if (s.hasRelation(k, "conj") && s.head(k) >= q.from() && s.head(k) < q.to()) {
          continue; // "five or six": the first figure heads the range
        }
        return k;
      }
    }
    return q.to() - 1;
  }

  /**
   * A year, a day of a month, a clock time or a duration rather than a head count. SUTime's tags
   * alone are not trusted: it reads "rose to 21 after two" as 02:21.
   */
  private static boolean isDateOrClock(Sentence s, int i) {
    Token k = s.token(i);
    if (k.text().contains(":")) {
      return true;
    }
    if (i + 1 < s.size() && CLOCK_WORDS.contains(s.token(i + 1).lower())) {
      return true;
    }
    if ("DURATION".equals(k.ner())) {
      return true; // "10 hours", "three days"
    }
    if ("DATE".equals(k.ner())) {
      // "2016", "1 July", "July 1": a year or a day next to a month
      boolean nearMonth =
          (i > 0 && "DATE".equals(s.token(i - 1).ner()) && s.token(i - 1).isCapitalized())
              || (i + 1 < s.size()
                  && "DATE".equals(s.token(i + 1).ner())
                  && s.token(i + 1).isCapitalized());
      return k.text().matches("(1[89]|20)\\d\\d") || nearMonth;
    }
    return false;
  }

  /** "four out of five": the first figure right before "out of" the second. */
  private static boolean isOutOf(Sentence s, Counted part, Counted whole) {
    int out = part.quantity.to();
    int from = whole.quantity.from();
    return out + 1 < s.size()
        && s.token(out).is("out")
        && s.token(out + 1).is("of")
        && (from == out + 2 || from == out + 3 && s.token(out + 2).is("the"));
  }

  /**
   * The noun a figure counts: its nummod head, the noun after "of", or none (the figure itself).
   */
  private Counted counted(Sentence s, Quantity q, int number) {
    int noun = -1;
    boolean partitive = false;
    if (s.hasRelation(number, "nummod") || s.hasRelation(number, "det")) {
      noun = s.head(number);
    } else {
      for (int d : s.dependents(number, "nmod")) {
        if (s.hasCase(d, "of")) {
          noun = d;
          // "two of the attackers", "one of two bombers", "one of suicide attackers" are a part;
          // "dozens of people" counts people
          partitive =
              !s.dependents(d, "det").isEmpty()
                  || !s.dependents(d, "nummod").isEmpty()
                  || "PRON".equals(s.token(d).tag())
                  || !s.token(number).lower().endsWith("s");
        }
      }
    }
    if (noun < 0 && q.to() < s.size() && kindAt(s, q.to()) != null && s.head(q.to()) != number) {
      noun = q.to(); // the parser missed the noun right after the figure
    }
    Kind kind = noun >= 0 ? kindOfNoun(s, noun) : null;
    if (kind == null && noun == q.to() && s.token(noun).is("more")) {
      kind = Kind.PEOPLE; // "At least 50 more had been wounded": "more" parsed as the noun
    }
    if (noun >= 0 && kind == null) {
      return new Counted(q, number, noun, null, partitive); // a count of something else
    }
    if (noun < 0 && hasDeterminer(s, number) && !isHurt(ownEvent(s, number))) {
      return new Counted(q, number, number, null, false); // "the six", "those two": said of others
    }
    return new Counted(
        q, number, noun >= 0 ? noun : number, kind == null ? Kind.PEOPLE : kind, partitive);
  }

  private Kind kindOfNoun(Sentence s, int noun) {
    // The noun phrase up to its head: "suicide bombers", "armed men", "police officers"
    int from = noun;
    while (from > 0
        && s.head(from - 1) == noun
        && (s.hasRelation(from - 1, "compound") || s.hasRelation(from - 1, "amod"))) {
      from--;
    }
    for (int start = from; start <= noun; start++) {
      Kind k = kindAt(s, start, noun + 1);
      if (k != null) {
        return k;
      }
    }
    return isPeopleOfOrigin(s, noun) ? Kind.VICTIMS : null;
  }

  /**
   * "14 foreigners", "four Afghans", "12 Christians": people named by nationality or faith (a
   * plural that the tagger marks as such), a group among the victims like "soldiers".
   */
  private static boolean isPeopleOfOrigin(Sentence s, int noun) {
    Token t = s.token(noun);
    return "NNPS".equals(t.penn()) && "MISC".equals(t.ner()) && t.lower().endsWith("s");
  }

  private Kind kindAt(Sentence s, int i) {
    return kindAt(s, i, Integer.MAX_VALUE);
  }

  /** The kind of the longest listed noun starting at token {@code i} and ending by {@code end}. */
  private Kind kindAt(Sentence s, int i, int end) {
    List<Token> t = s.tokens();
    Kind best = null;
    int bestEnd = -1;
    for (Kind k : Kind.values()) {
      PhraseList.Match m = list(k).at(t, i);
      if (m != null && m.to() <= end && m.to() > bestEnd) {
        best = k;
        bestEnd = m.to();
      }
    }
    return best;
  }

  private PhraseList list(Kind k) {
    return switch (k) {
      case VICTIMS -> victims;
      case ATTACKERS -> attackers;
      case PEOPLE -> people;
      case DEAD -> deadNouns;
      case INJURED -> injuredNouns;
    };
  }

  /**
   * What happened to the counted: the governing verb or adjective of the noun (or of the first of a
   * list it belongs to), the noun's own kind ("21 dead", "40 wounded"), or a toll it is the figure
   * of. Attackers who do anything else took part; a figure of nothing listed is no count.
   */
  private Event event(Sentence s, Counted c) {
    if (c.kind == null) {
      return null;
    }
    // "Twenty of the hostages had been slaughtered": what happened is said of the figure; "ten of
    // the killed people were employees" is a part of the dead, not a count of them
    if (c.noun != c.number && "VERB".equals(s.token(c.noun).tag())) {
      Event own = eventOfWord(s, c.noun); // "killed, with more than 50 wounded": the figure's own
      if (own == Event.KILLED || own == Event.INJURED) {
        return own;
      }
    }
    boolean ofNoun = c.noun != c.number && s.head(c.noun) == c.number; // "dozens of people"
    int n = firstConjunct(s, c.partitive || ofNoun ? c.number : c.noun);
    n = throughATotal(s, n);
    Event governed = c.partitive ? governedOnly(s, n, c) : governing(s, n, c);
    if (governed != null) {
      return governed;
    }
    Event passive = c.partitive ? null : passiveRightAfter(s, c.noun);
    if (passive != null) {
      return passive;
    }
    if (!c.partitive && (c.kind == Kind.DEAD || c.kind == Kind.INJURED)) {
      return c.kind == Kind.DEAD ? Event.KILLED : Event.INJURED;
    }
    int toll = tollOf(s, c.number);
    if (toll < 0 && c.noun != c.number) {
      toll = tollOf(s, c.noun);
    }
    if (toll >= 0) {
      // "the toll rose to 21", "revised the death toll to 15 civilians", "the number of the
      // injured had risen to 175"
      return isInjuryToll(s, toll) ? Event.INJURED : Event.KILLED;
    }
    if (c.noun == c.number) {
      Event estimated = estimatedAt(s, c.number);
      if (estimated != null) {
        return estimated;
      }
    }
    if (c.kind == Kind.ATTACKERS && c.noun != c.number) {
      return Event.ATTACKED;
    }
    return null;
  }

  /**
   * "say a total of 21 people were killed", parsed with the people as the object of "say": a
   * passive of killing or wounding right after the counted noun, with no subject of its own, is
   * what happened to them.
   */
  private Event passiveRightAfter(Sentence s, int noun) {
    int v = noun + 1;
    while (v < s.size() && "AUX".equals(s.token(v).tag())) {
      v++;
    }
    if (v == noun + 1 || v >= s.size() || !"VBN".equals(s.token(v).penn())) {
      return null;
    }
    for (int d : s.dependents(v)) {
      if (s.relation(d).startsWith("nsubj")) {
        return null;
      }
    }
    Event e = eventOfWord(s, v);
    return e == Event.KILLED || e == Event.INJURED ? e : null;
  }

  /** Nouns that only say the figure is a sum: "a total of 15 people died". */
  private static final Set<String> TOTALS = Set.of("total", "tally");

  /** "A total of 15 people died": what happened to the people is said of the total. */
  private static int throughATotal(Sentence s, int n) {
    int h = s.head(n);
    return h >= 0 && s.hasCase(n, "of") && TOTALS.contains(s.token(h).lemma()) ? h : n;
  }

  /** The event of the word that governs token {@code n}, not of words attached to n. */
  private Event governedOnly(Sentence s, int n, Counted c) {
    int g = s.head(n);
    if (g < 0) {
      return null;
    }
    Event e = eventOfWord(s, g);
    if (e == Event.ATTACKED && c.kind != Kind.ATTACKERS) {
      return null;
    }
    if ((e == Event.KILLED || e == Event.INJURED)
        && s.relation(n).equals("nsubj")
        && !isPassiveOrIntransitive(s, g)) {
      return c.kind == Kind.ATTACKERS ? Event.ATTACKED : null;
    }
    return e;
  }

  private static boolean isHurt(Event e) {
    return e == Event.KILLED || e == Event.INJURED;
  }

  /** The event a participle or adjective attached to token {@code n} says ("the 22 killed"). */
  private Event ownEvent(Sentence s, int n) {
    for (int d : s.dependents(n)) {
      if (s.hasRelation(d, "acl") || s.hasRelation(d, "amod")) {
        Event e = eventOfWord(s, d);
        if (e != null) {
          return e;
        }
      }
    }
    int whole = s.head(n);
    if (whole >= 0 && s.hasCase(n, "among")) {
      // "children among 22 people killed": the parser may hang "killed" on the part ("children")
      // though it follows the figure's noun; it is said of the 22
      for (int d : s.dependents(whole, "acl")) {
        Event e = d == n + 1 ? eventOfWord(s, d) : null;
        if (e != null) {
          return e;
        }
      }
    }
    return null;
  }

  /** The event of the word that governs token {@code n}, and of words attached to n itself. */
  private Event governing(Sentence s, int n, Counted c) {
    if (s.hasCase(n, "among") && !isAmongTheCounted(s, n)) {
      Event own = ownEvent(s, n); // "children among the 22 killed": the 22 are all the dead
      return isHurt(own) ? own : null;
    }
    if (c.kind == Kind.ATTACKERS
        && isAmongTheCounted(s, n)
        && eventOfWord(s, s.head(n)) == Event.KILLED) {
      return Event.KILLED; // "Four Taliban attackers were among the dead": the attackers' toll
    }
    if (s.hasCase(n, "among") || s.hasRelation(n, "parataxis") || isAmongTheCounted(s, n)) {
      return null; // "they were among 587 students rescued", "one civilian was among the wounded"
    }
    // "20 people killed in the attack", "dead bodies", "20 hostages found dead"
    for (int d : s.dependents(n)) {
      boolean headlineVerb =
          s.hasRelation(d, "dep")
              && d == n + 1
              && "VBN".equals(s.token(d).penn()); // "3 assailants killed"
      if (s.hasRelation(d, "acl")
          || s.hasRelation(d, "amod")
          || s.hasRelation(d, "xcomp")
          || headlineVerb) {
        Event e = eventOfWord(s, d);
        if (e != null && e != Event.ATTACKED) {
          return e;
        }
        if (s.hasRelation(d, "acl")) {
          for (int dd : s.dependents(d)) { // "eight others who sustained injuries were taken ..."
            Event inner =
                s.hasRelation(dd, "nsubj:pass") || s.hasRelation(dd, "obj")
                    ? eventOfWord(s, dd)
                    : null;
            if (inner == Event.KILLED || inner == Event.INJURED) {
              return inner;
            }
          }
        }
      }
    }
    int g = s.head(n);
    if (g < 0) {
      return null;
    }
    for (int d : s.dependents(g)) {
      boolean complement =
          s.hasRelation(d, "xcomp") || s.hasRelation(d, "obl") && s.hasCase(d, "as");
      Event e = complement ? eventOfWord(s, d) : null; // "were found dead", "confirmed as injured"
      if (e == Event.KILLED || e == Event.INJURED) {
        return e;
      }
    }
    Event e = eventOfWord(s, g);
    if (e == null && s.token(g).lemma().equals("include") && s.relation(n).equals("obj")) {
      // "the dead include 15 civilians, three soldiers and three gunmen"
      for (int d : s.dependents(g, "nsubj")) {
        Kind k = kindOfNoun(s, d);
        if (k == Kind.DEAD || s.token(d).is("dead") || isToll(s, d)) {
          return Event.KILLED; // "the death toll included two policemen and six attackers"
        }
        if (k == Kind.INJURED || s.token(d).is("injured") || s.token(d).is("wounded")) {
          return Event.INJURED;
        }
      }
    }
    if (e == null && isReporting(s, g) && s.head(g) >= 0) {
      e =
          eventOfWord(
              s, s.head(g)); // "adding 14 others were wounded", parsed with "adding" between
    }
    if (e == null) {
      if (c.kind == Kind.ATTACKERS
          && (s.hasRelation(n, "nsubj") || s.hasRelation(n, "obj"))
          && "VERB".equals(s.token(g).tag())) {
        return notTakingPart.at(s.tokens(), g) != null ? Event.NOT_COUNTED : Event.ATTACKED;
      }
      if (s.hasRelation(n, "nsubj:pass") && notTakingPart.at(s.tokens(), g) != null) {
        return Event.NOT_COUNTED; // "two attackers were arrested"
      }
      return null;
    }
    if (e == Event.ATTACKED && c.kind != Kind.ATTACKERS) {
      return null; // "stormed the hotel holding 40 guests"
    }
    boolean activeSubject = s.relation(n).equals("nsubj");
    if ((e == Event.KILLED || e == Event.INJURED)
        && activeSubject
        && !isPassiveOrIntransitive(s, g)
        && c.kind == Kind.ATTACKERS) {
      return Event.ATTACKED; // "three gunmen killed 20 people": they took part
    }
    if ((e == Event.KILLED || e == Event.INJURED)
        && activeSubject
        && !isPassiveOrIntransitive(s, g)
        && c.kind != Kind.DEAD) {
      return null; // the subject of "killed 20" is who killed, not who died
    }
    return e;
  }

  private static boolean isReporting(Sentence s, int i) {
    return Set.of("add", "say", "tell", "report", "confirm", "state").contains(s.token(i).lemma());
  }

  /** "One civilian was among the wounded": the subject of a set it belongs to. */
  private static boolean isAmongTheCounted(Sentence s, int n) {
    int g = s.head(n);
    return g >= 0 && s.relation(n).startsWith("nsubj") && s.hasCase(g, "among");
  }

  /**
   * "died", "were killed", "are dead", "and 11 wounded" (a participle whose auxiliary the list left
   * out): the subject is the one it happened to.
   */
  private static boolean isPassiveOrIntransitive(Sentence s, int verb) {
    if (!s.dependents(verb, "aux:pass").isEmpty() || !s.dependents(verb, "cop").isEmpty()) {
      return true;
    }
    int first = s.hasRelation(verb, "conj") ? s.head(verb) : -1;
    if (first >= 0
        && !s.dependents(first, "aux:pass").isEmpty()
        && s.dependents(verb, "obj").isEmpty()
        && s.dependents(verb, "aux").isEmpty()) {
      return true; // "Six were injured and three of the attackers killed": "were" said once
    }
    int h = s.head(verb);
    if (h >= 0 && s.token(h).lemma().equals("leave") && s.relation(verb).endsWith("comp")) {
      return true; // "the attack left 239 people wounded"
    }
    if ("VBN".equals(s.token(verb).penn())
        && s.dependents(verb, "aux").stream().noneMatch(a -> s.token(a).lemma().equals("have"))) {
      return true;
    }
    String lemma = s.token(verb).lemma();
    return Set.of("die", "perish", "dead", "injured", "wounded", "hurt").contains(lemma)
        || !"VERB".equals(s.token(verb).tag());
  }

  private Event eventOfWord(Sentence s, int i) {
    List<Token> t = s.tokens();
    if (killedWords.at(t, i) != null || killedWords.endingAt(t, i + 1) != null) {
      return Event.KILLED;
    }
    if (injuredWords.at(t, i) != null || injuredWords.endingAt(t, i + 1) != null) {
      return Event.INJURED;
    }
    if (attackerActions.at(t, i) != null || attackerActions.endingAt(t, i + 1) != null) {
      return Event.ATTACKED;
    }
    if (notTakingPart.at(t, i) != null) {
      return Event.NOT_COUNTED;
    }
    return null;
  }

  /**
   * A figure a verb puts the dead or the injured at: "The Kenya Red Cross estimated the injured at
   * 200", "put the number of wounded at 40".
   */
  private Event estimatedAt(Sentence s, int number) {
    int verb = s.head(number);
    if (verb < 0 || !s.hasRelation(number, "obl") || !s.hasCase(number, "at")) {
      return null;
    }
    for (int d : s.dependents(verb, "obj")) {
      int[] span = s.span(d);
      for (int k = span[0]; k <= span[1] && k < number; k++) {
        if (injuredNouns.at(s.tokens(), k) != null || injuredWords.at(s.tokens(), k) != null) {
          return Event.INJURED;
        }
        if (deadNouns.at(s.tokens(), k) != null) {
          return Event.KILLED;
        }
      }
    }
    return null;
  }

  /** The toll whose figure token {@code number} is, or -1. */
  private int tollOf(Sentence s, int number) {
    int g = s.head(number);
    if (g >= 0 && isToll(s, g)) {
      return g; // "a toll of 21", "toll: 21"
    }
    int clause = g < 0 ? number : g;
    if (g < 0
        || s.hasRelation(number, "obl")
        || s.hasRelation(number, "obj")
        || s.hasRelation(number, "xcomp")
        || s.hasRelation(number, "nmod")) {
      for (int d : s.dependents(clause)) {
        if ((s.hasRelation(d, "nsubj") || s.hasRelation(d, "obj")) && isToll(s, d)) {
          return d;
        }
      }
    }
    return -1;
  }

  /**
   * "The death toll (among Afghans) stands at 25", "the toll among civilians rose to 12": the toll
   * of one group of the dead, so at least that many died.
   */
  private boolean isTollOfAGroup(Sentence s, int number) {
    int toll = tollOf(s, number);
    if (toll < 0) {
      return false;
    }
    for (int d : s.dependents(toll)) {
      if (s.hasCase(d, "among")) {
        return true;
      }
    }
    return false;
  }

  private boolean isInjuryToll(Sentence s, int i) {
    PhraseList.Match m = tolls.at(s.tokens(), i);
    return m != null && "injured".equals(m.value());
  }

  private boolean isToll(Sentence s, int i) {
    return tolls.at(s.tokens(), i) != null || tolls.endingAt(s.tokens(), i + 1) != null;
  }

  private static int firstConjunct(Sentence s, int n) {
    int k = n;
    for (int steps = 0; steps < s.size() && s.hasRelation(k, "conj") && s.head(k) >= 0; steps++) {
      k = s.head(k);
    }
    return k;
  }

  private static boolean conjoined(Sentence s, int a, int b) {
    return firstConjunct(s, a) == firstConjunct(s, b) && (s.hasRelation(b, "conj"));
  }

  /**
   * "A chemistry professor had been killed along with two others": the others and the one they were
   * killed with, three. Only for one person named as the verb's subject.
   */
  private static Quantity plusTheOneAlongWith(Sentence s, Counted c, Quantity total) {
    if (c.noun == c.number || !s.token(c.noun).is("others") || !s.hasCase(c.noun, "with")) {
      return total;
    }
    int verb = s.head(c.noun);
    if (verb < 0) {
      return total;
    }
    for (int d : s.dependents(verb)) {
      if (s.hasRelation(d, "nsubj") && d < c.noun) {
        String tag = s.token(d).tag();
        boolean one =
            s.dependents(d, "nummod").isEmpty()
                && s.dependents(d, "conj").isEmpty()
                && !s.token(d).lower().endsWith("s")
                && ("NOUN".equals(tag) || "PROPN".equals(tag));
        return one
            ? total.plus(new Quantity(CountRange.exactly(1), false, false, d, d + 1))
            : total;
      }
    }
    return total;
  }

  /** "one police officer and a civilian": each item said with "a" adds one. */
  private Quantity plusOnesInList(Sentence s, Counted c, Quantity total) {
    if (c.noun == c.number || s.hasRelation(c.noun, "conj")) {
      return total;
    }
    List<Integer> items = new ArrayList<>();
    for (int d : s.dependents(c.noun)) {
      if (s.hasRelation(d, "conj") || s.hasRelation(d, "appos")) {
        items.add(d); // "two officers, a civilian employee and a child": the parser's list
        items.addAll(s.dependents(d, "conj"));
      }
    }
    // "three police officials and a civilian" where the parser lost the second item
    int next = c.noun + 1;
    boolean listed = items.stream().anyMatch(d -> d > c.noun && d <= c.noun + 5);
    if (!listed
        && next + 1 < s.size()
        && s.token(next).is("and")
        && (s.token(next + 1).is("a") || s.token(next + 1).is("an"))) {
      for (int k = next + 2; k < Math.min(s.size(), next + 5); k++) {
        Kind kind = kindAt(s, k);
        if (kind != null && sameGroup(c.kind, kind)) {
          return total.plus(new Quantity(CountRange.exactly(1), false, false, k, k + 1));
        }
      }
    }
    for (int d : items) {
      boolean single =
          s.dependents(d, "nummod").isEmpty()
              && s.dependents(d, "det").stream()
                  .anyMatch(x -> s.token(x).is("a") || s.token(x).is("an"));
      Kind k = kindOfNoun(s, d);
      if (k == null && s.token(d).isEntity("NATIONALITY")) {
        k = Kind.VICTIMS; // "seven tourists and a Tunisian"
      }
      if (single && k != null && sameGroup(c.kind, k)) {
        total = total.plus(new Quantity(CountRange.exactly(1), false, false, d, d + 1));
      }
    }
    return total;
  }

  /** A noun of {@code victim-nouns.txt} marked {@code part}: a group among the victims. */
  private boolean isPartNoun(Sentence s, int noun) {
    PhraseList.Match m = victims.endingAt(s.tokens(), noun + 1);
    return m != null
        ? "part".equals(m.value()) || "origin".equals(m.value())
        : isPeopleOfOrigin(s, noun);
  }

  /**
   * People named by where they come from ({@code | origin} in {@code victim-nouns.txt}, or a
   * nationality the tagger marks): counted only as items of a list that adds up ("17 foreign
   * tourists and two Tunisians").
   */
  private boolean isOriginNoun(Sentence s, int noun) {
    PhraseList.Match m = victims.endingAt(s.tokens(), noun + 1);
    return m != null ? "origin".equals(m.value()) : isPeopleOfOrigin(s, noun);
  }

  /** The words at {@code at} say where people come from: "from Japan", "from the UK". */
  private static boolean isFromACountry(Sentence s, int at) {
    if (at + 1 >= s.size() || !s.token(at).is("from")) {
      return false;
    }
    int place = s.token(at + 1).is("the") && at + 2 < s.size() ? at + 2 : at + 1;
    return s.token(place).isEntity("COUNTRY") || s.token(place).isEntity("NATIONALITY");
  }

  /** The noun is one item of a list that adds up ("61 civilians and six security officers"). */
  private static boolean isList(Sentence s, int noun) {
    return s.hasRelation(noun, "conj") || !s.dependents(noun, "conj").isEmpty();
  }

  /** Counts that add up in a list: victims with people, or like with like. */
  private static boolean sameGroup(Kind a, Kind b) {
    boolean persons =
        (a == Kind.VICTIMS || a == Kind.PEOPLE) && (b == Kind.VICTIMS || b == Kind.PEOPLE);
    return persons || a == b;
  }

  /**
   * {@code more} is an increment of the dead ("24 more", "a further two") in a clause conjoined to
   * the one of {@code base}: the two add up to the toll.
   */
  private boolean isMoreDeadInTheNextClause(Sentence s, Counted base, Counted more) {
    if (more.number <= base.number || !isIncrement(s, more) || event(s, more) != Event.KILLED) {
      return false;
    }
    int baseVerb = s.head(base.noun);
    int moreVerb = s.head(more.noun);
    return baseVerb >= 0
        && moreVerb >= 0
        && moreVerb != baseVerb
        && s.head(moreVerb) == baseVerb
        && s.hasRelation(moreVerb, "conj");
  }

  /** "two more bodies", "another five", "raised the toll by three": not a total. */
  private static boolean isIncrement(Sentence s, Counted c) {
    for (int d : s.dependents(c.number)) {
      String w = s.token(d).lower();
      // "another five", "an additional 10"; "more" only after the figure ("more than nine" is a
      // bound); "most of the dead were students and another 79 were injured" adds another kind
      boolean before =
          d < c.number
              && !w.equals("more")
              && !w.equals("other")
              && !(w.equals("another") && isAfterAnotherKind(s, c));
      if (INCREMENTS.contains(w) && (before || d == c.number + 1)) {
        return true;
      }
    }
    if (c.noun != c.number) {
      for (int d : s.dependents(c.noun)) {
        String w = s.token(d).lower();
        if ((s.hasRelation(d, "amod") || s.hasRelation(d, "det"))
            && INCREMENTS.contains(w)
            && !((w.equals("another") || w.equals("other")) && isAfterAnotherKind(s, c))) {
          return true;
        }
      }
    }
    if (c.quantity.to() < s.size() && s.token(c.quantity.to()).is("more")) {
      return true; // "two more bodies"
    }
    return s.hasCase(c.number, "by") || isCauseOfAChange(s, c.number);
  }

  /**
   * "The toll rose to 15 after one of the victims died in hospital": what happened after which a
   * figure changed is the change, not a total.
   */
  private static boolean isCauseOfAChange(Sentence s, int number) {
    for (int k = number, steps = 0; k >= 0 && steps < 4; k = s.head(k), steps++) {
      boolean after = s.hasCase(k, "after");
      for (int d : s.dependents(k, "mark")) {
        after |= s.token(d).is("after");
      }
      if (after) {
        int changed = s.head(k);
        for (int d : changed < 0 ? List.<Integer>of() : s.dependents(changed)) {
          if (!s.isUnder(d, k) && "NUM".equals(s.token(d).tag()) && s.hasCase(d, "to")) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  /** "raised the toll from 11 to 14": 11 is what the toll was, not what it is. */
  private static boolean isFormerFigure(Sentence s, Counted c) {
    if (!s.hasCase(c.number, "from")) {
      return false;
    }
    int g = s.head(c.number);
    for (int k = 0; k < s.size(); k++) {
      if (k != c.number && s.head(k) == g && s.hasCase(k, "to") && "NUM".equals(s.token(k).tag())) {
        return true;
      }
    }
    return c.number + 2 < s.size()
        && s.token(c.number + 1).is("to")
        && "NUM".equals(s.token(c.number + 2).tag());
  }

  /** Something else was counted before: the dead before "another 79 people had been injured". */
  private static boolean isAfterAnotherKind(Sentence s, Counted c) {
    for (int k = 0; k < c.number; k++) {
      String w = s.token(k).lower();
      if (w.equals("dead") || w.equals("killed") || w.equals("died") || w.equals("deaths")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The token of the count whose breakdown ("including ...", "among them ...") token {@code n}
   * belongs to, or -1.
   */
  private int inBreakdown(Sentence s, int n) {
    List<Token> t = s.tokens();
    int k = firstConjunct(s, n);
    for (int c : s.dependents(k)) {
      if (s.hasRelation(c, "case") && breakdownCues.at(t, c) != null) {
        return s.head(k);
      }
    }
    if (k > 0 && breakdownCues.endingAt(t, k) != null) {
      return s.head(k);
    }
    if (k > 1 && t.get(k - 1).isPunctuation() && breakdownCues.endingAt(t, k - 1) != null) {
      return s.head(k);
    }
    return -1;
  }

  /**
   * Attackers counted in the breakdown of a count of the dead ("seven, including three attackers").
   */
  private Quantity attackersIncluded(Sentence s, Counted total, List<Counted> all) {
    Quantity sum = null;
    for (Counted part : all) {
      if (part.kind == Kind.ATTACKERS
          && part != total
          && inBreakdown(s, part.noun) >= 0
          && s.isUnder(part.noun, total.noun)) {
        sum = sum == null ? part.quantity : sum.plus(part.quantity);
      }
    }
    if (sum == null) {
      // "killed 16 people, including the suicide bomber": one attacker, named without a figure
      for (int k = 0; k < s.size(); k++) {
        boolean withTotal =
            s.isUnder(k, total.noun) || s.head(k) >= 0 && s.head(k) == s.head(total.noun);
        if (withTotal
            && k != total.noun
            && s.token(k).lower().equals(s.token(k).lemma())
            && inBreakdown(s, k) >= 0
            && kindAt(s, k) == Kind.ATTACKERS
            && hasDeterminer(s, k)
            && isUncounted(k, all)) {
          return new Quantity(CountRange.exactly(1), false, false, k, k + 1);
        }
      }
    }
    return sum;
  }

  private static boolean isUncounted(int noun, List<Counted> all) {
    return all.stream().noneMatch(c -> c.noun == noun);
  }

  private static boolean hasDeterminer(Sentence s, int i) {
    for (int d : s.dependents(i, "det")) {
      // "another 239 were wounded" counts people like "239 others"
      if (!s.token(d).is("all") && !s.token(d).is("no") && !s.token(d).is("another")) {
        return true;
      }
    }
    return false;
  }
}
