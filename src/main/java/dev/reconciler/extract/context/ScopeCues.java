package dev.reconciler.extract.context;

import dev.reconciler.extract.text.Sentence;
import dev.reconciler.extract.vocab.PhraseList;
import dev.reconciler.extract.vocab.Vocabulary;

/**
 * Finds where a sentence turns to another incident mentioned in passing ({@code scope-other.txt}):
 * values from that token on are about the other incident (scope other) and never count for this
 * one.
 */
public final class ScopeCues {

  private final PhraseList cues;

  public ScopeCues(Vocabulary vocabulary) {
    this.cues = vocabulary.list("scope-other");
  }

  /** The first token about another incident: 0 for the whole sentence, size() for none. */
  public int otherFrom(Sentence s) {
    PhraseList.Match m = cues.first(s.tokens(), 0, s.size());
    if (m == null) {
      return s.size();
    }
    return "after".equals(m.value()) ? m.from() : 0;
  }
}
