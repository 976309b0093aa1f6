package dev.reconciler.extract.attribution;

import dev.reconciler.claim.Role;
import dev.reconciler.extract.text.Sentence;
import dev.reconciler.extract.text.Token;
import dev.reconciler.extract.vocab.PhraseList;
import dev.reconciler.extract.vocab.Vocabulary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds who a sentence attributes its content to, through the dependency parse: the subject of a
 * reporting verb ("X said", "..., said X", "X told AFP"), the object of "according to", a group's
 * own statement; then describes that speaker with the named entities and the editors' titles: a
 * person (PERSON) with a title, an institution speaking on record ("Iran's health ministry",
 * "police"), an office singled out ("the governor", "the head of the city's emergency service"),
 * unnamed officials, media and witnesses. A pronoun, a definite title ("the spokesman") or a
 * surname alone carries over to the speaker named earlier.
 *
 * <p>Verbs come from {@code reporting-verbs.txt}, titles and their roles from {@code roles.txt},
 * claimant cues from {@code claimant-cues.txt}; none of them is in this code.
 */
public final class AttributionFinder {

  /** Entity classes that make a name a person's rather than a place's or a body's. */
  private static final Set<String> NOT_PERSON =
      Set.of(
          "ORGANIZATION",
          "LOCATION",
          "CITY",
          "COUNTRY",
          "STATE_OR_PROVINCE",
          "NATIONALITY",
          "TITLE",
          "RELIGION",
          "IDEOLOGY",
          "DATE",
          "TIME",
          "NUMBER",
          "MISC",
          "CRIMINAL_CHARGE",
          "CAUSE_OF_DEATH");

  /**
   * Relations whose subtrees describe the speaker rather than name it; of speakers joined by "and"
   * the first is who the phrase names ("the provincial governor and witnesses said").
   */
  private static final Set<String> NOT_SPEAKER =
      Set.of("acl", "acl:relcl", "advcl", "punct", "cc", "parataxis", "conj");

  /** Verbs of posting: the speaker speaks as social media. */
  private static final Set<String> POSTING = Set.of("tweet", "post", "write", "retweet");

  /** Verbs whose object is the one who speaks: "X cited Y", "X quoted Y as saying". */
  private static final Set<String> CITING = Set.of("cite", "quote");

  /** Temporal modifiers are not part of who speaks ("the police on Wednesday said"). */
  private static final Set<String> TIME_RELATIONS =
      Set.of("obl:tmod", "nmod:tmod", "obl", "nmod", "nmod:unmarked");

  private static final Set<String> SOCIAL_PLATFORMS =
      Set.of("twitter", "telegram", "facebook", "x", "instagram", "tiktok", "youtube", "whatsapp");

  private final PhraseList verbs;
  private final PhraseList roles;
  private final PhraseList claimantCues;
  private final PhraseList pronouns;
  private final PhraseList nameTitles;

  /** "X claimed responsibility" is a fact about the attack, not an attribution. */
  private final PhraseList claimsOfResponsibility;

  /** Words only the perpetrators use of themselves ("its fighters", "our mujahideen"). */
  private final PhraseList claimantVoice;

  /** Titles a group's own people hold ("spokesman", "commander"), unlike "police chief". */
  private final PhraseList claimantTitles;

  /** "blamed": its speaker gives what it governs (whom it blames), not the rest of the sentence. */
  private final PhraseList blameWords;

  public AttributionFinder(Vocabulary vocabulary) {
    this.verbs = vocabulary.list("reporting-verbs");
    this.roles = vocabulary.list("roles");
    this.claimantCues = vocabulary.list("claimant-cues");
    this.pronouns = vocabulary.list("pronouns");
    this.nameTitles = vocabulary.list("name-titles");
    this.claimsOfResponsibility = vocabulary.list("claim-responsibility");
    this.claimantVoice = vocabulary.list("claimant-voice");
    this.claimantTitles = vocabulary.list("claimant-titles");
    this.blameWords = vocabulary.list("blame-words");
  }

