package dev.reconciler.reconcile;

import dev.reconciler.claim.Attribute;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The published record of one incident: a result for every attribute of the schema, the rule set
 * that produced it (version and hash), the rules that fired, in order, for the audit trail, and
 * where each rule the attributes name is declared in that rule set's files.
 *
 * @param rules the file and line of every rule named by a decision or a claim's outcome, by name
 */
public record Resolution(
    String rulesetVersion,
    String rulesetHash,
    Map<Attribute, AttributeResult> attributes,
    List<String> firedRules,
    Map<String, RuleLocation> rules) {

  public Resolution {
    attributes = Collections.unmodifiableMap(new EnumMap<>(attributes));
    firedRules = List.copyOf(firedRules);
    rules = Collections.unmodifiableMap(new TreeMap<>(rules));
  }

  public AttributeResult get(Attribute a) {
    return attributes.get(a);
  }
}
