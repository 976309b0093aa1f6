package dev.reconciler.extract.context;

import dev.reconciler.claim.Phase;
import dev.reconciler.extract.text.Sentence;
import dev.reconciler.extract.vocab.PhraseList;
import dev.reconciler.extract.vocab.Vocabulary;
import java.util.List;

/**
 * Decides the phase of a claim: the report's phase (concluded when any sentence says the attack or
 * operation is over, from {@code phase-concluded.txt}), overridden by a sentence's own cue ({@code
 * phase-ongoing.txt}: "while the operation was still ongoing", "in the evening"), which also
 * carries to the next sentence when it continues it ({@code continuation-markers.txt}).
 */
public final class PhaseCues {

  private final PhraseList ongoing;
  private final PhraseList concluded;
  private final PhraseList continuation;
  private final PhraseList otherProcesses;

  public PhaseCues(Vocabulary vocabulary) {
    this.otherProcesses = vocabulary.list("phase-other-processes");
    this.ongoing = vocabulary.list("phase-ongoing");
    this.concluded = vocabulary.list("phase-concluded");
    this.continuation = vocabulary.list("continuation-markers");
  }

  /**
   * The phase of a report whose own sentences (not posts, not other incidents') are given:
   * concluded when one says the attack or operation is over; ongoing when one says it is still
   * going on ("gunmen are still holed up"); otherwise concluded, since a report that tells an
   * attack without saying it goes on is written after it (a bombing is over once it is told).
   */
  public Phase reportPhase(List<Sentence> sentences) {
    boolean goingOn = false;
    for (Sentence s : sentences) {
      if (concluded.containsAny(s.tokens()) && !hasOngoingCue(s)) {
        return Phase.CONCLUDED;
      }
      for (PhraseList.Match m : ongoing.findAll(s.tokens())) {
        goingOn |= "report".equals(m.value()) && !isAnotherProcess(s, m.from());
      }
    }
    return goingOn ? Phase.ONGOING : Phase.CONCLUDED;
  }

  /** "An investigation is underway": what goes on is not the attack (its subject says so). */
  private boolean isAnotherProcess(Sentence s, int cue) {
    int head = s.head(cue);
    for (int word : head >= 0 ? List.of(cue, head) : List.of(cue)) {
      for (int subject : s.dependents(word)) {
        if (s.relation(subject).startsWith("nsubj")
            && otherProcesses.at(List.of(s.token(subject)), 0) != null) {
          return true;
        }
      }
    }
    return false;
  }

  /** The phase a sentence states itself, or null when it has no cue. */
  public Phase cueOf(Sentence s) {
    if (hasOngoingCue(s)) {
      return Phase.ONGOING;
    }
    if (concluded.containsAny(s.tokens())) {
      return Phase.CONCLUDED;
    }
    return null;
  }

  /**
   * A cue of {@code phase-ongoing.txt} in the sentence; one marked "| adverb" only where it is not
   * an adjective: "had earlier said" dates the sentence, "contradicting an earlier admission" names
   * another statement.
   */
  private boolean hasOngoingCue(Sentence s) {
    for (PhraseList.Match m : ongoing.findAll(s.tokens())) {
      boolean adjective = m.to() - m.from() == 1 && "ADJ".equals(s.token(m.from()).tag());
      if (!("adverb".equals(m.value()) && adjective)) {
        return true;
      }
    }
    return false;
  }

  /** True when a sentence continues the one before it ("as well", "also"). */
  public boolean continues(Sentence s) {
    return continuation.containsAny(s.tokens());
  }
}
