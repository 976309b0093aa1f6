package dev.reconciler.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.reconciler.claim.Attribute;
import dev.reconciler.claim.Claim;
import dev.reconciler.claim.Phase;
import dev.reconciler.claim.Role;
import dev.reconciler.claim.Scope;
import dev.reconciler.extract.ClaimExtractor;
import dev.reconciler.json.ClaimJson;
import dev.reconciler.json.Json;
import dev.reconciler.report.Report;
import java.util.ArrayList;
import java.util.List;

/**
 * A test extractor that reads claims spelled out in the report, one per line: {@code @claim
 * ATTRIBUTE ROLE PHASE JSON-VALUE [speaker words]}, e.g. {@code @claim victims_killed official
 * concluded 4 Murtaza Wahab}. Other lines are ignored. Deterministic, so tests know every claim.
 */
final class LineExtractor implements ClaimExtractor {

  @Override
  public List<Claim> extract(Report report) {
    List<Claim> claims = new ArrayList<>();
    String[] lines = report.text().split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (!line.startsWith("@claim ")) {
        continue;
      }
      String[] f = line.split("\\s+", 6);
      Attribute attribute = Attribute.fromKey(f[1]);
      String value = f[4];
      String speaker = f.length > 5 ? f[5] : null;
      if (value.startsWith("\"")) {
        // a quoted text value may hold spaces: it runs to the closing quote
        int end = line.indexOf('"', line.indexOf('"') + 1);
        value = line.substring(line.indexOf('"'), end + 1);
        String rest = line.substring(end + 1).strip();
        speaker = rest.isEmpty() ? null : rest;
      }
      try {
        claims.add(
            new Claim(
                report.id().substring(0, 12) + ":" + (i + 1),
                report.id(),
                attribute,
                ClaimJson.valueFromJson(attribute, Json.MAPPER.readTree(value), "line " + (i + 1)),
                false,
                speaker,
                Role.fromKey(f[2]),
                Phase.fromKey(f[3]),
                Scope.THIS,
                null));
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("line " + (i + 1) + ": " + e.getOriginalMessage());
      }
    }
    return claims;
  }
}
