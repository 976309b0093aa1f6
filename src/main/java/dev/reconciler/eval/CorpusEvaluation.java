package dev.reconciler.eval;

import dev.reconciler.claim.Attribute;
import dev.reconciler.claim.Claim;
import dev.reconciler.claim.ClaimValue;
import dev.reconciler.claim.Scope;
import dev.reconciler.extract.ClaimExtractor;
import dev.reconciler.reconcile.AttributeResult;
import dev.reconciler.reconcile.Incident;
import dev.reconciler.reconcile.Reconciler;
import dev.reconciler.reconcile.Resolution;
import dev.reconciler.report.Report;
import dev.reconciler.report.ReportReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Scores incident folders (report texts and a {@code gold.json}): every report through the
 * extractor, all of an incident's claims through the rules as one incident, both compared with the
 * gold. The texts are read as a client sends them: with the day of publication the manifest gives
 * (a client's {@code publishedOn}) unless the text has its own date line, or, with {@link
 * ReportDates#TEXT_ONLY}, with nothing from the manifest.
 */
public final class CorpusEvaluation {

  public static final String GOLD = "gold.json";

  private final ClaimExtractor extractor;
  private final Reconciler reconciler;
  private final GoldMatching matching;
  private final ReportDates reportDates;

  /** Where the reports' dates come from. */
  public enum ReportDates {
    /** The manifest's day of publication, as a client sends it beside the text. */
    MANIFEST,
    /** Only a date line in the report file itself. */
    TEXT_ONLY
  }

  public CorpusEvaluation(ClaimExtractor extractor, Reconciler reconciler) {
    this(extractor, reconciler, ReportDates.MANIFEST);
  }

  public CorpusEvaluation(
      ClaimExtractor extractor, Reconciler reconciler, ReportDates reportDates) {
    this.extractor = extractor;
    this.reconciler = reconciler;
    this.matching = new GoldMatching(reconciler.ruleSet().data());
    this.reportDates = reportDates;
  }

  /** The incident folders under the given paths: each path with a gold file, or its descendants. */
  public static List<Path> incidentFolders(List<Path> paths) {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (!Files.isDirectory(p)) {
        throw new IllegalArgumentException(p + ": not a directory");
      }
      try (Stream<Path> walk = Files.walk(p)) {
        walk.filter(f -> f.getFileName().toString().equals(GOLD))
            .map(Path::getParent)
            .sorted()
            .forEach(out::add);
      } catch (IOException e) {
        throw new UncheckedIOException(p + ": cannot be read", e);
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException(paths + ": no incident folder (one with a " + GOLD + ")");
    }
    return out;
  }

  public CorpusScore score(List<Path> incidentFolders) {
    return new CorpusScore(incidentFolders.stream().map(this::score).toList());
  }

  /** Scores one incident folder. */
  public IncidentScore score(Path folder) {
    return scoreReports(
        folder.getFileName().toString(), reports(folder), Gold.read(folder.resolve(GOLD)));
  }

  /** Scores report files about one incident against its gold; {@code name} labels the score. */
  public IncidentScore score(String name, List<Path> files, Gold gold) {
    return scoreReports(name, files.stream().map(ReportReader::read).toList(), gold);
  }

  /** An incident folder's reports, in file name order, dated as this evaluation reads dates. */
  public List<Report> reports(Path folder) {
    Map<String, LocalDate> days =
        reportDates == ReportDates.MANIFEST ? ManifestDates.of(folder) : Map.of();
    return reportFiles(folder).stream()
        .map(f -> withDay(ReportReader.read(f), days.get(f.getFileName().toString())))
        .toList();
  }

  private IncidentScore scoreReports(String name, List<Report> reports, Gold gold) {
    Map<String, String> names = new HashMap<>();
    Map<String, LocalDate> dates = new HashMap<>();
    List<Claim> claims = new ArrayList<>();
    for (Report report : reports) {
      names.put(report.id(), report.name());
      dates.put(report.id(), report.publishedOnDay());
      claims.addAll(extractor.extract(report));
    }
    Resolution resolution = reconciler.reconcile(new Incident(claims, dates));
    return score(name, reports.size(), gold, claims, resolution, names::get);
  }

  private IncidentScore score(
      String name,
      int reports,
      Gold gold,
      List<Claim> claims,
      Resolution resolution,
      Function<String, String> reportName) {
    int required = 0;
    int found = 0;
    List<String> missing = new ArrayList<>();
    for (GoldClaim g : gold.claims()) {
      if (g.optional()) {
        continue;
      }
      required++;
      if (claims.stream().anyMatch(c -> matching.matches(g, c, reportName))) {
        found++;
      } else {
        missing.add(g.label());
      }
    }
    int extracted = 0;
    int correct = 0;
    List<String> wrong = new ArrayList<>();
    List<String> others = new ArrayList<>();
    List<String> nonClaims = new ArrayList<>();
    for (Claim c : claims) {
      if (c.scope() != Scope.THIS) {
        continue;
      }
      extracted++;
      if (gold.claims().stream().anyMatch(g -> matching.matches(g, c, reportName))) {
        correct++;
      } else {
        wrong.add(describe(c, reportName));
      }
      gold.otherIncidents().stream()
          .filter(f -> matching.isOtherIncident(f, c, reportName))
          .findFirst()
          .ifPresent(
              f ->
                  (f.otherIncident() ? others : nonClaims)
                      .add(describe(c, reportName) + "  [" + f.why() + "]"));
    }
    List<AttributeVerdict> verdicts = new ArrayList<>();
    for (Attribute a : Attribute.values()) {
      GoldResult g = gold.resolution().get(a);
      if (g != null) {
        AttributeResult published = resolution.get(a);
        verdicts.add(
            new AttributeVerdict(
                a,
                describe(g),
                describe(published),
                matching.matches(g, published, published.competing())));
      }
    }
    return new IncidentScore(
        name, reports, required, found, extracted, correct, verdicts, missing, wrong, others,
        nonClaims);
  }

  /** The report with the day a client gives, unless its text has its own date line. */
  private static Report withDay(Report r, LocalDate day) {
    if (day == null || r.publishedOn() != null) {
      return r;
    }
    return new Report(r.id(), r.text(), r.headline(), r.publisher(), day, r.url(), r.name());
  }

  /** The report texts of a folder ({@code *.txt}), in name order. */
  public static List<Path> reportFiles(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(folder + ": cannot be read", e);
    }
  }

  static String describe(Claim c, Function<String, String> reportName) {
    String sentence =
        c.evidence() == null || c.evidence().sentence() == null ? "" : c.evidence().sentence();
    return reportName.apply(c.reportId())
        + " "
        + c.attribute().key()
        + "="
        + c.value().display()
        + (c.approximate() ? "~" : "")
        + " "
        + c.role().key()
        + (c.speaker() == null ? "" : " " + c.speaker())
        + " | "
        + (sentence.length() > 110 ? sentence.substring(0, 110) + "…" : sentence);
  }

  private static String describe(GoldResult g) {
    String best = g.bests().stream().map(ClaimValue::display).collect(Collectors.joining(" | "));
    if (!g.contains().isEmpty() || !g.containsAny().isEmpty()) {
      best =
          "has "
              + g.contains()
              + (g.containsAny().isEmpty() ? "" : " and one of " + g.containsAny());
    }
    return g.status().key()
        + (best.isEmpty() ? "" : " " + best)
        + (Boolean.TRUE.equals(g.approximate()) ? " ~" : "")
        + (g.competing().isEmpty() ? "" : " competing " + g.competing());
  }

  private static String describe(AttributeResult r) {
    return r.status().key()
        + (r.best() == null ? "" : " " + r.best().display())
        + (r.approximate() ? " ~" : "")
        + (r.competing().isEmpty() ? "" : " competing " + r.competing());
  }
}
