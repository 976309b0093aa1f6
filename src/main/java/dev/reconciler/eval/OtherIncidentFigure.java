package dev.reconciler.eval;

import dev.reconciler.claim.Attribute;
import java.util.Set;

/**
 * A figure in a report that is not a claim about its incident: one about another incident (an
 * earlier attack), or one of this incident that is not a claim of the attribute (a part of a count,
 * people arrested). An extracted claim of this incident with one of these values was counted
 * wrongly.
 *
 * @param values the numbers as written (a count's bound)
 * @param otherIncident about another incident; false for a figure of this one that is no claim
 * @param sentence a phrase of the figure's sentence, or null: only claims from such a sentence
 *     match
 */
public record OtherIncidentFigure(
    String report,
    Attribute attribute,
    Set<Integer> values,
    boolean otherIncident,
    String why,
    String sentence) {

  public OtherIncidentFigure {
    values = Set.copyOf(values);
  }
}
