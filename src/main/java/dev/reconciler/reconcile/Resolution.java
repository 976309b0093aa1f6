package dev.reconciler.reconcile;

import dev.reconciler.claim.Attribute;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The published record of one incident: a result for every attribute of the schema, the rule set
 * that produced it (version and hash) and the rules that fired, in order, for the audit trail.
 */
public record Resolution(
    String rulesetVersion,
    String rulesetHash,
    Map<Attribute, AttributeResult> attributes,
    List<String> firedRules) {

  public Resolution {
    attributes = Collections.unmodifiableMap(new EnumMap<>(attributes));
    firedRules = List.copyOf(firedRules);
  }

  public AttributeResult get(Attribute a) {
    return attributes.get(a);
  }
}
