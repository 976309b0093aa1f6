package dev.reconciler.extract.attribution;

import dev.reconciler.claim.Role;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The speakers met so far in one report, so that "he said", "the spokesman said" and a surname
 * alone ("Wahab said") are carried over to the speaker named earlier. One per report; not shared.
 */
public final class SpeakerMemory {

  private static final Set<String> ARTICLES = Set.of("the", "a", "an");

  private final List<Attribution> named = new ArrayList<>();
  private final Set<String> claimantWords = new HashSet<>();
  private Attribution last;

  /** Records a speaker; the most recent one is what a pronoun refers to. */
  public void remember(Attribution a) {
    if (a.speaker() != null) {
      named.removeIf(n -> n.speaker().equals(a.speaker()));
      named.add(a);
    }
    last = a;
  }

  /** Records a group that claimed the attack: its name marks its spokesmen as claimants. */
  public void rememberClaimant(String group) {
    if (group == null) {
      return;
    }
    // The words of the group's name, not its article: "The Resistance Front" marks "Front", not
    // "the".
    for (String w : group.split("[\\s()-]+")) {
      if (w.length() > 1
          && Character.isUpperCase(w.charAt(0))
          && !ARTICLES.contains(w.toLowerCase(Locale.ROOT))) {
        claimantWords.add(w.toLowerCase(Locale.ROOT));
      }
    }
    last = new Attribution(group, Role.CLAIMANT, null);
  }

  public boolean isClaimantWord(String lowerWord) {
    return claimantWords.contains(lowerWord);
  }

  /** The most recent speaker, for a pronoun; null when there is none. */
  public Attribution last() {
    return last;
  }

  /** The most recent named speaker whose name shares a word with {@code name}, or null. */
  public Attribution byName(String name) {
    Set<String> words = words(name);
    for (int i = named.size() - 1; i >= 0; i--) {
      Attribution a = named.get(i);
      for (String w : words(a.speaker())) {
        if (words.contains(w)) {
          return a;
        }
      }
    }
    return null;
  }

  /** The most recent named speaker who was given this title, or null. */
  public Attribution byTitle(String title) {
    for (int i = named.size() - 1; i >= 0; i--) {
      Attribution a = named.get(i);
      if (a.title() != null && (a.title().endsWith(title) || title.endsWith(a.title()))) {
        return a;
      }
    }
    return null;
  }

  private static Set<String> words(String name) {
    Set<String> out = new HashSet<>();
    for (String w : name.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (w.length() > 2) {
        out.add(w);
      }
    }
    return out;
  }
}
