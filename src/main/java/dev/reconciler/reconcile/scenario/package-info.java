/**
 * Editors' scenarios for a rule set: YAML files under {@code rules/tests/} that give claims and
 * report dates and expect, per attribute, a status, a best value and the deciding rule.
 */
package dev.reconciler.reconcile.scenario;
