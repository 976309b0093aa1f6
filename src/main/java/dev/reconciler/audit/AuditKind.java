package dev.reconciler.audit;

import java.util.Locale;

/** What an audit event records. */
public enum AuditKind {
  REPORT_RECEIVED,
  CLAIMS_EXTRACTED,
  /** Claims sent by a client, already extracted, for a named incident. */
  CLAIMS_RECEIVED,
  INCIDENT_ASSIGNED,
  RECONCILIATION_RUN,
  ATTRIBUTE_CHANGED,
  RULE_SET_ACTIVATED,
  /**
   * A refused activation, the old version stays: edited rule files that did not compile, were not
   * confined or failed their scenarios, or an activation request whose login failed.
   */
  RULE_SET_REJECTED,
  RERECONCILED_AFTER_RULE_CHANGE;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
