package dev.reconciler.audit;

import java.util.Locale;

/** What an audit event records. */
public enum AuditKind {
  REPORT_RECEIVED,
  CLAIMS_EXTRACTED,
  INCIDENT_ASSIGNED,
  RECONCILIATION_RUN,
  ATTRIBUTE_CHANGED,
  RULE_SET_ACTIVATED,
  RERECONCILED_AFTER_RULE_CHANGE;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