  /**
   * Who says what in a sentence: each reporting verb with its speaker, and the sentence's main
   * speaker (the one nearest the parse's root), which is what a claim outside every reporting
   * verb's clause and the next sentence's pronouns refer to.
   */
  public record Said(Attribution main, Map<Integer, Attribution> byVerb) {

    public static final Said NOBODY = new Said(null, Map.of());

    /**
     * The speaker of the claim at token {@code token}: that of the nearest reporting verb above it
     * ("Deputy governor X said 21 were wounded, Tasnim reported": X), else the main one.
     */
    public Attribution of(Sentence s, int token) {
      if (setsTheScene(s, token)) {
        return Attribution.NARRATION;
      }
      int verb = verbOf(s, token);
      return verb >= 0 ? byVerb.get(verb) : main;
    }

    /**
     * The reporting verb whose speaker the claim at {@code token} takes: the nearest above it, else
     * the main one's (the verb nearest the root), or -1 for narration.
     */
    public int verbOf(Sentence s, int token) {
      if (setsTheScene(s, token)) {
        return -1;
      }
      for (int k = token, steps = 0; k >= 0 && steps <= s.size(); k = s.head(k), steps++) {
        if (byVerb.containsKey(k)) {
          return k;
        }
      }
      for (Map.Entry<Integer, Attribution> e : byVerb.entrySet()) {
        if (e.getValue() == main) {
          return e.getKey();
        }
      }
      return -1;
    }

    /**
     * True when the token lies in an adverbial clause of a reporting verb, opened by its
     * conjunction ("Even though nobody has claimed responsibility, officials said ...", "..., as
     * rescuers searched the rubble") beside the clause of what was said: it sets the scene of the
     * speaking in the report's own voice.
     */
    private boolean setsTheScene(Sentence s, int token) {
      for (int k = token, steps = 0; k >= 0 && steps <= s.size(); k = s.head(k), steps++) {
        if (byVerb.containsKey(k)) {
          return false;
        }
        int h = s.head(k);
        if (h >= 0
            && byVerb.containsKey(h)
            && s.hasRelation(k, "advcl")
            && hasConjunction(s, k)
            && !s.dependents(h, "ccomp").isEmpty()) {
          // Only beside the verb's own content clause: in "..., while 59 were injured, police
          // said" the parse may hang the content itself there.
          return true;
        }
      }
      return false;
    }

    private static boolean hasConjunction(Sentence s, int clause) {
      for (int d : s.dependents(clause, "mark")) {
        if (!"that".equals(s.token(d).lower())) {
          return true;
        }
      }
      return false;
    }
  }

  /** Who a sentence quotes or reports; {@link Said#main} is null when the sentence is narration. */
  public Said find(Sentence s, SpeakerMemory memory) {
    boolean[] quoted = quoted(s.tokens());
    Map<Integer, Attribution> byVerb = new HashMap<>();
    Attribution main = null;
    for (int verb : reportingVerbs(s, quoted)) {
      Attribution a = attributionOf(s, verb, memory);
      if (a != null) {
        byVerb.put(verb, a);
        if (main == null && blameWords.at(s.tokens(), verb) == null) {
          // "No one has claimed responsibility but ... a bombing the government blamed on Isis":
          // the government blamed, it did not say that no one claimed
          main = a;
        }
      }
    }
    int trailing = trailingVerb(s, byVerb.keySet());
    if (trailing >= 0 && byVerb.get(trailing).speaker() != null) {
      // "Turkish authorities have confirmed ..., Prime Minister X said": X vouches for all of it,
      // the unnamed speakers he reports too
      Attribution outer = byVerb.get(trailing);
      for (Map.Entry<Integer, Attribution> e : byVerb.entrySet()) {
        if (e.getValue().speaker() == null && e.getValue().role() != Role.SOCIAL_MEDIA) {
          e.setValue(outer);
        }
      }
      main = outer;
    }
    // the main speaker last, so that "he said" next refers to it
    for (Attribution a : byVerb.values()) {
      if (a != main) {
        memory.remember(a);
      }
    }
    if (main != null) {
      memory.remember(main);
    }
    return new Said(main, byVerb);
  }

