package dev.reconciler.reconcile.facts;

/** One name of an armed group from the editors' alias table, with the group's canonical name. */
public final class GroupAlias {

  private final String alias;
  private final String canonical;
  private final Phrase phrase;

  public GroupAlias(String alias, String canonical) {
    this.alias = alias;
    this.canonical = canonical;
    this.phrase = new Phrase(alias);
  }

  public String getAlias() {
    return alias;
  }

  public String getCanonical() {
    return canonical;
  }

  /** True when the (folded) text names this alias as a whole word or phrase. */
  public boolean foundIn(String text) {
    return phrase.foundIn(text);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GroupAlias g && g.alias.equals(alias) && g.canonical.equals(canonical);
  }

  @Override
  public int hashCode() {
    return alias.hashCode() * 31 + canonical.hashCode();
  }

  @Override
  public String toString() {
    return "GroupAlias(" + alias + " -> " + canonical + ")";
  }
}
