package dev.reconciler.extract.attribution;

import dev.reconciler.claim.Role;
import dev.reconciler.extract.text.Sentence;
import dev.reconciler.extract.text.Token;
import dev.reconciler.extract.vocab.PhraseList;
import dev.reconciler.extract.vocab.Vocabulary;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds who a sentence attributes its content to: "X said ...", "..., X said", "..., said X", "X
 * told AFP", "according to X", appositions ("X, a government adviser, said"), and a pronoun,
 * a definite title ("the spokesman") or a surname carried over to the speaker named earlier.
 *
 * <p>Verbs come from {@code reporting-verbs.txt}, titles and their roles from {@code roles.txt},
 * claimant cues from {@code claimant-cues.txt}; none of them is in this code.
 */
public final class AttributionFinder {

  /** Words between a speaker and the verb that are not part of the speaker ("X also said"). */
  private static final Set<String> AUXILIARIES =
      Set.of("was", "is", "has", "had", "have", "were", "also", "later", "earlier", "further",
          "then", "again", "separately", "would", "will");
  /** Words that end a speaker's phrase: what follows them describes rather than names. */
  private static final Set<String> PHRASE_ENDS =
      Set.of("in", "for", "of", "from", "at", "on", "with", "who", "which", "where", "that", "while");
  private static final Set<String> DEFINITE = Set.of("the", "this", "that");

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
  private final Set<String> calendarWords = new HashSet<>();

