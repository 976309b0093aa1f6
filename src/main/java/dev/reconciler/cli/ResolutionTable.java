package dev.reconciler.cli;

import dev.reconciler.reconcile.AttributeResult;
import dev.reconciler.reconcile.ClaimOutcome;
import dev.reconciler.reconcile.Outcome;
import dev.reconciler.reconcile.Resolution;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a resolution as a table for people: one row per attribute, the groups whose claims of
 * responsibility compete, then the set-aside claims.
 */
final class ResolutionTable {

  private ResolutionTable() {}

  static void print(Resolution r, PrintWriter out) {
    out.println("rule set " + r.rulesetVersion() + " (" + r.rulesetHash().substring(0, 12) + ")");
    List<String[]> rows = new ArrayList<>();
    rows.add(
        new String[] {"attribute", "status", "best", "low-high", "for", "against", "decided by"});
    for (AttributeResult a : r.attributes().values()) {
      int against =
          a.claims(Outcome.SUPERSEDED).size()
              + a.claims(Outcome.DISPUTES).size()
              + a.claims(Outcome.INCONSISTENT).size();
      String excluded =
          a.claims(Outcome.EXCLUDED).isEmpty()
              ? ""
              : " (+" + a.claims(Outcome.EXCLUDED).size() + " excluded)";
      rows.add(
          new String[] {
            a.attribute().key(),
            a.status().key(),
            a.best() == null ? "-" : a.best().display() + (a.approximate() ? " ~" : ""),
            range(a),
            a.claims(Outcome.SUPPORTS).size() + " (" + a.independentSources() + " src)",
            against + excluded,
            a.decidedBy() == null ? "-" : a.decidedBy()
          });
    }
    TextTable.print(rows, out);
    out.println();
    if (r.attributes().values().stream().anyMatch(a -> !a.competing().isEmpty())) {
      out.println("competing claims of responsibility (kept side by side):");
      for (AttributeResult a : r.attributes().values()) {
        if (!a.competing().isEmpty()) {
          out.println("  " + a.attribute().key() + ": " + String.join("; ", a.competing()));
        }
      }
      out.println();
    }
    out.println("set aside:");
    for (AttributeResult a : r.attributes().values()) {
      for (ClaimOutcome o : a.claims()) {
        if (o.outcome() != Outcome.SUPPORTS) {
          out.println(
              "  "
                  + a.attribute().key()
                  + " "
                  + o.claim().value().display()
                  + " ("
                  + (o.claim().speaker() == null ? "" : o.claim().speaker() + ", ")
                  + o.claim().role().key()
                  + ", "
                  + o.claim().reportId()
                  + "): "
                  + o.outcome().key()
                  + " - "
                  + o.rule());
        }
      }
    }
    out.flush();
  }

  private static String range(AttributeResult a) {
    if (a.low() == null && a.high() == null) {
      return "-";
    }
    return (a.low() == null ? "" : a.low().display())
        + "-"
        + (a.high() == null ? "" : a.high().display());
  }
}