  private Attribution attributionOf(Sentence s, int verb, SpeakerMemory memory) {
    int speaker = speakerOf(s, verb);
    if (speaker < 0) {
      return null;
    }
    Attribution a = describe(s, speaker, memory, isPosting(s, verb));
    if (a == null || a.role() == Role.REPORTER && a.title() == null) {
      // the parser made the quotation's subject the verb's; a person in apposition speaks
      for (int d : s.dependents(speaker, "appos")) {
        if ("PERSON".equals(s.token(d).ner()) || roles.at(s.tokens(), d) != null) {
          Attribution b = describe(s, d, memory, isPosting(s, verb));
          a = b != null ? b : a;
          break;
        }
      }
    }
    if (a != null && a.role() == Role.REPORTER && a.title() == null && a.speaker() != null) {
      // "spokesman Najib Danish told": the parser may make the title a second subject of the verb
      for (int d : s.dependents(verb)) {
        if (d < speaker && s.hasRelation(d, "nsubj") && d + 1 == phrase(s, speaker).get(0)) {
          Attribution titled = describe(s, d, memory, isPosting(s, verb));
          if (titled != null && titled.title() != null && titled.role() != Role.REPORTER) {
            a = new Attribution(a.speaker(), titled.role(), titled.title());
          }
        }
      }
    }
    if (a != null && a.role() == Role.REPORTER && claimantVoice.containsAny(s.tokens())) {
      a = new Attribution(a.speaker(), Role.CLAIMANT, a.title()); // "said its fighters killed ..."
    }
    return a;
  }

