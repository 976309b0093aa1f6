package dev.reconciler.eval;

import java.util.List;

/**
 * The scores of several incidents and their totals (claims and attributes summed, not averaged).
 */
public record CorpusScore(List<IncidentScore> incidents) {

  public CorpusScore {
    incidents = List.copyOf(incidents);
  }

  public int required() {
    return incidents.stream().mapToInt(IncidentScore::required).sum();
  }

  public int found() {
    return incidents.stream().mapToInt(IncidentScore::found).sum();
  }

  public int extracted() {
    return incidents.stream().mapToInt(IncidentScore::extracted).sum();
  }

  public int correct() {
    return incidents.stream().mapToInt(IncidentScore::correct).sum();
  }

  public int attributes() {
    return incidents.stream().mapToInt(i -> i.attributes().size()).sum();
  }

  public int attributesMatched() {
    return incidents.stream().mapToInt(IncidentScore::attributesMatched).sum();
  }

  public int otherIncidentsCounted() {
    return incidents.stream().mapToInt(i -> i.otherIncidentsCounted().size()).sum();
  }

  public int nonClaimsCounted() {
    return incidents.stream().mapToInt(i -> i.nonClaimsCounted().size()).sum();
  }

  public double recall() {
    return required() == 0 ? 1.0 : (double) found() / required();
  }

  public double precision() {
    return extracted() == 0 ? 1.0 : (double) correct() / extracted();
  }

  public double attributeShare() {
    return attributes() == 0 ? 1.0 : (double) attributesMatched() / attributes();
  }
}
