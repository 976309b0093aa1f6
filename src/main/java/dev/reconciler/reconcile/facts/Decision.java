package dev.reconciler.reconcile.facts;

import dev.reconciler.claim.Attribute;
import dev.reconciler.claim.ClaimValue;
import dev.reconciler.claim.CountRange;
import dev.reconciler.claim.DurationRange;
import dev.reconciler.claim.StartTime;
import dev.reconciler.reconcile.Status;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the rules decided for one attribute: status, best value, the range of values, and the rule
 * that decided. The factories only compute values (completion, ranges); which factory applies is
 * the rules' decision.
 */
public final class Decision {

  private final Attribute attribute;
  private final Status status;
  private final ClaimValue best;
  private final ClaimValue low;
  private final ClaimValue high;
  private final boolean approximate;
  private final String rule;
  private final String bestClaimId;
  private final boolean derived;

  public Decision(
      Attribute attribute,
      Status status,
      ClaimValue best,
      ClaimValue low,
      ClaimValue high,
      boolean approximate,
      String rule,
      String bestClaimId,
      boolean derived) {
    this.attribute = Objects.requireNonNull(attribute);
    this.status = Objects.requireNonNull(status);
    this.best = best;
    this.low = low;
    this.high = high;
    this.approximate = approximate;
    this.rule = rule;
    this.bestClaimId = bestClaimId;
    this.derived = derived;
  }

  /** Settled on {@code best}, completed by the agreeing standing claims. */
  public static Decision settled(Attribute a, ClaimFact best, List<?> standing, String rule) {
    return agreed(a, Status.SETTLED, best, standing, rule);
  }

  /** Agreed but below the threshold: published as unverified, with the same best value. */
  public static Decision unverified(Attribute a, ClaimFact best, List<?> standing, String rule) {
    return agreed(a, Status.UNVERIFIED, best, standing, rule);
  }

  /** Disputed: best is the given (most recent) claim's value, low and high cover every claim. */
  public static Decision disputed(Attribute a, ClaimFact best, List<?> standing, String rule) {
    List<ClaimFact> claims = claims(standing);
    ClaimValue low = null;
    ClaimValue high = null;
    if (best.getValue() instanceof CountRange) {
      int min = Integer.MAX_VALUE;
      Integer max = Integer.MIN_VALUE;
      for (ClaimFact c : claims) {
        CountRange r = (CountRange) c.getValue();
        min = Math.min(min, r.min());
        max = max == null || r.max() == null ? null : Math.max(max, r.max());
      }
      low = CountRange.exactly(min);
      high = max == null ? null : CountRange.exactly(max);
    } else if (best.getValue() instanceof DurationRange) {
      Duration min = null;
      Duration max = Duration.ZERO;
      for (ClaimFact c : claims) {
        DurationRange r = (DurationRange) c.getValue();
        min = min == null || r.min().compareTo(min) < 0 ? r.min() : min;
        max = max == null || r.max() == null ? null : (r.max().compareTo(max) > 0 ? r.max() : max);
      }
      low = DurationRange.exactly(min);
      high = max == null ? null : DurationRange.exactly(max);
    }
    boolean approximate = best.isApproximate();
    return new Decision(
        a, Status.DISPUTED, best.getValue(), low, high, approximate, rule, best.getId(), false);
  }

  /** No claim about this incident. */
  public static Decision unknown(Attribute a, String rule) {
    return new Decision(a, Status.UNKNOWN, null, null, null, false, rule, null, false);
  }

  /** A settled count derived as the sum of two settled counts. */
  public static Decision sum(Attribute a, Decision x, Decision y, String rule) {
    CountRange s = ((CountRange) x.best).plus((CountRange) y.best);
    return new Decision(
        a,
        Status.SETTLED,
        s,
        CountRange.exactly(s.min()),
        s.max() == null ? null : CountRange.exactly(s.max()),
        x.approximate || y.approximate,
        rule,
        null,
        true);
  }

  private static Decision agreed(
      Attribute a, Status status, ClaimFact best, List<?> standing, String rule) {
    List<ClaimFact> claims = claims(standing);
    ClaimValue value = best.getValue();
    if (value instanceof StartTime t) {
      // A start time takes the parts it lacks from agreeing claims, in the order the rules
      // collected them: none is more specific than best, or best would not lead (specificity.drl).
      for (ClaimFact c : claims) {
        if (c.getValue() instanceof StartTime o) {
          t = t.completedBy(o);
        }
      }
      value = t;
    }
    boolean approximate = best.isApproximate();
    for (ClaimFact c : claims) {
      if (c.isApproximate() && sameValue(c.getValue(), value)) {
        approximate = true;
      }
    }
    ClaimValue low = null;
    ClaimValue high = null;
    if (value instanceof CountRange r) {
      low = CountRange.exactly(r.min());
      high = r.max() == null ? null : CountRange.exactly(r.max());
    } else if (value instanceof DurationRange d) {
      low = DurationRange.exactly(d.min());
      high = d.max() == null ? null : DurationRange.exactly(d.max());
    }
    return new Decision(a, status, value, low, high, approximate, rule, best.getId(), false);
  }

  private static boolean sameValue(ClaimValue claimed, ClaimValue best) {
    if (claimed instanceof StartTime t && best instanceof StartTime b) {
      return t.completedBy(b).equals(b);
    }
    return claimed.equals(best);
  }

  private static List<ClaimFact> claims(List<?> standing) {
    List<ClaimFact> out = new ArrayList<>();
    for (Object o : standing) {
      out.add(o instanceof ClaimStanding s ? s.claim() : (ClaimFact) o);
    }
    return out;
  }

  /** True when the reported claim's value can be true together with the decided value. */
  public boolean agreesWith(ClaimFact c) {
    return best != null && best.agreesWith(c.getValue());
  }

  public Attribute getAttribute() {
    return attribute;
  }

  public Status getStatus() {
    return status;
  }

  public ClaimValue getBest() {
    return best;
  }

  public ClaimValue getLow() {
    return low;
  }

  public ClaimValue getHigh() {
    return high;
  }

  public boolean isApproximate() {
    return approximate;
  }

  public String getRule() {
    return rule;
  }

  public String getBestClaimId() {
    return bestClaimId;
  }

  public boolean isDerived() {
    return derived;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Decision d
        && d.attribute == attribute
        && d.status == status
        && Objects.equals(d.best, best)
        && Objects.equals(d.rule, rule)
        && Objects.equals(d.bestClaimId, bestClaimId)
        && d.derived == derived;
  }

  @Override
  public int hashCode() {
    return Objects.hash(attribute, status, best, rule, bestClaimId, derived);
  }

  @Override
  public String toString() {
    return "Decision("
        + attribute.key()
        + " "
        + status.key()
        + " "
        + (best == null ? "-" : best.display())
        + " by \""
        + rule
        + "\")";
  }
}
