package dev.reconciler.extract.facts;

import dev.reconciler.claim.Attribute;
import dev.reconciler.claim.YesNo;
import dev.reconciler.extract.text.Sentence;
import dev.reconciler.extract.text.Token;
import dev.reconciler.extract.vocab.PhraseList;
import dev.reconciler.extract.vocab.Vocabulary;
import java.util.List;

/**
 * Finds whether hostages were taken: a hostage word ({@code hostage-words.txt}) with a verb of
 * taking or holding near it ({@code hostage-verbs.txt}); a negation before it ("no hostages were
 * taken") makes it a no.
 */
public final class HostageFinder implements FactFinder {

  private static final int VERB_REACH = 6;
  private static final int NEGATION_REACH = 4;

  private final PhraseList nouns;
  private final PhraseList verbs;
  private final PhraseList negations;

  public HostageFinder(Vocabulary vocabulary) {
    this.nouns = vocabulary.list("hostage-words");
    this.verbs = vocabulary.list("hostage-verbs");
    this.negations = vocabulary.list("negations");
  }

  @Override
  public List<Finding> find(Sentence s, ReportContext report) {
    List<Token> t = s.tokens();
    PhraseList.Match noun = nouns.first(t, 0, t.size());
    if (noun == null) {
      return List.of();
    }
    int from = Math.max(0, noun.from() - VERB_REACH);
    int to = Math.min(t.size(), noun.to() + VERB_REACH);
    if (verbs.first(t, from, to) == null && !noun.phrase().contains("-")) {
      return List.of();
    }
    boolean negated =
        negations.first(t, Math.max(0, noun.from() - NEGATION_REACH), noun.from()) != null;
    return List.of(new Finding(Attribute.HOSTAGES_TAKEN, new YesNo(!negated), false, noun.from()));
  }
}
