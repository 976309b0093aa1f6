package dev.reconciler.eval;

import dev.reconciler.claim.Attribute;
import java.util.Set;

/**
 * A figure in a report that is not a claim about its incident (an earlier attack, people
 * arrested): an extracted claim of this incident with one of these values was counted wrongly.
 *
 * @param values the numbers as written (a count's bound)
 */
public record OtherIncidentFigure(String report, Attribute attribute, Set<Integer> values, String why) {

  public OtherIncidentFigure {
    values = Set.copyOf(values);
  }
}
