package dev.reconciler.extract.attribution;

import dev.reconciler.claim.Role;
import dev.reconciler.extract.text.Token;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The people a report names with their office, so that the office it names without a name is that
 * person: "At least 86 people were killed, the health minister said" and, a sentence later, "Health
 * Minister Mehmet Muezzinoglu" are one speaker, whichever comes first. Only an office one person
 * holds, singled out, and held by one person the report names: "a spokesman" or "the spokesman"
 * beside two named spokesmen stays as said.
 */
public final class TitledSpeakers {

  /** Titles several people hold at once: the title alone does not say which one spoke. */
  private static final Set<String> SHARED_TITLES =
      Set.of(
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "spokespeople",
          "official",
          "officials",
          "officer",
          "officers",
          "source",
          "sources",
          "head",
          "chief",
          "deputy",
          "adviser",
          "advisor",
          "secretary",
          "statement",
          "police",
          "agency",
          "office",
          "department",
          "authority");

  private final Map<String, Set<Attribution>> namedByTitle = new HashMap<>();

  /** Remembers a speaker the report names with a title. */
  public void add(Attribution a) {
    if (a != null && a.speaker() != null && a.title() != null && !isUnnamed(a)) {
      namedByTitle.computeIfAbsent(Token.fold(a.title()), k -> new LinkedHashSet<>()).add(a);
    }
  }

  /** The named person who holds the office an unnamed speaker was given, else the speaker. */
  public Attribution named(Attribution a) {
    if (a == null || a.role() != Role.OFFICIAL || !isUnnamed(a)) {
      return a;
    }
    String title = Token.fold(a.title());
    Set<Attribution> holders = namedByTitle.get(title);
    if (SHARED_TITLES.contains(title) || holders == null) {
      return a;
    }
    Set<String> people = new LinkedHashSet<>();
    for (Attribution h : holders) {
      people.add(h.speaker());
    }
    return people.size() == 1 ? holders.iterator().next() : a;
  }

  /** The speaker is the office itself ("the health minister"), without a person's name. */
  static boolean isUnnamed(Attribution a) {
    return a.title() != null
        && a.speaker() != null
        && Token.fold(a.speaker()).endsWith(Token.fold(a.title()));
  }
}
