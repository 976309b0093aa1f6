package dev.reconciler.reconcile.facts;

import java.util.Objects;

/** A claim set aside because a stronger disagreeing claim outweighs it, and the rule that said so. */
public final class Superseded {

  private final String loser;
  private final String winner;
  private final String rule;

  public Superseded(String loser, String winner, String rule) {
    this.loser = loser;
    this.winner = winner;
    this.rule = rule;
  }

  public String getLoser() {
    return loser;
  }

  public String getWinner() {
    return winner;
  }

  public String getRule() {
    return rule;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Superseded)) {
      return false;
    }
    Superseded x = (Superseded) o;
    return Objects.equals(loser, x.loser) && Objects.equals(winner, x.winner) && Objects.equals(rule, x.rule);
  }

  @Override
  public int hashCode() {
    return Objects.hash(loser, winner, rule);
  }

  @Override
  public String toString() {
    return "Superseded(" + loser + ", " + winner + ", " + rule + ")";
  }
}
