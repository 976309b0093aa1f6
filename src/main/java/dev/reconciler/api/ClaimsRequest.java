package dev.reconciler.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reconciler.claim.Claim;
import dev.reconciler.json.ClaimJson;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of {@code POST /api/incidents/{id}/claims}: {@code {"claims": [...]}} in the extract
 * command's JSON, or a bare array of claims; every claim read by {@link ClaimJson#fromJson}, so a
 * defect is a 400 problem naming the claim and field.
 *
 * @param claims at least one
 */
record ClaimsRequest(List<Claim> claims) {

  static ClaimsRequest fromBody(byte[] body) {
    JsonNode root = JsonBody.any(body);
    JsonNode list = root.isArray() ? root : root.get("claims");
    if (list == null || !list.isArray()) {
      throw ProblemException.invalidField(
          "the field 'claims' is missing: an array of claims (the extract command's JSON)");
    }
    if (list.isEmpty()) {
      throw ProblemException.invalidField("'claims' is empty: send at least one claim");
    }
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      claims.add(ClaimJson.fromJson(list.get(i), "claims[" + i + "]"));
    }
    return new ClaimsRequest(List.copyOf(claims));
  }
}