  public AttributionFinder(Vocabulary vocabulary) {
    this.verbs = vocabulary.list("reporting-verbs");
    this.roles = vocabulary.list("roles");
    this.claimantCues = vocabulary.list("claimant-cues");
    this.pronouns = vocabulary.list("pronouns");
    this.nameTitles = vocabulary.list("name-titles");
    this.claimsOfResponsibility = vocabulary.list("claim-responsibility");
    this.claimantVoice = vocabulary.list("claimant-voice");
    this.claimantTitles = vocabulary.list("claimant-titles");
    for (DayOfWeek d : DayOfWeek.values()) {
      calendarWords.add(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
    }
    for (Month m : Month.values()) {
      calendarWords.add(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
    }
  }

  /** The speaker a sentence quotes or reports, or null when the sentence is narration. */
  public Attribution find(Sentence s, SpeakerMemory memory) {
    List<Token> t = s.tokens();
    boolean[] quoted = quoted(t);
    for (PhraseList.Match verb : verbs.findAll(t)) {
      if (quoted[verb.from()] || claimsOfResponsibility.at(t, verb.from()) != null) {
        continue;
      }
      Attribution a;
      if (verb.phrase().equals("according to")) {
        a = resolve(segments(t, verb.to(), endOfClause(t, verb.to()), quoted), false, memory);
      } else {
        // "..., said X" and "“...,” said X" name the speaker after the verb; otherwise before it.
        boolean inverted = verb.from() == 0 || t.get(verb.from() - 1).is(",") || t.get(verb.from() - 1).isQuote();
        a = inverted ? resolve(segments(t, verb.to(), endOfClause(t, verb.to()), quoted), false, memory) : null;
        if (a == null) {
          a = resolve(segments(t, startOfSubject(t, verb.from(), quoted), trimAuxiliaries(t, verb.from()), quoted), true, memory);
        }
      }
      if (a != null) {
        if (a.role() == Role.REPORTER && claimantVoice.containsAny(t)) {
          a = new Attribution(a.speaker(), Role.CLAIMANT, a.title()); // "said its fighters killed ..."
        }
        memory.remember(a);
        return a;
      }
    }
    return null;
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

  private static int startOfSubject(List<Token> t, int verb, boolean[] quoted) {
    int i = verb - 1;
    while (i >= 0 && !t.get(i).isQuote() && !quoted[i] && !t.get(i).is(";")) {
      i--;
    }
    return i + 1;
  }

  private static int trimAuxiliaries(List<Token> t, int end) {
    while (end > 0 && AUXILIARIES.contains(t.get(end - 1).lower())) {
      end--;
    }
    return end;
  }

  /** The end of the speaker phrase after an inverted verb: "said X, police chief for ...". */
  private static int endOfClause(List<Token> t, int from) {
    int i = from;
    int commas = 0;
    while (i < t.size() && !t.get(i).is(".") && !t.get(i).is(";") && !t.get(i).isQuote()) {
      if (t.get(i).is(",") && ++commas == 2) {
        break;
      }
      if (t.get(i).is("that") || (commas == 0 && i > from + 8)) {
        break;
      }
      i++;
    }
    return i;
  }

  /** Comma-separated pieces of tokens {@code from..to}, each cut at a word that ends a phrase. */
  private static List<List<Token>> segments(List<Token> t, int from, int to, boolean[] quoted) {
    List<List<Token>> out = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    boolean ended = false;
    for (int i = from; i < to; i++) {
      Token k = t.get(i);
      if (k.is(",") || k.is("(") || k.is(")") || k.is("—") || k.is("–")) {
        out.add(current);
        current = new ArrayList<>();
        ended = false;
      } else if (PHRASE_ENDS.contains(k.lower()) && !current.isEmpty()) {
        ended = true;
      } else if (!ended && !quoted[i]) {
        current.add(k);
      }
    }
    out.add(current);
    return out;
  }

  /** What a speaker phrase says about the speaker: a name, a title, a pronoun, a claimant cue. */
  private record Description(String name, PhraseList.Match title, boolean pronoun, boolean definite,
      boolean claimant, String outlet) {
    boolean isEmpty() {
      return name == null && title == null && !pronoun && !claimant;
    }
  }

  /**
   * The speaker described by the segments nearest the verb. Before the verb the nearest is the last
   * segment; after an inverted verb it is the first. A title in the neighbouring segment is the
   * name's apposition ("Dr X, the police surgeon, said").
   */
  private Attribution resolve(List<List<Token>> segs, boolean before, SpeakerMemory memory) {
    List<List<Token>> nonEmpty = new ArrayList<>();
    for (List<Token> seg : segs) {
      if (!seg.isEmpty()) {
        nonEmpty.add(seg);
      }
    }
    if (nonEmpty.isEmpty()) {
      return null;
    }
    int nearest = before ? nonEmpty.size() - 1 : 0;
    List<Token> main = nonEmpty.get(nearest);
    if (before && main.size() > 8) {
      main = main.subList(main.size() - 8, main.size()); // a clause, not a speaker: keep its end
    }
    Description d = describe(main, memory);
    while (d.isEmpty() && before && nearest > 0 && nonEmpty.size() - nearest < 3) {
      nearest--; // "X (JNIM), al-Qaeda's affiliate in the Sahel, said": the speaker is further back
      main = nonEmpty.get(nearest);
      d = describe(main.size() > 8 ? main.subList(main.size() - 8, main.size()) : main, memory);
    }
    if (d.isEmpty()) {
      return null;
    }
    int other = before ? nearest - 1 : nearest + 1;
    if (other >= 0 && other < nonEmpty.size()) {
      Description neighbour = describe(nonEmpty.get(other), memory);
      if (d.name == null && d.title != null && neighbour.name != null && neighbour.title == null) {
        d = new Description(neighbour.name, d.title, false, false, d.claimant || neighbour.claimant, null);
      } else if (d.name != null && d.title == null && neighbour.title != null && neighbour.name == null
          && nonEmpty.get(other).size() <= 8) {
        d = new Description(d.name, neighbour.title, false, false, d.claimant || neighbour.claimant, null);
      }
    }
    return attribute(d, memory);
  }

  private Attribution attribute(Description d, SpeakerMemory memory) {
    String title = d.title == null ? null : d.title.phrase();
    if (d.pronoun && d.name == null && d.title == null) {
      return memory.last();
    }
    if (d.claimant) {
      return new Attribution(d.name, Role.CLAIMANT, title);
    }
    if (d.name != null) {
      if (d.title != null) {
        return new Attribution(d.name, roleOf(d.title, true), title);
      }
      Attribution known = memory.byName(d.name);
      return known != null ? known : new Attribution(d.name, Role.REPORTER, null);
    }
    if (d.title != null) {
      if (d.definite) {
        Attribution known = memory.byTitle(title);
        if (known != null) {
          return known;
        }
      }
      Role role = roleOf(d.title, false);
      return new Attribution(role == Role.REPORTER ? d.outlet : null, role, title);
    }
    return null;
  }

  private static Role roleOf(PhraseList.Match title, boolean named) {
    String[] roles = title.value().split("\\|");
    return Role.fromKey(roles[named ? 0 : 1].strip());
  }

  private Description describe(List<Token> seg, SpeakerMemory memory) {
    PhraseList.Match title = null;
    boolean pronoun = seg.size() <= 2 && !seg.isEmpty() && pronouns.at(seg, seg.size() - 1) != null;
    boolean claimant = false;
    boolean claimantName = false;
    List<int[]> runs = new ArrayList<>();
    int runStart = -1;
    int i = 0;
    while (i < seg.size()) {
      Token k = seg.get(i);
      if (claimantCues.at(seg, i) != null) {
        claimant = true;
      }
      claimantName |= memory.isClaimantWord(k.bare());
      PhraseList.Match role = roles.at(seg, i);
      PhraseList.Match honorific = nameTitles.at(seg, i);
      boolean nameWord = role == null && honorific == null && pronouns.at(seg, i) == null && isNameWord(k);
      if (nameWord && runStart < 0) {
        runStart = i;
      }
      if (runStart >= 0 && (!nameWord || k.isPossessive())) {
        runs.add(new int[] {runStart, nameWord ? i + 1 : i});
        runStart = -1;
      }
      if (role != null) {
        title = role;
        i = role.to();
      } else {
        i = honorific != null ? honorific.to() : i + 1;
      }
    }
    if (runStart >= 0) {
      runs.add(new int[] {runStart, seg.size()});
    }
    String name = null;
    String outlet = null;
    for (int[] r : runs) {
      String text = join(seg, r[0], r[1]);
      boolean possessive = seg.get(r[1] - 1).isPossessive();
      // "Sindh government spokesman", "Karachi Police chief": a place or body describing a title
      boolean modifier = possessive || (r[1] < seg.size() && !isNameWord(seg.get(r[1])));
      if (modifier) {
        outlet = text;
      } else if (r[1] - r[0] >= 2 || memory.byName(text) != null || seg.size() == 1) {
        name = text;
      }
    }
    // A claimed group's name marks its spokesman ("TTP spokesman", "Shabaab commander"), but not an
    // official who shares a word with it ("Somali Shabaab" and "Somali police chief").
    if (claimantName && (title == null || claimantTitles.containsAny(seg.subList(title.from(), title.to())))) {
      claimant = true;
    }
    boolean definite = DEFINITE.contains(seg.get(0).lower());
    return new Description(name, title, pronoun, definite, claimant, outlet);
  }

  private boolean isNameWord(Token k) {
    return k.isCapitalized()
        && !calendarWords.contains(k.bare())
        && k.text().chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '’' || c == '.')
        && !k.isQuote();
  }

  private static String join(List<Token> seg, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (b.length() > 0) {
        b.append(' ');
      }
      String w = seg.get(i).text();
      b.append(seg.get(i).isPossessive() ? w.substring(0, w.length() - 2) : w);
    }
    return b.toString();
  }
}
