package dev.reconciler.extract.facts;

import dev.reconciler.claim.Attribute;
import dev.reconciler.claim.DurationRange;
import dev.reconciler.extract.number.Quantity;
import dev.reconciler.extract.number.QuantityReader;
import dev.reconciler.extract.text.Sentence;
import dev.reconciler.extract.text.Token;
import dev.reconciler.extract.vocab.PhraseList;
import dev.reconciler.extract.vocab.Vocabulary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds how long the attack or operation lasted: a quantity of a time unit ({@code
 * duration-units.txt}) right after a word that introduces a duration ({@code
 * duration-triggers.txt}: "lasting", "after", "in", "for"), or a vague one ({@code
 * vague-durations.txt}: "several hours"). "more than three hours" is three hours and up: for a
 * duration the stated figure is the bound.
 */
public final class DurationFinder implements FactFinder {

  private static final Pattern HYPHENATED = Pattern.compile("(?i)(\\w+)-(\\w+?)s?(?:-long)?");

  private final QuantityReader quantities;
  private final PhraseList triggers;
  private final PhraseList units;
  private final PhraseList vague;
  private final PhraseList eventNouns;
  private final PhraseList lastingVerbs;
  private final PhraseList vagueLengths;

  public DurationFinder(Vocabulary vocabulary, QuantityReader quantities) {
    this.quantities = quantities;
    this.triggers = vocabulary.list("duration-triggers");
    this.units = vocabulary.list("duration-units");
    this.vague = vocabulary.list("vague-durations");
    this.eventNouns = vocabulary.list("duration-events");
    this.lastingVerbs = vocabulary.list("duration-verbs");
    this.vagueLengths = vocabulary.list("vague-lengths");
  }

  @Override
  public List<Finding> find(Sentence s, ReportContext report) {
    List<Token> t = s.tokens();
    List<Finding> out = new ArrayList<>();
    for (PhraseList.Match trigger : triggers.findAll(t)) {
      Finding f = durationAt(s, trigger.to());
      if (f != null) {
        out.add(f);
      }
    }
    // "a three-hour siege", whether the tokenizer keeps "three-hour" whole or splits "15-" "hour"
    for (int i = 0; i + 2 < t.size(); i++) {
      String w = t.get(i).text();
      if (w.endsWith("-") && eventNouns.at(t, i + 2) != null) {
        Duration unit = unitOf(t.get(i + 1).lower());
        Integer n = quantities.valueOfWord(w.substring(0, w.length() - 1));
        if (unit != null && n != null) {
          out.add(
              new Finding(
                  Attribute.DURATION, DurationRange.exactly(unit.multipliedBy(n)), false, i));
        }
      }
    }
    for (int i = 1; i < t.size(); i++) {
      Finding ended = endedLater(s, i);
      if (ended != null) {
        out.add(ended);
      }
    }
    for (int i = 0; i + 1 < t.size(); i++) {
      PhraseList.Match length = vagueLengths.at(t, i);
      if (length != null && eventNouns.at(t, length.to()) != null) {
        String[] bounds = length.value().split("\\|", -1);
        Duration max =
            bounds.length < 2 || bounds[1].isBlank() ? null : Duration.parse(bounds[1].strip());
        out.add(
            new Finding(
                Attribute.DURATION,
                new DurationRange(Duration.parse(bounds[0].strip()), max),
                true,
                i));
        continue;
      }
      Matcher m = HYPHENATED.matcher(t.get(i).text());
      if (m.matches() && eventNouns.at(t, i + 1) != null) {
        Duration unit = unitOf(m.group(2));
        Integer n = quantities.valueOfWord(m.group(1));
        if (unit != null && n != null) {
          out.add(
              new Finding(
                  Attribute.DURATION, DurationRange.exactly(unit.multipliedBy(n)), false, i));
        }
      }
    }
    return out;
  }

