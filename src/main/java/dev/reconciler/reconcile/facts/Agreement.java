package dev.reconciler.reconcile.facts;

import java.util.Objects;

/** Two claims of one attribute whose values can both be true: they support each other. */
public final class Agreement {

  private final String first;
  private final String second;

  public Agreement(String first, String second) {
    this.first = first;
    this.second = second;
  }

  public String getFirst() {
    return first;
  }

  public String getSecond() {
    return second;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Agreement)) {
      return false;
    }
    Agreement x = (Agreement) o;
    return Objects.equals(first, x.first) && Objects.equals(second, x.second);
  }

  @Override
  public int hashCode() {
    return Objects.hash(first, second);
  }

  @Override
  public String toString() {
    return "Agreement(" + first + ", " + second + ")";
  }
}
