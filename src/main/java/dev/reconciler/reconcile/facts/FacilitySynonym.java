package dev.reconciler.reconcile.facts;

/**
 * One wording of a kind of facility from the editors' data ("police chief's office"), with the
 * facility it names and whether that facility stands inside a larger site (a gymnasium in a
 * university, a ward in a hospital): such a place is named more finely than the site.
 */
public final class FacilitySynonym {

  private final String synonym;
  private final String facility;
  private final Phrase phrase;
  private final boolean inside;

  public FacilitySynonym(String synonym, String facility) {
    this(synonym, facility, false);
  }

  public FacilitySynonym(String synonym, String facility, boolean inside) {
    this.synonym = synonym;
    this.facility = facility;
    this.phrase = new Phrase(synonym);
    this.inside = inside;
  }

  /** The facility stands inside a larger site (data/facilities.csv, column {@code inside}). */
  public boolean isInside() {
    return inside;
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
        && f.facility.equals(facility)
        && f.inside == inside;
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