  /**
   * "The hostage standoff ended almost 12 hours later": the attack or operation that ended a time
   * later lasted that long. {@code later} is the index of "later".
   */
  private Finding endedLater(Sentence s, int later) {
    List<Token> t = s.tokens();
    if (!t.get(later).is("later") || unitAt(t, later - 1) == null) {
      return null;
    }
    int verb = s.head(later - 1) == later ? s.head(later) : s.head(later - 1);
    if (verb < 0 || !Set.of("end", "conclude").contains(s.token(verb).lemma())) {
      return null;
    }
    boolean eventEnded = false;
    for (int d : s.dependents(verb, "nsubj")) {
      eventEnded |= isEventOrLasting(s, d);
    }
    for (int from = later - 2; eventEnded && from >= Math.max(0, later - 5); from--) {
      Quantity q = quantities.readAt(t, from);
      if (q != null && q.to() == later - 1) {
        Duration unit = unitAt(t, later - 1);
        Duration length = unit.multipliedBy(q.range().min());
        return new Finding(
            Attribute.DURATION, DurationRange.exactly(length), q.approximate(), from);
      }
    }
    return null;
  }

  private Finding durationAt(Sentence s, int i) {
    List<Token> t = s.tokens();
    PhraseList.Match v = vague.at(t, i);
    if (v != null && v.to() < t.size()) {
      Duration unit = unitAt(t, v.to());
      if (unit != null && measuresTheAttack(s, v.to())) {
        String[] bounds = v.value().split("\\|", -1);
        Duration min = unit.multipliedBy(Long.parseLong(bounds[0].strip()));
        Duration max =
            bounds.length > 1 && !bounds[1].isBlank()
                ? unit.multipliedBy(Long.parseLong(bounds[1].strip()))
                : null;
        return new Finding(Attribute.DURATION, new DurationRange(min, max), false, i);
      }
      return null;
    }
    Quantity q = quantities.readAt(t, i);
    if (q == null || q.to() >= t.size()) {
      return null;
    }
    Duration unit = unitAt(t, q.to());
    if (unit == null || !measuresTheAttack(s, q.to())) {
      return null;
    }
    Duration min = unit.multipliedBy(Math.min(q.range().min(), q.stated()));
    Duration max = q.range().max() == null ? null : unit.multipliedBy(q.range().max());
    return new Finding(Attribute.DURATION, new DurationRange(min, max), q.approximate(), i);
  }

  /**
   * True when the length whose unit is token {@code unit} is the attack's or the operation's: the
   * parse hangs it from a verb of lasting or fighting ({@code duration-verbs.txt}) or from an
   * attack noun, or it governs one ("14 hours of fighting"). A sentence without a parse keeps it.
   */
  private boolean measuresTheAttack(Sentence s, int unit) {
    int head = s.head(unit);
    if (head < 0) {
      return s.dependents(unit).isEmpty() || isEventOrLasting(s, unit);
    }
    if (isEventOrLasting(s, head)) {
      return true;
    }
    for (int d : s.dependents(unit)) {
      if (isEventOrLasting(s, d)) {
        return true;
      }
    }
    // "the siege, which went on for hours": the verb's subject is the attack
    for (int d : s.dependents(head, "nsubj")) {
      if (isEventOrLasting(s, d)) {
        return true;
      }
    }
    return false;
  }

  private boolean isEventOrLasting(Sentence s, int i) {
    Token token = s.token(i);
    List<Token> lemma = List.of(new Token(token.lemma(), 0, 0, null));
    return eventNouns.at(s.tokens(), i) != null
        || eventNouns.at(lemma, 0) != null
        || "VERB".equals(token.tag()) && lastingVerbs.at(lemma, 0) != null;
  }

  private Duration unitAt(List<Token> t, int i) {
    PhraseList.Match m = units.at(t, i);
    return m == null ? null : Duration.parse(m.value());
  }

  private Duration unitOf(String word) {
    for (String w : List.of(word, word + "s")) {
      String value = units.valueOfWord(w.toLowerCase(java.util.Locale.ROOT));
      if (value != null) {
        return Duration.parse(value);
      }
    }
    return null;
  }
}
