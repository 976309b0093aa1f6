package dev.reconciler.extract.facts;

import dev.reconciler.claim.Attribute;
import dev.reconciler.claim.Role;
import dev.reconciler.claim.TextValue;
import dev.reconciler.extract.attribution.Attribution;
import dev.reconciler.extract.text.Sentence;
import dev.reconciler.extract.text.Token;
import dev.reconciler.extract.vocab.PhraseList;
import dev.reconciler.extract.vocab.Vocabulary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds who is said to be behind the attack: a group's claim of responsibility (the group speaks
 * for itself: role claimant), a group's denial (claimant, value {@code unclaimed}), "no group has
 * claimed" ({@code unclaimed}, attributed like the sentence) and blame ("police blamed the attack
 * on X", attributed like the sentence). Phrases are in {@code claim-responsibility.txt}, {@code
 * deny-responsibility.txt}, {@code blame-words.txt} and {@code negations.txt}.
 */
public final class PerpetratorFinder implements FactFinder {

  /** Words that end the name of a group before the verb ("X in a statement", "X on Friday"). */
  private static final Set<String> NAME_ENDS =
      Set.of("which", "who", "that", "in", "on", "via", "through", "late", "early", "earlier",
          "later", "has", "have", "had", "also", "quickly", "swiftly", "soon", "after", "for", "said");
  /**
   * A group speaking for itself. No speaker: the group's statement is one source however often it is
   * reprinted and however each report words the group's name (the syndication rule counts unsigned
   * statements by value, after the editors' aliases).
   */
  private static final Attribution GROUP_STATEMENT = new Attribution(null, Role.CLAIMANT, null);
  /** How far before a claim a negation still negates it ("no militant group has yet claimed"). */
  private static final int NEGATION_REACH = 5;

  private final PhraseList claims;
  private final PhraseList denials;
  private final PhraseList blame;
  private final PhraseList negations;
  private final PhraseList roles;
  private final PhraseList claimantCues;

  public PerpetratorFinder(Vocabulary vocabulary) {
    this.claims = vocabulary.list("claim-responsibility");
    this.denials = vocabulary.list("deny-responsibility");
    this.blame = vocabulary.list("blame-words");
    this.negations = vocabulary.list("negations");
    this.roles = vocabulary.list("roles");
    this.claimantCues = vocabulary.list("claimant-cues");
  }

  @Override
  public List<Finding> find(Sentence s, ReportContext report) {
    List<Token> t = s.tokens();
    List<Finding> out = new ArrayList<>();
    for (PhraseList.Match m : claims.findAll(t)) {
      if (negated(t, m.from())) {
        out.add(new Finding(Attribute.PERPETRATOR, new TextValue(TextValue.UNCLAIMED), false, m.from()));
        continue;
      }
      String group = "after".equals(m.value()) ? groupAfter(s, m.to()) : groupBefore(s, m.from());
      if (group != null) {
        out.add(new Finding(Attribute.PERPETRATOR, new TextValue(group), false, m.from(), GROUP_STATEMENT));
      }
    }
    for (PhraseList.Match m : denials.findAll(t)) {
      // "a spokesman for the group later denied": the group speaks, named here or not
      out.add(new Finding(Attribute.PERPETRATOR, new TextValue(TextValue.UNCLAIMED), false, m.from(), GROUP_STATEMENT));
    }
    for (PhraseList.Match m : blame.findAll(t)) {
      String group = groupAfter(s, m.to());
      if (group != null) {
        out.add(new Finding(Attribute.PERPETRATOR, new TextValue(group), false, m.from()));
      }
    }
    return out;
  }

  private boolean negated(List<Token> t, int claim) {
    return negations.first(t, Math.max(0, claim - NEGATION_REACH), claim) != null;
  }

  /** The group named in the clause before a verb, or null when none is named. */
  String groupBefore(Sentence s, int verb) {
    List<Token> t = s.tokens();
    int start = verb;
    while (start > 0 && !t.get(start - 1).is(";") && !t.get(start - 1).is(":") && !t.get(start - 1).isQuote()) {
      start--;
    }
    // Comma and bracket pieces, each cut at a word that ends a name; the last one with a capital wins.
    String best = null;
    int pieceStart = start;
    for (int i = start; i <= verb; i++) {
      boolean boundary = i == verb || t.get(i).is(",") || t.get(i).is("(") || t.get(i).is(")");
      if (boundary) {
        String name = nameIn(s, pieceStart, i);
        if (name != null) {
          best = name;
        }
        pieceStart = i + 1;
      }
    }
    return best;
  }

  private String groupAfter(Sentence s, int from) {
    List<Token> t = s.tokens();
    int end = from;
    while (end < t.size() && (!t.get(end).isPunctuation() || t.get(end).text().startsWith("-"))
        && !NAME_ENDS.contains(t.get(end).lower()) && end < from + 8) {
      end++;
    }
    return nameIn(s, from, end);
  }

  /** An adverb or verb is not part of a name ("X initially claimed"), unless capitalised. */
  private static boolean endsName(Token k) {
    String tag = k.tag();
    return !k.isCapitalized() && ("ADV".equals(tag) || "VERB".equals(tag) || "AUX".equals(tag));
  }

  /** A group's name in tokens from..to: determiners, titles and trailing descriptions removed. */
  private String nameIn(Sentence s, int from, int to) {
    List<Token> t = s.tokens();
    int end = from;
    while (end < to && !NAME_ENDS.contains(t.get(end).lower()) && !endsName(t.get(end))) {
      end++;
    }
    int a = from;
    // "A TTP spokesman" loses its article; "The Resistance Front" keeps it, as names often do.
    while (a < end && (("DET".equals(t.get(a).tag()) && !t.get(a).text().equals("The")) || t.get(a).isPunctuation())) {
      a++;
    }
    int b = end;
    // Trailing titles and words like "group" go ("the Islamic State group"), but not a capitalised
    // word that is part of the name ("The Resistance Front").
    while (b > a && ((!t.get(b - 1).isCapitalized() && (roles.endingAt(t, b) != null || claimantCues.endingAt(t, b) != null))
        || t.get(b - 1).isPunctuation() || "DET".equals(t.get(b - 1).tag()) || "ADP".equals(t.get(b - 1).tag()))) {
      PhraseList.Match r = roles.endingAt(t, b);
      PhraseList.Match c = claimantCues.endingAt(t, b);
      b = r != null ? r.from() : c != null ? c.from() : b - 1;
    }
    boolean named = false;
    for (int i = a; i < b; i++) {
      named |= t.get(i).isCapitalized() && (i > 0 || t.get(i).tag().equals("PROPN"));
    }
    if (!named || b - a > 8) {
      return null;
    }
    return s.textOf(a, b);
  }
}
