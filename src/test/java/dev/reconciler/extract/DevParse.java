package dev.reconciler.extract;

import dev.reconciler.claim.Claim;
import dev.reconciler.extract.text.Paragraph;
import dev.reconciler.extract.text.Sentence;
import dev.reconciler.report.ReportReader;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Prints the parse of a sentence and the claims found in it: {@code DevParse "text" [YYYY-MM-DD]}.
 */
public final class DevParse {
  public static void main(String[] args) {
    CachedTextReader reader = new CachedTextReader(Path.of("target/nlp-cache"));
    LocalDate date = args.length > 1 ? LocalDate.parse(args[1]) : null;
    for (Paragraph p : reader.paragraphs(args[0], date)) {
      for (Sentence s : p.sentences()) {
        for (int i = 0; i < s.size(); i++) {
          var t = s.token(i);
          System.out.printf(
              "%2d %-14s %-5s %-5s %-12s %-14s <-%2d %s%n",
              i,
              t.text(),
              t.tag(),
              t.penn(),
              t.ner(),
              t.normalized() == null ? "" : t.normalized(),
              s.head(i),
              s.relation(i));
        }
      }
    }
    String text = (date == null ? "" : " date " + date + "\n") + args[0];
    for (Claim c : new Extractor(reader).extract(ReportReader.parse(text, "x", null, null, null))) {
      System.out.println(c);
    }
  }
}
