package dev.reconciler.reconcile.review;

import dev.reconciler.claim.Attribute;
import dev.reconciler.reconcile.AttributeResult;
import dev.reconciler.reconcile.Resolution;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An attribute whose published status or best value differs between two resolutions of the same
 * claims, with what each side decided and why.
 */
public record AttributeChange(Attribute attribute, AttributeResult before, AttributeResult after) {

  /** The attributes whose status or best value differ, in schema order. */
  public static List<AttributeChange> between(Resolution before, Resolution after) {
    List<AttributeChange> changes = new ArrayList<>();
    for (Attribute a : Attribute.values()) {
      AttributeResult b = before.get(a);
      AttributeResult n = after.get(a);
      if (b == null || n == null) {
        continue;
      }
      if (b.status() != n.status() || !Objects.equals(b.best(), n.best())) {
        changes.add(new AttributeChange(a, b, n));
      }
    }
    return changes;
  }
}
