package dev.reconciler.reconcile.facts;

import java.time.ZoneOffset;

/**
 * A city from the editors' list, with its standard UTC offset (null when the editors give none).
 */
public final class City {

  private final String name;
  private final String country;
  private final ZoneOffset offset;
  private final Phrase phrase;

  public City(String name, String country, ZoneOffset offset) {
    this.name = name;
    this.country = country;
    this.offset = offset;
    this.phrase = new Phrase(name);
  }

  public String getName() {
    return name;
  }

  public String getCountry() {
    return country;
  }

  public ZoneOffset getOffset() {
    return offset;
  }

  /** True when the (folded) text names this city as a whole word. */
  public boolean foundIn(String text) {
    return phrase.foundIn(text);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof City c
        && c.name.equals(name)
        && java.util.Objects.equals(c.country, country);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return "City(" + name + ", " + country + ", " + offset + ")";
  }
}
