package dev.reconciler.extract.facts;

import dev.reconciler.claim.Attribute;
import dev.reconciler.claim.CountRange;
import dev.reconciler.extract.number.Quantity;
import dev.reconciler.extract.number.QuantityReader;
import dev.reconciler.extract.text.Sentence;
import dev.reconciler.extract.text.Token;
import dev.reconciler.extract.vocab.PhraseList;
import dev.reconciler.extract.vocab.Vocabulary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds casualty and attacker counts: a quantity, the people it counts (victims, attackers, or
 * people in general, from the noun lists) and what happened to them (the verb lists: killed,
 * injured, or an attacker's action). Handles several counts in one sentence, lists that add up
 * ("two policemen, one ranger and one sanitary worker"), totals that include attackers ("seven
 * people, including three suicide attackers" is a deaths total and an attackers' toll), and "all
 * three attackers" (a count of attackers as well as of attackers killed).
 */
public final class CountFinder implements FactFinder {

  /** How far from a count its verb may be, in tokens. */
  private static final int VERB_AFTER = 10;
  private static final int VERB_BEFORE = 4;
  /** How many modifiers may stand between a number and its noun ("three police officials"). */
  private static final int NOUN_WINDOW = 4;
  /** How far back a toll may be from its figure ("the death toll from the attack on X rose to 21"). */
  private static final int TOLL_REACH = 16;
  /** Words right before a toll's figure. */
  private static final Set<String> TOLL_LINKS =
      Set.of("to", "at", "of", "was", "is", "reached", "hit", "stood", "stands", "climbed", "rose", "\"", "“");
  private static final Set<String> NOUN_STOP_TAGS =
      Set.of("VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PRON", "DET", "PART");

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
    ATTACKED
  }

  /** The counted noun: its kind, the token after it, and whether it was "N of the ..." (a part). */
  private record Head(Kind kind, int end, boolean partitive) {}

  /** A count with its noun; {@code included} lists the breakdown after "including". */
  private record Mention(Quantity quantity, Kind kind, int end, List<Mention> included, boolean partitive) {}

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
  private final PhraseList additions;
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
    this.additions = vocabulary.list("addition-cues");
    this.notTakingPart = vocabulary.list("attacker-not-counted");
  }

  @Override
  public List<Finding> find(Sentence s, LocalDate reportDate) {
    List<Token> t = s.tokens();
    List<Mention> mentions = mentions(t);
    List<Finding> out = new ArrayList<>();
    Event previous = null;
    for (int m = 0; m < mentions.size(); m++) {
      Mention mention = mentions.get(m);
      int limit = m + 1 < mentions.size() ? mentions.get(m + 1).quantity.from() : t.size();
      // "19 guests had been killed, as well as two attackers": the same fate
      Event event = previous != null && additions.endingAt(t, mention.quantity.from()) != null
          ? previous
          : event(t, mention, limit);
      previous = event;
      if (event != null) {
        addFindings(mention, event, out);
      }
    }
    return out;
  }

  private void addFindings(Mention m, Event event, List<Finding> out) {
    Quantity q = m.quantity;
    int at = q.from();
    switch (m.kind) {
      case ATTACKERS -> {
        if (event == Event.KILLED) {
          out.add(new Finding(Attribute.ATTACKERS_KILLED, q.range(), q.approximate(), at));
        }
        // "two of the attackers" is a part, not how many there were
        if ((event == Event.ATTACKED && !m.partitive) || q.all()) {
          out.add(new Finding(Attribute.ATTACKERS_COUNT, q.range(), q.approximate(), at));
        }
      }
      case DEAD, INJURED -> {
        if (!m.partitive) { // "three of the wounded" is a part of them
          out.add(new Finding(m.kind == Kind.DEAD ? Attribute.VICTIMS_KILLED : Attribute.INJURED, q.range(), q.approximate(), at));
        }
      }
      default -> {
        if (event == Event.INJURED) {
          out.add(new Finding(Attribute.INJURED, q.range(), q.approximate(), at));
        } else if (event == Event.KILLED) {
          Quantity attackersAmong = null;
          for (Mention part : m.included) {
            if (part.kind == Kind.ATTACKERS) {
              attackersAmong = attackersAmong == null ? part.quantity : attackersAmong.plus(part.quantity);
            }
          }
          if (attackersAmong == null) {
            out.add(new Finding(Attribute.VICTIMS_KILLED, q.range(), q.approximate(), at));
          } else {
            out.add(new Finding(Attribute.DEATHS_TOTAL, q.range(), q.approximate(), at));
            out.add(new Finding(Attribute.ATTACKERS_KILLED, attackersAmong.range(), attackersAmong.approximate(), attackersAmong.from()));
          }
        }
      }
    }
  }

  /** The counted noun phrases of a sentence, with lists joined and breakdowns attached. */
  private List<Mention> mentions(List<Token> t) {
    List<Mention> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      Mention m = mentionAt(t, i, true);
      if (m == null) {
        i++;
        continue;
      }
      int end = m.end;
      PhraseList.Match cue = breakdownCue(t, end);
      List<Mention> included = new ArrayList<>();
      if (cue != null) {
        int j = cue.to();
        Mention part;
        while ((part = mentionAt(t, j, false)) != null) {
          included.add(part);
          end = part.end;
          j = skipJoiners(t, part.end);
        }
      }
      out.add(new Mention(m.quantity, m.kind, end, included, m.partitive));
      i = Math.max(end, i + 1);
    }
    return out;
  }

  private PhraseList.Match breakdownCue(List<Token> t, int at) {
    int i = at < t.size() && t.get(at).is(",") ? at + 1 : at;
    return breakdownCues.at(t, i);
  }

  /**
   * A count and its noun at token {@code i}, joined with the items that follow it in a list. A
   * bare count (no noun) is allowed only next to a casualty word ("killing five", "12 dead").
   */
  private Mention mentionAt(List<Token> t, int i, boolean allowBare) {
    Quantity q = quantity(t, i, !allowBare);
    if (q == null) {
      return null;
    }
    if (isPartitivePronoun(t, q.to())) {
      return null; // "one of them": a part of a group counted elsewhere
    }
    Head head = head(t, q.to());
    if (head == null && allowBare) {
      head = bareHead(t, q);
    }
    if (head == null) {
      return null;
    }
    Quantity total = q;
    int end = head.end;
    // Only a counted noun starts a list: in "the toll had risen to 31, a doctor said" nothing adds up.
    while (head.end > q.to()) {
      int j = skipJoiners(t, end);
      if (j == end) {
        break;
      }
      Quantity next = quantity(t, j, true);
      if (next == null) {
        break;
      }
      Head h = head(t, next.to());
      if (h == null || !sameGroup(h.kind, head.kind)) {
        break;
      }
      total = total.plus(next);
      end = h.end;
    }
    return new Mention(total.endingAt(end), head.kind, end, List.of(), head.partitive);
  }

  /** A quantity at {@code i}, or (as an item of a list) "a"/"an" standing for one. */
  private Quantity quantity(List<Token> t, int i, boolean inList) {
    Quantity q = quantities.readAt(t, i);
    if (q == null && inList && i < t.size() && (t.get(i).is("a") || t.get(i).is("an"))) {
      q = new Quantity(CountRange.exactly(1), false, false, i, i + 1);
    }
    return q;
  }

  private static int skipJoiners(List<Token> t, int i) {
    int j = i;
    if (j < t.size() && t.get(j).is(",")) {
      j++;
    }
    if (j < t.size() && t.get(j).is("and")) {
      j++;
    }
    return j;
  }

  private static boolean isPartitivePronoun(List<Token> t, int i) {
    return i + 1 < t.size() && t.get(i).is("of") && "PRON".equals(t.get(i + 1).tag());
  }

  /** Counts that add up in a list: victims with people, or like with like ("21 dead and 40 wounded" do not). */
  private static boolean sameGroup(Kind a, Kind b) {
    boolean people = (a == Kind.VICTIMS || a == Kind.PEOPLE) && (b == Kind.VICTIMS || b == Kind.PEOPLE);
    return people || a == b;
  }

  /** The noun a count counts, within a few modifiers ("two suicide bombers", "two of the attackers"). */
  private Head head(List<Token> t, int from) {
    int k = from;
    boolean partitive = false;
    if (k < t.size() && t.get(k).is("of")) {
      partitive = true;
      k++;
      if (k < t.size() && "DET".equals(t.get(k).tag())) {
        k++;
      }
    }
    for (int idx = k; idx < t.size() && idx < k + NOUN_WINDOW; idx++) {
      Kind kind = kindAt(t, idx);
      if (kind != null) {
        PhraseList.Match m = longestNounAt(t, idx);
        int end = m == null ? idx + 1 : m.to();
        // "a civilian employee": the compound goes on while the next word is a listed noun too
        while (end < t.size() && isCompoundNoun(t, end)) {
          PhraseList.Match more = longestNounAt(t, end);
          end = more == null ? end + 1 : more.to();
        }
        return new Head(kind, end, partitive);
      }
      Token tok = t.get(idx);
      if ((tok.isPunctuation() && !tok.is("-")) || NOUN_STOP_TAGS.contains(tok.tag()) || quantities.isNumberAt(t, idx)) {
        return null;
      }
    }
    return null;
  }

  /** A noun that continues a counted noun ("civilian employee"), not a casualty word after it. */
  private boolean isCompoundNoun(List<Token> t, int i) {
    Kind k = kindAt(t, i);
    return (k == Kind.VICTIMS || k == Kind.PEOPLE || k == Kind.ATTACKERS)
        && "NOUN".equals(t.get(i).tag())
        && !quantities.isNumberAt(t, i);
  }

  private Kind kindAt(List<Token> t, int i) {
    if (attackers.at(t, i) != null) {
      return Kind.ATTACKERS;
    }
    if (victims.at(t, i) != null) {
      return Kind.VICTIMS;
    }
    if (deadNouns.at(t, i) != null) {
      return Kind.DEAD;
    }
    if (injuredNouns.at(t, i) != null) {
      return Kind.INJURED;
    }
    if (people.at(t, i) != null) {
      return Kind.PEOPLE;
    }
    return null;
  }

  private PhraseList.Match longestNounAt(List<Token> t, int i) {
    PhraseList.Match best = null;
    for (PhraseList l : List.of(attackers, victims, deadNouns, injuredNouns, people)) {
      PhraseList.Match m = l.at(t, i);
      if (m != null && (best == null || m.to() > best.to())) {
        best = m;
      }
    }
    return best;
  }

  /**
   * The people a count without a listed noun stands for: a count next to a casualty word ("killing
   * five", "12 dead", "no one was injured"), a toll ("the death toll rose to 21"), or any plural
   * noun right after an active casualty verb ("killing 60 Afghans").
   */
  private Head bareHead(List<Token> t, Quantity q) {
    int after = q.to();
    while (after < t.size() && "AUX".equals(t.get(after).tag())) {
      after++;
    }
    boolean verbBefore = q.from() > 0 && eventEndingAt(t, q.from()) != null;
    if (verbBefore && q.to() < t.size() && isPluralNoun(t.get(q.to()))) {
      return new Head(Kind.PEOPLE, q.to() + 1, false);
    }
    if (eventAt(t, after) != null || verbBefore || tollBefore(t, q.from())) {
      return new Head(Kind.PEOPLE, q.to(), false);
    }
    return null;
  }

  private static boolean isPluralNoun(Token k) {
    return ("NOUN".equals(k.tag()) || "PROPN".equals(k.tag())) && k.lower().endsWith("s") && k.lower().length() > 3;
  }

  /** A "toll" earlier in the clause, with only words of being or rising between ("toll ... rose to"). */
  private boolean tollBefore(List<Token> t, int from) {
    if (from == 0 || !TOLL_LINKS.contains(t.get(from - 1).lower())) {
      return false;
    }
    for (int i = from - 1; i >= Math.max(0, from - TOLL_REACH); i--) {
      if (t.get(i).is(";") || quantities.isNumberAt(t, i)) {
        return false;
      }
      if (tolls.at(t, i) != null) {
        return true;
      }
    }
    return false;
  }

  /** What happened to the people of a mention: the verb before it (active) or after it (passive). */
  private Event event(List<Token> t, Mention m, int limit) {
    if (m.kind == Kind.DEAD) {
      return Event.KILLED; // "two dead bodies" says what happened by itself
    }
    if (m.kind == Kind.INJURED) {
      return Event.INJURED;
    }
    for (int end = m.quantity.from(); end > Math.max(0, m.quantity.from() - VERB_BEFORE); end--) {
      Token before = t.get(end - 1);
      // "... were killed and 11 others wounded": a verb before "and" belongs to another count
      if (before.is(",") || before.is(".") || before.is(";") || "CCONJ".equals(before.tag())) {
        break;
      }
      Event e = eventEndingAt(t, end);
      if (e != null) {
        return e;
      }
    }
    if (tollBefore(t, m.quantity.from())) {
      return Event.KILLED;
    }
    // After the count, the first verb decides; attackers with no casualty verb took part.
    Event otherwise = m.kind == Kind.ATTACKERS ? Event.ATTACKED : null;
    for (int i = m.end; i < Math.min(limit, m.end + VERB_AFTER); i++) {
      if (t.get(i).is(";") || t.get(i).is(".")) {
        break;
      }
      Event e = eventAt(t, i);
      if (e != null) {
        return e;
      }
      if (notTakingPart.at(t, i) != null) {
        return null; // "two attackers were arrested": how many took part is not said
      }
      if ("VERB".equals(t.get(i).tag())) {
        return otherwise;
      }
    }
    return otherwise;
  }

  private Event eventAt(List<Token> t, int i) {
    if (killedWords.at(t, i) != null) {
      return Event.KILLED;
    }
    if (injuredWords.at(t, i) != null) {
      return Event.INJURED;
    }
    if (attackerActions.at(t, i) != null) {
      return Event.ATTACKED;
    }
    return null;
  }

  private Event eventEndingAt(List<Token> t, int end) {
    if (killedWords.endingAt(t, end) != null) {
      return Event.KILLED;
    }
    if (injuredWords.endingAt(t, end) != null) {
      return Event.INJURED;
    }
    if (attackerActions.endingAt(t, end) != null) {
      return Event.ATTACKED;
    }
    return null;
  }
}