  /** The reporting verbs outside quotation marks, the one nearest the root first. */
  private List<Integer> reportingVerbs(Sentence s, boolean[] quoted) {
    List<Token> t = s.tokens();
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      if (quoted[i] || !isReportingVerb(s, i) || claimsOfResponsibility.at(t, i) != null) {
        continue;
      }
      found.add(i);
    }
    found.sort((a, b) -> Integer.compare(depth(s, a), depth(s, b)));
    return found;
  }

  private boolean isReportingVerb(Sentence s, int i) {
    Token k = s.token(i);
    if (k.is("according")) {
      return true;
    }
    if (!"VERB".equals(k.tag()) && !"AUX".equals(k.tag())) {
      return false;
    }
    return verbs.at(s.tokens(), i) != null || isListed(k.lemma());
  }

  private boolean isListed(String lemma) {
    return verbs.at(List.of(new Token(lemma, 0, 0, null)), 0) != null;
  }

  private static int depth(Sentence s, int i) {
    int d = 0;
    for (int k = i; k >= 0 && d <= s.size(); k = s.head(k)) {
      d++;
    }
    return d;
  }

  /**
   * The reporting verb that closes the sentence after a comma (", the minister said on Monday.", ",
   * said X."), or -1: the wire's attribution of everything before it, whichever clause the parser
   * hung it on.
   */
  private int trailingVerb(Sentence s, java.util.Collection<Integer> verbs) {
    for (int verb : verbs) {
      int speaker = speakerOf(s, verb);
      if (speaker < 0) {
        continue;
      }
      List<Integer> who = phrase(s, speaker);
      int first = Math.min(verb, who.isEmpty() ? verb : who.get(0));
      boolean closes = first > 0 && s.token(first - 1).is(",");
      for (int k = first; closes && k < s.size(); k++) {
        closes =
            k == verb
                || who.contains(k)
                || "PUNCT".equals(s.token(k).tag())
                || (k > verb && s.isUnder(k, verb));
      }
      if (closes) {
        return verb;
      }
    }
    return -1;
  }

  /** The head token of who speaks through a reporting verb, or -1. */
  private int speakerOf(Sentence s, int verb) {
    if (CITING.contains(s.token(verb).lemma())) {
      for (int d : s.dependents(verb, "obj")) {
        return d; // "Fars News agency cited Mojtaba Zonnour, member of parliament, as saying ..."
      }
    }
    int subject = nearestSubject(s, verb);
    if (subject >= 0) {
      return subject;
    }
    int other = otherSpeaker(s, verb);
    if (other >= 0) {
      return other;
    }
    int opening = openingName(s, verb);
    return opening >= 0 ? opening : nameRightBefore(s, verb);
  }

  /**
   * "..., in the city of Ahvaz, state television said.": a sentence-final reporting verb that the
   * parser left without a subject (hanging the speaker on the place before it) takes the noun
   * phrase between the last comma and the verb.
   */
  private static int nameRightBefore(Sentence s, int verb) {
    boolean last = verb + 1 >= s.size() || s.token(verb + 1).isPunctuation();
    if (!last || verb < 2) {
      return -1;
    }
    int head = verb - 1;
    String tag = s.token(head).tag();
    if (!"NOUN".equals(tag) && !"PROPN".equals(tag)) {
      return -1;
    }
    for (int k = head - 1; k >= 0; k--) {
      Token t = s.token(k);
      if (t.is(",")) {
        return k > 0 ? head : -1;
      }
      String kt = t.tag();
      if (!"NOUN".equals(kt) && !"PROPN".equals(kt) && !"ADJ".equals(kt) && !"DET".equals(kt)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "X, a senior official at the hospital, where the blast occurred, told reporters ...": a long
   * apposition can make the parser hang the verb on the relative clause and the sentence on the
   * name; the name that roots the sentence before the verb is then who speaks.
   */
  private static int openingName(Sentence s, int verb) {
    for (int k = 0; k < verb; k++) {
      if (s.head(k) < 0) {
        Token root = s.token(k);
        boolean nominal = "PROPN".equals(root.tag()) || "NOUN".equals(root.tag());
        return nominal && s.isUnder(verb, k) && s.dependents(k, "nsubj").isEmpty() ? k : -1;
      }
    }
    return -1;
  }

  /** The verb's subject nearest to it and outside quotation marks, or -1. */
  private static int nearestSubject(Sentence s, int verb) {
    boolean[] quoted = quoted(s.tokens());
    int best = -1;
    for (int d : s.dependents(verb)) {
      if (s.hasRelation(d, "nsubj")
          && !s.hasRelation(d, "nsubj:pass")
          && !quoted[d]
          && (best < 0 || Math.abs(d - verb) < Math.abs(best - verb))) {
        best = d;
      }
    }
    return best;
  }

  private int otherSpeaker(Sentence s, int verb) {
    // "..., said government officials and Ghulam Nabi Memon": the parser takes the inverted
    // subject for an object; a named one in the list speaks first
    if (s.token(verb).lemma().equals("say")) {
      for (int d : s.dependents(verb)) {
        if (d > verb && (s.hasRelation(d, "obj") || s.hasRelation(d, "dep"))) {
          for (int c : s.dependents(d, "conj")) {
            if ("PERSON".equals(s.token(c).ner())) {
              return c;
            }
          }
          return d;
        }
      }
    }
    if (s.token(verb).is("according")) {
      // "according to X": X is the head of "according" (case) or its object
      int head = s.head(verb);
      if (head >= 0 && s.hasRelation(verb, "case")) {
        return head;
      }
      for (int d : s.dependents(verb)) {
        if (!s.token(d).is("to")) {
          return d;
        }
      }
      return -1;
    }
    for (int d : s.dependents(verb, "nsubj:pass")) {
      // "X was quoted as saying"; not "ten people were reported wounded", whose subject is what
      // was reported
      if (CITING.contains(s.token(verb).lemma()) || saysWhat(s, verb)) {
        return d;
      }
    }
    // "..., X was quoted as saying": the subject is the passive verb's
    int head = s.head(verb);
    if (head >= 0
            && (s.hasRelation(verb, "advcl") || s.hasRelation(verb, "xcomp"))
            && isReportingVerb(s, head)
        || isParticipleOfAClause(s, verb)) {
      for (int d : s.dependents(head)) {
        if (s.hasRelation(d, "nsubj") && !"PRON".equals(s.token(d).tag())
            || s.hasRelation(d, "nsubj:pass")) {
          return d;
        }
      }
    }
    return -1;
  }

  /**
   * "The group claimed responsibility, saying the attack left 20 dead": a participle after a comma,
   * without a subject of its own, speaks for the subject of the clause it hangs on.
   */
  private static boolean isParticipleOfAClause(Sentence s, int verb) {
    int head = s.head(verb);
    return head >= 0
        && "VBG".equals(s.token(verb).penn())
        && verb > 0
        && s.token(verb - 1).is(",")
        && (s.hasRelation(verb, "advcl")
            || s.hasRelation(verb, "dep")
            || s.hasRelation(verb, "xcomp"))
        && "VERB".equals(s.token(head).tag());
  }

  /** "was quoted as saying", "was cited as telling": the passive verb introduces a speech. */
  private boolean saysWhat(Sentence s, int verb) {
    for (int d : s.dependents(verb)) {
      if ((s.hasRelation(d, "advcl") || s.hasRelation(d, "xcomp")) && isReportingVerb(s, d)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPosting(Sentence s, int verb) {
    if (POSTING.contains(s.token(verb).lemma())) {
      return true;
    }
    for (int d : s.dependents(verb, "obl")) {
      if (SOCIAL_PLATFORMS.contains(s.token(d).lower())) {
        return true; // "said on Telegram"
      }
    }
    return false;
  }

  /** The speaker's phrase: the subtree of its head without clauses that describe it. */
  private static List<Integer> phrase(Sentence s, int head) {
    List<Integer> out = new ArrayList<>();
    for (int k = 0; k < s.size(); k++) {
      if (!s.isUnder(k, head)) {
        continue;
      }
      boolean excluded = false;
      for (int a = k; a != head && a >= 0; a = s.head(a)) {
        boolean time =
            TIME_RELATIONS.contains(s.relation(a))
                && ("DATE".equals(s.token(a).ner()) || "TIME".equals(s.token(a).ner()));
        if (NOT_SPEAKER.contains(s.relation(a)) || time) {
          excluded = true;
          break;
        }
      }
      if (!excluded) {
        out.add(k);
      }
    }
    return out;
  }

  /**
   * Who the phrase under {@code head} is: a person with or without a title, an office, an
   * institution, media, a group, a pronoun for the last speaker.
   */
  private Attribution describe(Sentence s, int head, SpeakerMemory memory, boolean posting) {
    List<Token> t = s.tokens();
    List<Integer> phrase = phrase(s, head);
    Token h = t.get(head);
    if ("PRON".equals(h.tag()) && pronouns.at(t, head) != null) {
      Attribution last = memory.last();
      return last == null
          ? null
          : posting ? new Attribution(last.speaker(), Role.SOCIAL_MEDIA, last.title()) : last;
    }
    int from = phrase.get(0);
    int to = phrase.get(phrase.size() - 1) + 1;
    // "Philippine National Police (PNP) on Wednesday": the bracket the parse hangs elsewhere
    if (to < t.size() && t.get(to).text().equals(")") && s.textOf(from, to).contains("(")) {
      to++;
    }
    List<Token> words = t.subList(from, to);
    String name = personName(s, phrase);
    PhraseList.Match title = title(words);
    boolean claimant = claimantCues.containsAny(words) && !hasOfficialTitle(title);
    for (int k : phrase) {
      // "A Pakistani military spokesman" after the Pakistani Taliban claimed: where from says no
      // group
      boolean origin = Set.of("NATIONALITY", "RELIGION", "IDEOLOGY").contains(t.get(k).ner());
      if (memory.isClaimantWord(t.get(k).bare())
          && !origin
          && (title == null
              || claimantTitles.containsAny(words.subList(title.from(), title.to())))) {
        claimant = true;
      }
    }
    String described = s.textOf(trimDeterminers(s, from, to), to);
    if (posting) {
      return new Attribution(name != null ? name : described, Role.SOCIAL_MEDIA, null);
    }
    if (claimant) {
      return new Attribution(name, Role.CLAIMANT, title == null ? null : title.phrase());
    }
    if (name != null && title != null) {
      return new Attribution(name, roleOf(title, 0), title.phrase());
    }
    if (name != null) {
      Attribution known = memory.byName(name);
      return known != null ? known : new Attribution(name, Role.REPORTER, null);
    }
    if (title != null) {
      boolean singledOut = isSingledOut(s, head);
      if (singledOut && t.get(from).is("the")) {
        Attribution known = memory.byTitle(title.phrase());
        if (known != null) {
          return known;
        }
      }
      Role role = roleOf(title, singledOut ? 2 : 1);
      // an institution or an office speaks by its name; unnamed officials have none
      // media are one source however they are called ("state television"); witnesses and
      // residents are many people and name no one
      boolean namesItself =
          role == Role.OFFICIAL
              || role == Role.REPORTER && (hasProperName(s, from, to) || isMedia(title));
      if (role == Role.REPORTER && isAffiliated(words)) {
        return new Attribution(
            null, Role.CLAIMANT, title.phrase()); // "a news agency affiliated with IS"
      }
      return new Attribution(namesItself ? described : null, role, title.phrase());
    }
    if (h.isCapitalized() && phrase.size() == 1 && memory.byName(h.text()) != null) {
      return memory.byName(h.text()); // "..., Danish said": a surname the tagger took for a word
    }
    if (h.isCapitalized() && ("PROPN".equals(h.tag()) || "ORGANIZATION".equals(h.ner()))) {
      // an outlet or a body the lists do not know ("Geo News", "Interfax"): reported, not official
      return new Attribution(described, Role.REPORTER, null);
    }
    return null;
  }

  private static boolean isMedia(PhraseList.Match title) {
    String p = title.phrase();
    return p.contains("media")
        || p.contains("television")
        || p.equals("tv")
        || p.contains("agency")
        || p.contains("newspaper")
        || p.contains("broadcaster")
        || p.contains("channel")
        || p.contains("radio")
        || p.equals("daily")
        || p.equals("website");
  }

  private static boolean hasProperName(Sentence s, int from, int to) {
    for (int k = from; k < to; k++) {
      if ("PROPN".equals(s.token(k).tag()) || "ORGANIZATION".equals(s.token(k).ner())) {
        return true;
      }
    }
    return false;
  }

  /** Media that a group runs or is linked to speak for the group. */
  private static boolean isAffiliated(List<Token> words) {
    for (Token k : words) {
      String w = k.lower();
      if (w.equals("affiliated")
          || w.endsWith("-affiliated")
          || w.endsWith("-linked")
          || w.equals("mouthpiece")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasOfficialTitle(PhraseList.Match title) {
    return title != null
        && title.value() != null
        && title.value().startsWith("official")
        && !title.phrase().startsWith("spokes")
        && !title.phrase().equals("commander");
  }

  /**
   * An office or institution singled out: "the governor", "Iran's health ministry", "the head of
   * the city's emergency service", "police" — not "a spokesman", not "officials".
   */
  private static boolean isSingledOut(Sentence s, int head) {
    Token h = s.token(head);
    if ("NNS".equals(h.penn()) || "NNPS".equals(h.penn())) {
      return false;
    }
    for (int d : s.dependents(head)) {
      Token k = s.token(d);
      if (s.hasRelation(d, "det")) {
        return !(k.is("a") || k.is("an") || k.is("another") || k.is("one"));
      }
      if (s.hasRelation(d, "nmod:poss") || (s.hasRelation(d, "compound") && k.isCapitalized())) {
        return true;
      }
    }
    return true; // "police said", "Interior Minister X": no article, singular
  }

  /**
   * A person's name in the phrase: CoreNLP's PERSON tokens, honorifics aside; of several runs the
   * last, which is the one nearest the head ("Shabaab spokesman Ali Dheere").
   */
  private String personName(Sentence s, List<Integer> phrase) {
    List<Token> t = s.tokens();
    int start = -1;
    int end = -1;
    for (int k : phrase) {
      Token tok = t.get(k);
      boolean person =
          "PERSON".equals(tok.ner()) && nameTitles.at(t, k) == null && roles.at(t, k) == null;
      if (person && (start < 0 || k != end)) {
        start = k;
        end = k + 1;
      } else if (person) {
        end = k + 1;
      }
    }
    if (start < 0) {
      return fallbackName(s, phrase);
    }
    return s.textOf(start, end).replaceAll("(?:'s|’s)$", "");
  }

  /**
   * Two or more capitalised words that are no place, body or title ("Fazle-e-Elahi" aside: a single
   * word counts when it is the phrase's head and the tagger calls it a proper noun).
   */
  private String fallbackName(Sentence s, List<Integer> phrase) {
    List<Token> t = s.tokens();
    int start = -1;
    int end = -1;
    for (int k : phrase) {
      Token tok = t.get(k);
      boolean word =
          tok.isCapitalized()
              && "PROPN".equals(tok.tag())
              && !NOT_PERSON.contains(tok.ner())
              && roles.at(t, k) == null
              && nameTitles.at(t, k) == null
              && claimantCues.at(t, k) == null;
      if (word && start < 0) {
        start = k;
        end = k + 1;
      } else if (word && k == end) {
        end = k + 1;
      } else if (start >= 0) {
        break;
      }
    }
    if (start < 0) {
      return null;
    }
    boolean single = end - start == 1;
    if (single && phrase.size() > 1) {
      return null; // one capitalised word among others describes rather than names
    }
    return s.textOf(start, end);
  }

  /** The longest title or kind of source in the phrase; the last one when there are several. */
  private PhraseList.Match title(List<Token> words) {
    PhraseList.Match best = null;
    for (PhraseList.Match m : roles.findAll(words)) {
      best = m; // "Sindh government spokesman": the last title names the speaker
    }
    return best;
  }

  private static Role roleOf(PhraseList.Match title, int column) {
    String[] roles = title.value().split("\\|");
    int k = Math.min(column, roles.length - 1);
    return Role.fromKey(roles[k].strip());
  }

  private static int trimDeterminers(Sentence s, int from, int to) {
    int k = from;
    while (k < to - 1
        && ("DET".equals(s.token(k).tag())
            || s.token(k).isPunctuation()
            || s.token(k).is("according")
            || (k > from && s.token(k).is("to") && s.token(k - 1).is("according")))) {
      k++;
    }
    return k;
  }

  /** Which tokens are inside quotation marks. */
  static boolean[] quoted(List<Token> t) {
    boolean[] in = new boolean[t.size()];
    boolean open = false;
    for (int i = 0; i < t.size(); i++) {
      Token k = t.get(i);
      if (k.text().equals("“")) {
        open = true;
      } else if (k.text().equals("”")) {
        open = false;
      } else if (k.isQuote()) {
        open = !open;
      } else {
        in[i] = open;
      }
    }
    return in;
  }
}
