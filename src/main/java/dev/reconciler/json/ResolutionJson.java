package dev.reconciler.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reconciler.claim.Claim;
import dev.reconciler.claim.ClaimValue;
import dev.reconciler.claim.CountRange;
import dev.reconciler.reconcile.AttributeResult;
import dev.reconciler.reconcile.ClaimOutcome;
import dev.reconciler.reconcile.Resolution;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A resolution as JSON: {@code ruleset.version|hash}, {@code attributes.<name>.status|best|low|
 * high|approximate|decidedBy|independentSources|claims[]} and {@code firedRules}; {@code
 * competing[]} only where several groups' claims of responsibility stand side by side, and {@code
 * rules.<name>.file|line}: where each rule named in the attributes (a {@code decidedBy}, a claim's
 * {@code rule}) is declared in the rule set that decided. The locations sit outside {@code
 * attributes} so that the explanation hash does not change when a rule only moves in its file. An
 * exact count is a number, a range {@code {"min","max"}}; other values as in {@link ClaimJson}.
 */
public final class ResolutionJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ResolutionJson() {}

  public static ObjectNode toJson(Resolution r) {
    ObjectNode root = NODES.objectNode();
    ObjectNode rs = root.putObject("ruleset");
    rs.put("version", r.rulesetVersion());
    rs.put("hash", r.rulesetHash());
    ObjectNode attributes = root.putObject("attributes");
    r.attributes().forEach((a, result) -> attributes.set(a.key(), toJson(result)));
    ArrayNode fired = root.putArray("firedRules");
    r.firedRules().forEach(fired::add);
    ObjectNode rules = root.putObject("rules");
    r.rules()
        .forEach((name, at) -> rules.putObject(name).put("file", at.file()).put("line", at.line()));
    return root;
  }

  /**
   * SHA-256 of {@code json}'s "attributes" as this class writes them: equal for two resolutions
   * whose explanations are the same, whatever rules fired and whichever rule set made them.
   */
  public static String explanationHash(ObjectNode json) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(json.path("attributes").toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }

  public static ObjectNode toJson(AttributeResult a) {
    ObjectNode n = NODES.objectNode();
    n.put("status", a.status().key());
    n.set("best", value(a.best()));
    n.set("low", value(a.low()));
    n.set("high", value(a.high()));
    n.put("approximate", a.approximate());
    n.put("decidedBy", a.decidedBy());
    n.put("independentSources", a.independentSources());
    if (!a.competing().isEmpty()) {
      ArrayNode competing = n.putArray("competing");
      a.competing().forEach(competing::add);
    }
    ArrayNode claims = n.putArray("claims");
    for (ClaimOutcome o : a.claims()) {
      Claim c = o.claim();
      ObjectNode cn = claims.addObject();
      cn.put("id", c.id());
      cn.put("report", c.reportId());
      cn.put("speaker", c.speaker());
      cn.put("role", c.role().key());
      cn.put("rank", o.rank());
      cn.set("value", value(c.value()));
      cn.put("approximate", c.approximate());
      cn.put("phase", c.phase().key());
      cn.put("scope", c.scope().key());
      cn.put("outcome", o.outcome().key());
      cn.put("rule", o.rule());
      if (o.by() != null) {
        cn.put("by", o.by());
      }
      if (c.evidence() != null) {
        cn.put("sentence", c.evidence().sentence());
      }
    }
    return n;
  }

  /**
   * A value for publication: an exact count as a number, anything else as {@link ClaimJson} writes
   * it.
   */
  public static JsonNode value(ClaimValue v) {
    if (v == null) {
      return NODES.nullNode();
    }
    if (v instanceof CountRange r && r.isExact()) {
      return NODES.numberNode(r.min());
    }
    return ClaimJson.valueToJson(v);
  }
}
