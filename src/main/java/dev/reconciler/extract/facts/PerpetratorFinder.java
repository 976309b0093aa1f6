package dev.reconciler.extract.facts;

import dev.reconciler.claim.Attribute;
import dev.reconciler.claim.Role;
import dev.reconciler.claim.TextValue;
import dev.reconciler.extract.attribution.Attribution;
import dev.reconciler.extract.text.Sentence;
import dev.reconciler.extract.text.Token;
import dev.reconciler.extract.vocab.PhraseList;
import dev.reconciler.extract.vocab.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds who is said to be behind the attack, through the parse:
 *
 * <ul>
 *   <li>a group's claim of responsibility ({@code claim-responsibility.txt}: "claimed
 *       responsibility", "claimed the attack", "claimed by"): the group is the claim's subject or
 *       agent — its name, not an apposition ("Al-Shabaab, an al-Qaeda affiliate, claimed": Al-
 *       Shabaab) — and speaks for itself (role claimant, no speaker);
 *   <li>a negated claim ("no group has claimed", "there was no immediate claim"): {@code
 *       unclaimed}, attributed like the sentence;
 *   <li>a denial ({@code deny-responsibility.txt}): the denying group's denial, never {@code
 *       unclaimed}; a group said by someone else not to be behind it ("ISIS was not involved, the
 *       minister said") is that speaker's denial of the group;
 *   <li>blame ({@code blame-words.txt}: "blamed the attack on X", "carried out by X"): X,
 *       attributed like the sentence.
 * </ul>
 *
 * A name must be a group's: a security force, a ministry or a place is never one.
 */
public final class PerpetratorFinder implements FactFinder {

  /**
   * A group speaking for itself. No speaker: the group's statement is one source however often it
   * is reprinted and however each report words the group's name (the syndication rule counts
   * unsigned statements by value, after the editors' aliases).
   */
  private static final Attribution GROUP_STATEMENT = new Attribution(null, Role.CLAIMANT, null);

  /** Entity classes that are never an armed group's name. */
  private static final Set<String> NOT_GROUPS =
      Set.of(
          "CITY",
          "COUNTRY",
          "STATE_OR_PROVINCE",
          "LOCATION",
          "DATE",
          "TIME",
          "NUMBER",
          "TITLE",
          "DURATION");

  private static final Set<String> ARTICLES =
      Set.of("al", "el", "ad", "an", "ar", "as", "ash", "at", "az");
  private static final Set<String> PLACE_CLASSES =
      Set.of("COUNTRY", "STATE_OR_PROVINCE", "LOCATION", "CITY");
  private static final Set<String> NEGATIONS =
      Set.of("no", "not", "n't", "never", "nobody", "none", "neither");

  /** Relations under a name's head that describe it rather than name it. */
  private static final Set<String> NOT_NAME =
      Set.of(
          "appos", "acl", "acl:relcl", "punct", "cc", "conj", "advmod", "det", "case", "nmod:poss");

  private final PhraseList claims;
  private final PhraseList denials;
  private final PhraseList blame;
  private final PhraseList roles;
  private final PhraseList claimantCues;
  private final PhraseList responders;
  private final PhraseList attackers;
  private final PhraseList attackVerbs;
  private final PhraseList attackWords;
  private final PhraseList claimantTitles;

  public PerpetratorFinder(Vocabulary vocabulary) {
    this.attackers = vocabulary.list("attacker-nouns");
    this.attackVerbs = vocabulary.list("attacker-actions");
    this.claims = vocabulary.list("claim-responsibility");
    this.denials = vocabulary.list("deny-responsibility");
    this.blame = vocabulary.list("blame-words");
    this.roles = vocabulary.list("roles");
    this.claimantCues = vocabulary.list("claimant-cues");
    this.responders = vocabulary.list("responders");
    this.attackWords = vocabulary.list("attack-words");
    this.claimantTitles = vocabulary.list("claimant-titles");
  }

  @Override
  public List<Finding> find(Sentence s, ReportContext report) {
    List<Token> t = s.tokens();
    List<Finding> out = new ArrayList<>();
    List<PhraseList.Match> claimed = new ArrayList<>(claims.findAll(t));
    for (int i = 0; i < t.size(); i++) {
      final int k = i;
      if (claimsAnAttack(s, k) && claimed.stream().noneMatch(m -> mainWord(s, m) == k)) {
        claimed.add(
            new PhraseList.Match(k, k + 1, t.get(k).lower(), null)); // "claimed a deadly attack"
      }
    }
    for (PhraseList.Match m : claimed) {
      int verb = mainWord(s, m);
      if (isNegated(s, verb, m.to())) {
        out.add(
            new Finding(Attribute.PERPETRATOR, new TextValue(TextValue.UNCLAIMED), false, verb));
        continue;
      }
      String group = "after".equals(m.value()) ? groupAfter(s, m.to()) : claimer(s, verb);
      if (group != null) {
        out.add(
            new Finding(Attribute.PERPETRATOR, new TextValue(group), false, verb, GROUP_STATEMENT));
        for (String other : coordinatedClaimers(s, verb, group)) {
          out.add(
              new Finding(
                  Attribute.PERPETRATOR, new TextValue(other), false, verb, GROUP_STATEMENT));
        }
      }
    }
    for (PhraseList.Match m : denials.findAll(t)) {
      boolean said = "said".equals(m.value());
      String group = said ? deniedGroup(s, m) : claimer(s, mainWord(s, m));
      if (group != null) {
        out.add(
            new Finding(
                Attribute.PERPETRATOR,
                TextValue.denialBy(group),
                false,
                m.from(),
                said ? null : GROUP_STATEMENT));
      }
    }
    for (int k = 0; k < t.size(); k++) {
      String group = actingGroup(s, k);
      if (group != null) {
        out.add(new Finding(Attribute.PERPETRATOR, new TextValue(group), false, k));
      }
    }
    for (int k = 0; k < t.size(); k++) {
      String group = primeSuspect(s, k);
      if (group != null) {
        out.add(new Finding(Attribute.PERPETRATOR, new TextValue(group), false, k));
      }
    }
    for (PhraseList.Match m : blame.findAll(t)) {
      String group = groupAfter(s, m.to());
      if (group != null) {
        boolean negated = isNegated(s, m.from(), m.to());
        out.add(
            new Finding(
                Attribute.PERPETRATOR,
                negated ? TextValue.denialBy(group) : new TextValue(group),
                false,
                m.from()));
      }
    }
    return out;
  }

  /** What makes a suspect the one blamed: "the prime suspect", "the main suspect". */
  private static final Set<String> LEADING_SUSPECT = Set.of("prime", "main", "chief", "principal");

  private static final Set<String> SUSPECT_IN = Set.of("in", "behind", "for");

  /**
   * "The Islamic State group is the prime suspect in the Ankara bombings": the group that is the
   * leading suspect in the attack is blamed for it, said like the sentence.
   */
  private String primeSuspect(Sentence s, int noun) {
    if (!"NOUN".equals(s.token(noun).tag()) || !"suspect".equals(s.token(noun).lemma())) {
      return null;
    }
    boolean leading = false;
    for (int d : s.dependents(noun, "amod")) {
      leading |= LEADING_SUSPECT.contains(s.token(d).lower());
    }
    // "suspect in the Ankara bombings": by the words, as the parse may hang the attack elsewhere
    boolean inTheAttack = false;
    if (noun + 1 < s.size() && SUSPECT_IN.contains(s.token(noun + 1).lower())) {
      for (int d = noun + 2; d < Math.min(s.size(), noun + 6); d++) {
        inTheAttack |=
            attackWords.at(s.tokens(), d) != null
                || attackWords.at(List.of(new Token(s.token(d).lemma(), 0, 0, null)), 0) != null;
      }
    }
    if (!leading || !inTheAttack) {
      return null;
    }
    for (int d : s.dependents(noun, "nsubj")) {
      return groupNamedBy(s, d);
    }
    return null;
  }

  /**
   * "claimed a deadly attack", "claimed Sunday's assault": the verb claim with an attack as object.
   */
  private boolean claimsAnAttack(Sentence s, int k) {
    if (!"VERB".equals(s.token(k).tag()) || !s.token(k).lemma().equals("claim")) {
      return false;
    }
    for (int d : s.dependents(k, "obj")) {
      if ("NOUN".equals(s.token(d).tag()) && attackWords.at(s.tokens(), d) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The group named as the attackers' ("al-Shabab gunmen stormed the college", "Taliban militants
   * attacked"): a name modifying an attacker noun that is the subject of an attack verb. Said like
   * the sentence (mostly the narration): it names the perpetrator without claiming.
   */
  private String actingGroup(Sentence s, int noun) {
    if (attackers.at(s.tokens(), noun) == null
        || !s.hasRelation(noun, "nsubj")
        || s.head(noun) < 0) {
      return null;
    }
    int verb = s.head(noun);
    if (attackVerbs.at(s.tokens(), verb) == null) {
      return null;
    }
    int from = noun;
    while (from > 0
        && s.isUnder(from - 1, noun)
        && isNameWord(s, from - 1)
        && !"NATIONALITY".equals(s.token(from - 1).ner())
        && !"MISC".equals(s.token(from - 1).ner())) {
      from--; // "Islamic State fighters", "al-Shabab gunmen"
    }
    if (from > 0 && from < noun && isArticleOfName(s, from - 1)) {
      from--; // "al Qaeda militants attacked": the article is part of the name
    }
    if (from < noun) {
      String name = s.textOf(from, noun).replaceAll("(?:'s|’s)$", "");
      return isInstitutionName(s, from, noun) || namesOnlyWhence(s, from, noun) ? null : name;
    }
    for (int d : s.dependents(noun, "nmod")) {
      if (s.hasCase(d, "from") || s.hasCase(d, "of")) {
        String g = groupNamedBy(s, d); // "gunmen from the militant group al-Shabab"
        if (g != null) {
          return g;
        }
      }
    }
    return null;
  }

  private boolean isInstitutionName(Sentence s, int from, int to) {
    for (int k = from; k < to; k++) {
      PhraseList.Match r = roles.at(s.tokens(), k);
      if (r != null && isInstitution(r)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The word of a matched phrase that carries it in the parse: "claimed" in "has claimed
   * responsibility".
   */
  private static int mainWord(Sentence s, PhraseList.Match m) {
    for (int k = m.from(); k < m.to(); k++) {
      String tag = s.token(k).tag();
      if ("VERB".equals(tag) || "NOUN".equals(tag) && !s.token(k).is("responsibility")) {
        return k;
      }
    }
    return m.from();
  }

  /**
   * "no group has claimed", "has not claimed", "there was no immediate claim of responsibility".
   */
  private boolean isNegated(Sentence s, int from, int to) {
    for (int k = from; k < to; k++) {
      for (int d : s.dependents(k)) {
        if (NEGATIONS.contains(s.token(d).lower())) {
          return true;
        }
        if ((s.hasRelation(d, "nsubj") || s.hasRelation(d, "nsubj:pass"))
            && hasNegatingDeterminer(s, d)) {
          return true; // "no group has claimed"
        }
      }
      int h = s.head(k);
      if (h >= 0 && (s.token(h).is("yet") || s.token(h).is("no"))) {
        return true;
      }
    }
    for (int k = Math.max(0, from - 3); k < from; k++) {
      Token w = s.token(k);
      if (w.is("no") || w.is("not") || w.is("yet") || w.is("nobody") || w.is("n't")) {
        return true; // "there was no claim", "yet to claim"
      }
    }
    return false;
  }

  private static boolean hasNegatingDeterminer(Sentence s, int n) {
    if (s.token(n).is("nobody") || s.token(n).is("none") || s.token(n).is("no one")) {
      return true;
    }
    for (int d : s.dependents(n)) {
      if (s.token(d).is("no") || s.token(d).is("none")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The group that claims or denies: the subject of the verb, or the group its spokesman speaks
   * for.
   */
  /**
   * The other groups of a coordinated subject: "Both ISIS and a group called Ahvaz National
   * Resistance claimed responsibility" is two claims.
   */
  private List<String> coordinatedClaimers(Sentence s, int verb, String found) {
    List<String> out = new ArrayList<>();
    for (int subject : s.dependents(verb, "nsubj")) {
      List<Integer> conjuncts = new ArrayList<>(List.of(subject));
      conjuncts.addAll(s.dependents(subject, "conj"));
      if (conjuncts.size() < 2) {
        continue;
      }
      for (int c : conjuncts) {
        String g = groupNamedBy(s, c);
        if (g != null && !g.equals(found) && !out.contains(g)) {
          out.add(g);
        }
      }
    }
    return out;
  }

  private String claimer(Sentence s, int verb) {
    if ("NOUN".equals(s.token(verb).tag())) {
      return claimerOfNoun(s, verb);
    }
    int subject = -1;
    for (int d : s.dependents(verb)) {
      if (s.hasRelation(d, "nsubj")) {
        subject = d;
      }
    }
    if (subject < 0) {
      for (int d : s.dependents(verb)) {
        if ((s.hasRelation(d, "compound") || s.hasRelation(d, "nmod:poss")) && isNameWord(s, d)) {
          subject = d; // "The Taliban claim responsibility" read as a noun: "Taliban claim"
        }
      }
    }
    if (subject < 0 && s.hasRelation(verb, "acl:relcl") && s.head(verb) >= 0) {
      subject = s.head(verb); // "IS, which claimed the attack"
    }
    if (subject < 0) {
      for (int d : s.dependents(verb, "obl")) {
        if (s.hasCase(d, "by")) {
          subject = d; // "was claimed by X"
        }
      }
    }
    if (subject < 0
        && s.head(verb) >= 0
        && (s.hasRelation(verb, "xcomp") || s.hasRelation(verb, "conj"))) {
      for (int d : s.dependents(s.head(verb), "nsubj")) {
        subject = d; // "IS said it carried out", "X went on to claim"
      }
    }
    if (subject < 0 && s.hasRelation(verb, "acl") && s.head(verb) >= 0) {
      subject = s.head(verb); // "the group has claimed", hung on "group"
      int issuer = s.head(subject);
      if (s.hasRelation(subject, "obj") && issuer >= 0 && !isNameWord(s, subject)) {
        for (int d : s.dependents(issuer, "nsubj")) {
          subject = d; // "The Islamic State issued a statement claiming responsibility"
        }
      }
    }
    if (subject < 0) {
      return firstNameBefore(s, verb); // a parse that lost the subject: the clause opens with it
    }
    String named = groupNamedBy(s, subject);
    if (named == null && !"PRON".equals(s.token(subject).tag())) {
      return groupNamedEarlier(s, subject); // "al-Shabab, ..., and the group has claimed"
    }
    return named;
  }

  /** An Arabic article written apart ("al Qaeda"), not the English "as" or "at" before a name. */
  private static boolean isArticleOfName(Sentence s, int k) {
    return ARTICLES.contains(s.token(k).text()) && !s.hasRelation(k, "case");
  }

  /**
   * The name a generic noun is "known as" or "called" ("an al Qaeda affiliate known as AQIM"),
   * whether the parse hangs the participle on the noun or the noun on the participle; or null.
   */
  private static Integer knownAs(Sentence s, int noun) {
    if (isNameWord(s, noun)) {
      return null;
    }
    List<Integer> verbs = new ArrayList<>(s.dependents(noun, "acl"));
    if (s.head(noun) >= 0 && s.relation(noun).startsWith("nsubj")) {
      verbs.add(s.head(noun));
    }
    for (int v : verbs) {
      if (s.token(v).lemma().equals("know") || s.token(v).lemma().equals("call")) {
        for (int n : s.dependents(v)) {
          if (n > v && isNameWord(s, n) && (s.hasCase(n, "as") || s.hasRelation(n, "xcomp"))) {
            return n;
          }
        }
      }
    }
    return null;
  }

  /** Prepositions that make a name a place ("the bombing in MSU"), not a group. */
  private static final List<String> PLACE_CASES =
      List.of("in", "at", "on", "near", "inside", "outside", "into");

  /**
   * A generic subject ("the group") stands for the group the sentence named before it, not a place
   * it named ("ISIS carried out the attack in MSU as the terrorist group claimed").
   */
  private String groupNamedEarlier(Sentence s, int subject) {
    int phraseStart = subject;
    while (phraseStart > 0 && s.isUnder(phraseStart - 1, subject)) {
      phraseStart--; // the subject's own words were read already ("Chechen leader")
    }
    for (int k = phraseStart - 1; k >= 0; k--) {
      if (isOrganisationWord(s, k) && !isNamedAsPlace(s, k)) {
        int head = k;
        while (head > 0 && isOrganisationWord(s, head - 1)) {
          head--;
        }
        int named = head;
        while (head > 0
            && s.token(head - 1).isEntity("NATIONALITY")
            && s.head(head - 1) >= named
            && s.head(head - 1) <= k) {
          head--; // "the Pakistani Taliban", as the group is named where it claims by name
        }
        if (hasProperName(s, named, k + 1)) {
          return s.textOf(head, k + 1);
        }
        k = head;
      }
    }
    return null;
  }

  /** The name the word belongs to follows "in", "at", "on": a place. */
  private static boolean isNamedAsPlace(Sentence s, int k) {
    int head = s.hasRelation(k, "compound") && s.head(k) >= 0 ? s.head(k) : k;
    return PLACE_CASES.stream().anyMatch(c -> s.hasCase(head, c));
  }

  /**
   * A word of an organisation's name: CoreNLP's ORGANIZATION, or a proper noun it does not take for
   * a person.
   */
  private static boolean isOrganisationWord(Sentence s, int k) {
    Token w = s.token(k);
    return isNameWord(s, k)
        && ("ORGANIZATION".equals(w.ner())
            || "PROPN".equals(w.tag()) && !NOT_GROUP_NAMES.contains(w.ner()));
  }

  /**
   * What a proper noun alone may be without naming a group: "Somali", "Islamic", "Shia", a person.
   */
  private static final Set<String> NOT_GROUP_NAMES =
      Set.of("PERSON", "NATIONALITY", "IDEOLOGY", "RELIGION");

  /** A proper name among the words, not only nationalities ("Somali" alone names no group). */
  private static boolean hasProperName(Sentence s, int from, int to) {
    for (int k = from; k < to; k++) {
      Token w = s.token(k);
      if (("PROPN".equals(w.tag()) || "ORGANIZATION".equals(w.ner()))
          && !NOT_GROUP_NAMES.contains(w.ner())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whose claim a claim written as a noun is: its possessor ("the Taliban's claim"), or the subject
   * of the verb it depends on ("Daesh released its claim of responsibility").
   */
  private String claimerOfNoun(Sentence s, int noun) {
    if (hasGroupPossessive(s, noun)) {
      // "The Islamic State says one of its members carried out the attack": its, the speaker's
      for (int k = s.head(noun), steps = 0; k >= 0 && steps < s.size(); k = s.head(k), steps++) {
        for (int d :
            "VERB".equals(s.token(k).tag()) ? s.dependents(k, "nsubj") : List.<Integer>of()) {
          String g = s.isUnder(noun, d) ? null : groupNamedBy(s, d);
          if (g != null) {
            return g;
          }
        }
      }
    }
    for (int d : s.dependents(noun)) {
      if ((s.hasRelation(d, "nmod:poss") || s.hasRelation(d, "compound")) && isNameWord(s, d)) {
        return groupNamedBy(s, d);
      }
    }
    int head = s.head(noun);
    if (head >= 0 && "VERB".equals(s.token(head).tag())) {
      for (int d : s.dependents(head)) {
        if (s.relation(d).equals("nsubj")) {
          return groupNamedBy(s, d);
        }
      }
    }
    return null;
  }

  /**
   * The group a sentence says was not behind the attack: the subject the denial's words follow
   * ("the Islamic State group, also known as ISIS, was not behind"), a group by name only.
   */
  private String deniedGroup(Sentence s, PhraseList.Match m) {
    int subject = -1;
    int before = m.from() - 1;
    if (before >= 0 && isNameWord(s, before)) {
      subject = before; // "insisted the Pakistani Taliban were not behind it", parsed as an object
      while (s.head(subject) > subject && s.head(subject) < m.from()) {
        subject = s.head(subject);
      }
    }
    for (int k = before; k >= 0 && subject < 0; k--) {
      if (s.relation(k).startsWith("nsubj")) {
        subject = k; // "the Islamic State group, also known as ISIS, was not behind"
      }
    }
    if (subject < 0) {
      return null;
    }
    String g = groupNamedBy(s, subject);
    return g != null && isOrganisationWord(s, lastNameWord(s, subject)) ? g : null;
  }

  private static int lastNameWord(Sentence s, int head) {
    int k = head;
    while (k > 0 && !isNameWord(s, k) && s.isUnder(k - 1, head)) {
      k--;
    }
    return k;
  }

  /** "its fighters", "our brothers": the noun belongs to the group that speaks. */
  private static boolean hasGroupPossessive(Sentence s, int noun) {
    for (int d : s.dependents(noun, "nmod:poss")) {
      if (s.token(d).is("its") || s.token(d).is("our")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first organisation's name (CoreNLP's ORGANIZATION) before the verb, from the start of its
   * clause, or null: a person or a place opening the clause is never taken for the group.
   */
  private String firstNameBefore(Sentence s, int verb) {
    int start = verb;
    while (start > 0
        && !s.token(start - 1).is(";")
        && !s.token(start - 1).is(":")
        && !s.token(start - 1).isQuote()) {
      start--;
    }
    for (int k = start; k < verb; k++) {
      if (isOrganisationWord(s, k)) {
        int end = k + 1;
        while (end < verb && isOrganisationWord(s, end)) {
          end++;
        }
        int described = s.head(end - 1);
        if (described >= 0 && s.hasRelation(end - 1, "compound")) {
          Integer named = knownAs(s, described);
          if (named != null) {
            return groupNamedBy(s, named);
          }
        }
        if (described >= 0 && s.hasRelation(end - 1, "nmod:poss") && !isNameWord(s, described)) {
          String g = groupNamedBy(s, described); // "Al-Qaida's North African affiliate AQIM"
          if (g != null) {
            return g;
          }
        }
        if (hasProperName(s, k, end)) {
          int from = k > start && isArticleOfName(s, k - 1) ? k - 1 : k;
          return s.textOf(from, end);
        }
        k = end;
      }
    }
    return null;
  }

  /** The group named from token {@code from} on ("claimed by X", "blamed the attack on X"). */
  private String groupAfter(Sentence s, int from) {
    for (int k = from; k < Math.min(s.size(), from + 4); k++) {
      if (isNameWord(s, k)) {
        int head = k;
        while (head + 1 < s.size() && s.head(head) > head && s.head(head) <= head + 4) {
          head = s.head(head); // the head of the name phrase
        }
        return groupNamedBy(s, head);
      }
    }
    return null;
  }

  /**
   * The group a noun phrase names: its proper-name words, without appositions, determiners, or
   * titles and words like "group" ("the Islamic State group" is Islamic State; "a TTP spokesman" is
   * TTP). Null when the phrase names no group (a pronoun, "the militants", a security force).
   */
  private String groupNamedBy(Sentence s, int head) {
    List<Token> t = s.tokens();
    if (responders.at(t, head) != null || responders.endingAt(t, head + 1) != null) {
      return null; // "police", "the army": not a group
    }
    Integer knownAs = knownAs(s, head);
    if (knownAs != null) {
      return groupNamedBy(s, knownAs); // "an al Qaeda affiliate known as AQIM"
    }
    int own = ownNameAfterBranch(s, head);
    if (own >= 0) {
      return s.textOf(head + 1, own); // "The Pakistan Taliban faction Jamaat ur Ahrar claimed"
    }
    if (!isNameWord(s, head)) {
      // "Al-Qaeda's North African affiliate al-Qaeda in the Islamic Maghreb", "a faction of the
      // Pakistani Taliban, Jamaat-ul-Ahrar": the apposition names the group itself.
      List<Integer> described = new ArrayList<>(List.of(head));
      for (int d : s.dependents(head, "nmod")) {
        if (s.hasCase(d, "of")) {
          described.add(d);
        }
      }
      for (int n : described) {
        for (int d : s.dependents(n, "appos")) {
          if (isNameWord(s, d)) {
            return groupNamedBy(s, d);
          }
        }
      }
    }
    int from = -1;
    int to = -1;
    for (int k = 0; k < s.size(); k++) {
      if (!s.isUnder(k, head) || underExcluded(s, k, head)) {
        continue;
      }
      Token w = t.get(k);
      // a country inside a name: "Tehreek-e-Taliban Pakistan", "Islamic State Pakistan Province"
      boolean place = from >= 0 && k == to && w.isCapitalized() && PLACE_CLASSES.contains(w.ner());
      boolean name = isNameWord(s, k) || (from >= 0 && k == to && isNameJoiner(s, k)) || place;
      if (name && from < 0) {
        from = k;
        to = k + 1;
      } else if (name && k == to) {
        to = k + 1;
      } else if (from >= 0 && k > to) {
        break;
      }
    }
    if (from < 0) {
      return null;
    }
    if (from > 0 && isArticleOfName(s, from - 1)) {
      from--; // "al Qaeda", "al Shabaab": the article is part of the name
    }
    to = withRegion(s, to);
    if (to <= head && !isNameWord(s, head) && BRANCH_WORDS.contains(t.get(head).lemma())) {
      boolean describesTheBranch = true; // "'s North African" between the network and "affiliate"
      for (int k = to; k < head; k++) {
        describesTheBranch &= t.get(k).isPossessiveMarker() || s.hasRelation(k, "amod");
      }
      if (describesTheBranch) {
        to = head + 1; // "Al-Qaeda's North African affiliate": the editors' aliases know the branch
      }
    }
    while (to > from && (isNameJoiner(s, to - 1) || isGeneric(s, to - 1))) {
      to--;
    }
    if (to <= from) {
      return null;
    }
    if ("PERSON".equals(t.get(head).ner()) && to <= head && describesOnly(s, from, to)) {
      int name = head;
      while (name > 0 && "PERSON".equals(t.get(name - 1).ner()) && s.isUnder(name - 1, head)) {
        name--;
      }
      return s.textOf(name, head + 1); // "Chechen warlord X claimed": X, who speaks for his group
    }
    if (namesOnlyWhence(s, from, to)
        || to <= head && isTitle(t, head) && describesOnly(s, from, to)) {
      return null; // "the Islamic extremists", "Chechen leader": where from, not which group
    }
    String name = s.textOf(from, to).replaceAll("(?:'s|’s)$", "").strip();
    for (int k = from; k < to; k++) {
      if (roles.at(t, k) != null && isInstitution(roles.at(t, k))) {
        return null; // "the Interior Ministry", "Punjab Police"
      }
    }
    return name.isEmpty() || to - from > 8 ? null : name;
  }

  /**
   * A branch named for its region: "Al-Qaeda in the Islamic Maghreb", "al-Qaeda in the Arabian
   * Peninsula" (the region may be tagged a place, and the parse often hangs it elsewhere). The
   * alias table finds the group in the longer wording too ("Boko Haram in the North East").
   */
  private static int withRegion(Sentence s, int to) {
    if (to >= s.size() || !s.token(to).is("in")) {
      return to;
    }
    int from = to + 1 < s.size() && s.token(to + 1).is("the") ? to + 2 : to + 1;
    int end = from;
    while (end < s.size()
        && end - from < 4
        && s.token(end).isCapitalized()
        && !s.token(end).isPunctuation()) {
      end++;
    }
    return end > from ? end : to;
  }

  private boolean underExcluded(Sentence s, int k, int head) {
    // "Al-Qaeda's North African affiliate": a generic head keeps the name it belongs to
    boolean genericHead = !isNameWord(s, head);
    for (int a = k; a != head && a >= 0; a = s.head(a)) {
      if (genericHead && s.hasRelation(a, "nmod:poss") && s.head(a) == head) {
        return false;
      }
      if (s.relation(a).startsWith("nmod") && (s.hasCase(a, "with") || s.hasCase(a, "to"))) {
        return true; // "ties with al-Qaeda", "linked to IS": the group's allies, not its name
      }
      if (NOT_NAME.contains(s.relation(a))
          && !(s.hasRelation(a, "case") && s.token(a).is("of"))
          && !(s.hasRelation(a, "det") && s.token(a).text().equals("The") && a > 0)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Words that say where from or of what faith ("Chechen", "Islamic", "Somali"), without a name
   * among them: such words describe fighters but name no group. An acronym is a name.
   */
  private static boolean namesOnlyWhence(Sentence s, int from, int to) {
    for (int k = from; k < to; k++) {
      Token w = s.token(k);
      boolean origin =
          Set.of("NATIONALITY", "RELIGION", "IDEOLOGY").contains(w.ner())
              || "ADJ".equals(w.tag()) && !"ORGANIZATION".equals(w.ner());
      boolean acronym = w.text().chars().filter(Character::isUpperCase).count() >= 2;
      // "al-Qaeda", tagged as an ideology, is a name all the same
      if (!origin || acronym || ARTICLE_NAME.matcher(w.text()).matches()) {
        return false;
      }
    }
    return true;
  }

  /** Words before a person's name that say where from, not which group ("Chechen warlord X"). */
  private static boolean describesOnly(Sentence s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!"MISC".equals(s.token(k).ner()) && !namesOnlyWhence(s, k, k + 1)) {
        return false;
      }
    }
    return true;
  }

  private boolean isTitle(List<Token> t, int k) {
    return roles.at(t, k) != null || claimantTitles.at(t, k) != null;
  }

  /** Nouns that name a group by the network it belongs to. */
  private static final Set<String> BRANCH_WORDS =
      Set.of("affiliate", "branch", "wing", "faction", "offshoot", "arm", "franchise");

  /** Capitalised words that open sentences without naming anything. */
  private static final Set<String> NOT_NAMES =
      Set.of("many", "some", "others", "most", "several", "both", "all", "they", "it");

  /**
   * A word of a group's name: a proper noun, an organisation's name, an acronym ("TTP"), or a
   * capitalised word inside a sentence ("the Islamic State"); not a capitalised common word that
   * only opens the sentence ("Witnesses said", "Experience shows").
   */
  /** An Arabic article written in lower case opens a name all the same: "al-Shabab", "ad-Dawla". */
  private static final java.util.regex.Pattern ARTICLE_NAME =
      java.util.regex.Pattern.compile("(?:al|el|ad|an|ar|as|ash|at|az)-\\p{Lu}.*");

  /** "al-Qaeda-linked", "IS-inspired": a group the named one is allied with, not its name. */
  private static final java.util.regex.Pattern ALLIED_WITH =
      java.util.regex.Pattern.compile(
          ".+-(?:linked|affiliated|allied|aligned|backed|inspired|led)$");

  private static boolean isNameWord(Sentence s, int k) {
    Token w = s.token(k);
    if (!(w.isCapitalized() || ARTICLE_NAME.matcher(w.text()).matches())
        || ALLIED_WITH.matcher(w.lower()).matches()
        || NOT_GROUPS.contains(w.ner())
        || w.isQuote()
        || w.is("the")
        || NOT_NAMES.contains(w.lower())) {
      return false;
    }
    boolean acronym = w.text().chars().filter(Character::isUpperCase).count() >= 2;
    return "PROPN".equals(w.tag())
        || "ORGANIZATION".equals(w.ner())
        || acronym
        || (k > 0 && ("NOUN".equals(w.tag()) || "ADJ".equals(w.tag())));
  }

  /**
   * The end of the name written right after a branch word ("faction Jamaat ur Ahrar"), which the
   * parser may hang anywhere under it; or -1 when none follows.
   */
  private static int ownNameAfterBranch(Sentence s, int head) {
    if (!BRANCH_WORDS.contains(s.token(head).lemma())
        || head + 1 >= s.size()
        || !isNameWord(s, head + 1)
        || !s.isUnder(head + 1, head)) {
      return -1;
    }
    int end = head + 1;
    while (end < s.size()
        && (isNameWord(s, end)
            || isNameJoiner(s, end) && end + 1 < s.size() && isNameWord(s, end + 1))) {
      end++;
    }
    return withRegion(s, end);
  }

  /** Words inside a name: "Tehreek-e-Taliban", "Jamaat-ul-Ahrar", "Army of the Righteous". */
  private static boolean isNameJoiner(Sentence s, int k) {
    Token w = s.token(k);
    return w.is("of")
        || w.is("the")
        || w.is("al")
        || w.is("-")
        || w.is("e")
        || w.is("ul")
        || w.is("ur")
        || w.is("ud")
        || w.is("i");
  }

  /** "group", "militants", "spokesman": words after a name that are not part of it. */
  private boolean isGeneric(Sentence s, int k) {
    Token w = s.token(k);
    boolean commonNoun = !w.isCapitalized() || "NN".equals(w.penn()) || "NNS".equals(w.penn());
    return (commonNoun
            && (claimantCues.at(s.tokens(), k) != null || roles.at(s.tokens(), k) != null))
        || w.isPossessiveMarker()
        || w.is("group")
        || w.is("militants")
        || w.is("jihadists");
  }

  private static boolean isInstitution(PhraseList.Match title) {
    String p = title.phrase();
    return p.contains("ministry")
        || p.equals("police")
        || p.equals("army")
        || p.equals("military")
        || p.equals("government")
        || p.contains("department")
        || p.contains("service")
        || p.equals("agency");
  }
}
