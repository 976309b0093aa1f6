package dev.reconciler.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reconciler.claim.Claim;
import dev.reconciler.json.ClaimJson;
import dev.reconciler.json.Json;
import dev.reconciler.report.Report;
import dev.reconciler.report.ReportReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./reconciler extract}: Reads reports and prints the claims found in them. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Reads reports and prints the claims found in them.")
final class ExtractCommand implements Callable<Integer> {

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE|DIR",
      description = "Report texts, or directories of them.")
  List<Path> inputs;

  @Option(
      names = "--json",
      description = "Print {\"reports\":[...],\"claims\":[...]}, the form reconcile reads.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    // Read every file first, so that a bad one fails the run before any output.
    List<Report> reports = new ArrayList<>();
    for (Path p : InputFiles.expand(inputs)) {
      reports.add(ReportReader.read(p));
    }
    List<Claim> claims = new ArrayList<>();
    for (Report r : reports) {
      claims.addAll(Extractors.shared().extract(r));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(
          Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(reports, claims)));
    } else {
      printTable(reports, claims, out);
    }
    out.flush();
    return 0;
  }

  static ObjectNode toJson(List<Report> reports, List<Claim> claims) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    ArrayNode rs = root.putArray("reports");
    for (Report r : reports) {
      ObjectNode n = rs.addObject();
      n.put("id", r.id());
      n.put("name", r.name());
      n.put("publishedOn", r.publishedOn() == null ? null : r.publishedOn().toString());
      n.put("publisher", r.publisher());
      n.put("headline", r.headline());
    }
    ArrayNode cs = root.putArray("claims");
    claims.forEach(c -> cs.add(ClaimJson.toJson(c)));
    return root;
  }

  private static void printTable(List<Report> reports, List<Claim> claims, PrintWriter out) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"report", "attribute", "value", "speaker", "role", "phase", "scope"});
    for (Claim c : claims) {
      rows.add(
          new String[] {
            nameOf(reports, c.reportId()),
            c.attribute().key(),
            c.value().display() + (c.approximate() ? " ~" : ""),
            c.speaker() == null ? "-" : c.speaker(),
            c.role().key(),
            c.phase().key(),
            c.scope().key()
          });
    }
    TextTable.print(rows, out);
    out.println(claims.size() + " claim(s) from " + reports.size() + " report(s)");
  }

  private static String nameOf(List<Report> reports, String id) {
    for (Report r : reports) {
      if (r.id().equals(id)) {
        return r.name();
      }
    }
    return id;
  }
}
