package dev.reconciler.eval;

import dev.reconciler.claim.Attribute;
import dev.reconciler.claim.ClaimValue;
import dev.reconciler.reconcile.Status;
import java.util.List;

/**
 * What an editor publishes for one attribute: the status, and for a published value the values
 * accepted as best (none for {@code unknown}). A place is given by words it must contain.
 *
 * @param bests acceptable best values; empty when the gold gives none (then only status counts)
 * @param contains words every published place must contain
 * @param containsAny words of which a published place must contain one
 * @param competing every group that claimed the attack itself, when more than one did
 * @param approximate whether the published value is hedged ("about", "nearly"); null when the gold
 *     does not say
 */
public record GoldResult(
    Attribute attribute,
    Status status,
    List<ClaimValue> bests,
    List<String> contains,
    List<String> containsAny,
    List<String> competing,
    Boolean approximate,
    String why) {

  public GoldResult {
    bests = List.copyOf(bests);
    contains = List.copyOf(contains);
    containsAny = List.copyOf(containsAny);
    competing = List.copyOf(competing);
  }
}
