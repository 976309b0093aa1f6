package dev.reconciler.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reconciler.config.Settings;
import dev.reconciler.reconcile.AttributeResult;
import dev.reconciler.reconcile.ClaimOutcome;
import dev.reconciler.reconcile.Incident;
import dev.reconciler.reconcile.Outcome;
import dev.reconciler.reconcile.Reconciler;
import dev.reconciler.reconcile.Resolution;
import dev.reconciler.reconcile.RuleSet;
import dev.reconciler.reconcile.RuleSetLoader;
import dev.reconciler.reconcile.review.AttributeChange;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./reconciler diff}: what a candidate rule set would change in what is published, before it
 * goes live.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Reconciles the reports as one incident with the current and the candidate rules and lists"
          + " each attribute whose status or best value changes, with the claims and rules on each"
          + " side. Exit 0 when nothing changes, 3 when something does.",
      "With --against active, asks the running service instead: every stored incident, current"
          + " resolution against the candidate's (its dry run, as an editor; the password comes"
          + " from RECONCILER_EDITOR_PASSWORD or is asked for)."
    })
final class DiffCommand implements Callable<Integer> {

  /** Exit code when the candidate changes something, so scripts can tell without parsing. */
  static final int CHANGES = 3;

  @Option(
      names = "--rules",
      required = true,
      paramLabel = "CANDIDATE",
      description = "The candidate rules directory.")
  Path candidate;

  @Option(
      names = "--against",
      paramLabel = "DIR|active",
      defaultValue = "rules",
      description =
          "The rules to compare with (default: ${DEFAULT-VALUE}), or 'active': the running"
              + " service's rules and stored incidents.")
  String against;

  @Option(
      names = "--url",
      paramLabel = "URL",
      description =
          "The running service, for --against active (default: http://localhost:$RECONCILER_PORT,"
              + " port 8080).")
  URI url;

  @Option(
      names = "--user",
      paramLabel = "NAME",
      defaultValue = "editor",
      description =
          "An editor account of the service, for --against active (default: ${DEFAULT-VALUE}).")
  String user;

  @Option(
      names = "--password",
      arity = "0..1",
      interactive = true,
      paramLabel = "PASSWORD",
      description =
          "The editor's password (asked for when given without a value; RECONCILER_EDITOR_PASSWORD"
              + " is the safer way).")
  char[] password;

  @Parameters(
      arity = "0..*",
      paramLabel = "REPORTS",
      description =
          "Report files, claims JSON, or directories of them: one incident (not with --against"
              + " active).")
  List<Path> inputs = List.of();

  /** The value of --against that means the running service. */
  static final String ACTIVE = "active";

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    QuietEngine.apply();
    if (ACTIVE.equals(against)) {
      return againstTheService();
    }
    if (inputs.isEmpty()) {
      throw new OneLineErrors.UsageProblem("give the reports to compare on (or --against active)");
    }
    RuleSet current = RuleSetLoader.fromDirectory(Path.of(against));
    RuleSet proposed = RuleSetLoader.fromDirectory(candidate);
    Incident incident = IncidentFiles.read(inputs);
    Resolution before = new Reconciler(current).reconcile(incident);
    Resolution after = new Reconciler(proposed).reconcile(incident);
    List<AttributeChange> changes = AttributeChange.between(before, after);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "%s %s (%s) -> %s %s (%s): %d attribute(s) change%n",
        against,
        current.version(),
        current.hash().substring(0, 12),
        candidate,
        proposed.version(),
        proposed.hash().substring(0, 12),
        changes.size());
    for (AttributeChange c : changes) {
      out.println();
      out.println(c.attribute().key() + ":");
      out.println("  before: " + side(c.before()));
      out.println("  after:  " + side(c.after()));
    }
    out.flush();
    return changes.isEmpty() ? 0 : CHANGES;
  }

  private int againstTheService() {
    if (!inputs.isEmpty()) {
      throw new OneLineErrors.UsageProblem(
          "--against active compares every stored incident; give no reports");
    }
    RuleSetLoader.fromDirectory(candidate); // a broken candidate fails here, with file and line
    URI service =
        url != null
            ? url
            : URI.create("http://localhost:" + System.getenv().getOrDefault(Settings.PORT, "8080"));
    JsonNode answer = new ActiveDryRun(service, user, editorPassword()).run(candidate);
    PrintWriter out = spec.commandLine().getOut();
    JsonNode changes = answer.path("changes");
    out.printf(
        "%s active -> %s %s (%s): %d change(s) in %d incident(s)%n",
        service,
        candidate,
        answer.at("/candidate/version").asText(),
        answer.at("/candidate/hash").asText().substring(0, 12),
        changes.size(),
        answer.path("incidents").asInt());
    for (JsonNode c : changes) {
      out.printf(
          "incident %d %s: %s %s -> %s %s%n",
          c.path("incident").asLong(),
          c.path("attribute").asText(),
          c.at("/before/status").asText(),
          c.at("/before/best").asText("-"),
          c.at("/after/status").asText(),
          c.at("/after/best").asText("-"));
    }
    for (JsonNode f : answer.path("failures")) {
      out.printf(
          "incident %d: could not be reconciled: %s%n",
          f.path("incident").asLong(), f.path("error").asText());
    }
    out.flush();
    return changes.isEmpty() ? 0 : CHANGES;
  }

  private char[] editorPassword() {
    if (password != null) {
      return password;
    }
    String fromEnv = System.getenv("RECONCILER_EDITOR_PASSWORD");
    if (fromEnv != null) {
      return fromEnv.toCharArray();
    }
    if (System.console() == null) {
      throw new OneLineErrors.UsageProblem(
          "set RECONCILER_EDITOR_PASSWORD: --against active runs the service's dry run as an"
              + " editor");
    }
    return System.console().readPassword("editor password: ");
  }

  private static String side(AttributeResult a) {
    String best = a.best() == null ? "-" : a.best().display();
    String claims =
        a.claims(Outcome.SUPPORTS).stream()
            .map(DiffCommand::claim)
            .collect(Collectors.joining("; "));
    return a.status().key()
        + " "
        + best
        + "  decided by \""
        + a.decidedBy()
        + "\""
        + (claims.isEmpty() ? "" : "  for: " + claims);
  }

  /** Report ids are content hashes; twelve characters tell them apart in practice. */
  private static String shortId(String id) {
    return id.length() > 12 ? id.substring(0, 12) : id;
  }

  private static String claim(ClaimOutcome o) {
    return o.claim().value().display()
        + " ("
        + (o.claim().speaker() == null ? "" : o.claim().speaker() + ", ")
        + o.claim().role().key()
        + ", report "
        + shortId(o.claim().reportId())
        + ")";
  }
}
