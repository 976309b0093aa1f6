package dev.reconciler.eval;

import java.util.List;

/**
 * How the extractor and the rules did on one incident's reports against its gold.
 *
 * @param required gold claims an extractor must find (optional ones aside)
 * @param found of those, how many were found
 * @param extracted claims extracted about this incident (scope {@code this})
 * @param correct of those, how many match a gold claim, required or optional
 * @param attributes one verdict per attribute the gold resolution gives
 * @param missing the required gold claims not found
 * @param wrong extracted claims about this incident that match no gold claim
 * @param otherIncidentsCounted extracted claims about this incident carrying another one's figure
 * @param nonClaimsCounted extracted claims carrying a figure of this incident that is no claim (a
 *     part of a count, people arrested)
 */
public record IncidentScore(
    String name,
    int reports,
    int required,
    int found,
    int extracted,
    int correct,
    List<AttributeVerdict> attributes,
    List<String> missing,
    List<String> wrong,
    List<String> otherIncidentsCounted,
    List<String> nonClaimsCounted) {

  public IncidentScore {
    attributes = List.copyOf(attributes);
    missing = List.copyOf(missing);
    wrong = List.copyOf(wrong);
    otherIncidentsCounted = List.copyOf(otherIncidentsCounted);
    nonClaimsCounted = List.copyOf(nonClaimsCounted);
  }

  public double recall() {
    return required == 0 ? 1.0 : (double) found / required;
  }

  public double precision() {
    return extracted == 0 ? 1.0 : (double) correct / extracted;
  }

  public int attributesMatched() {
    return (int) attributes.stream().filter(AttributeVerdict::matches).count();
  }
}
