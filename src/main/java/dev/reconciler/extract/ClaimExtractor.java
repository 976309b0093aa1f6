package dev.reconciler.extract;

import dev.reconciler.claim.Claim;
import dev.reconciler.report.Report;
import java.util.List;

/**
 * Turns a report into attributed claims. Implementations are thread-safe once built, so one
 * instance serves every request.
 */
public interface ClaimExtractor {

  List<Claim> extract(Report report);
}
