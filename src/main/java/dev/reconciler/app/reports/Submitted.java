package dev.reconciler.app.reports;

import dev.reconciler.store.ClaimRecord;
import dev.reconciler.store.IncidentRecord;
import dev.reconciler.store.ReportRecord;
import dev.reconciler.store.StoredResolution;
import java.util.List;

/**
 * What submitting one report did.
 *
 * @param created false when the report was already stored: nothing was added and {@code report} is
 *     the stored one
 * @param claims the claims stored from it (empty for a duplicate)
 * @param resolution the incident's resolution after it (its current one for a duplicate, if any),
 *     whose JSON text is the one stored
 * @param assignment why the report went to its incident (null for a duplicate)
 */
public record Submitted(
    boolean created,
    ReportRecord report,
    IncidentRecord incident,
    List<ClaimRecord> claims,
    StoredResolution resolution,
    String assignment) {}
