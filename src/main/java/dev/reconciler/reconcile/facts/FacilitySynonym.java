package dev.reconciler.reconcile.facts;

/**
 * One wording of a kind of facility from the editors' data ("police chief's office"), with the
 * facility it names.
 */
public final class FacilitySynonym {

  private final String synonym;
  private final String facility;
  private final Phrase phrase;

  public FacilitySynonym(String synonym, String facility) {
    this.synonym = synonym;
    this.facility = facility;
    this.phrase = new Phrase(synonym);
  }

  public String getSynonym() {
    return synonym;
  }

  public String getFacility() {
    return facility;
  }

  /** True when the (folded) text contains this wording as a whole phrase. */
  public boolean foundIn(String text) {
    return phrase.foundIn(text);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FacilitySynonym f
        && f.synonym.equals(synonym)
        && f.facility.equals(facility);
  }

  @Override
  public int hashCode() {
    return synonym.hashCode() * 31 + facility.hashCode();
  }

  @Override
  public String toString() {
    return "FacilitySynonym(" + synonym + " -> " + facility + ")";
  }
}
