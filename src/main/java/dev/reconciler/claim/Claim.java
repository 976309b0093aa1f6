package dev.reconciler.claim;

import java.util.Objects;

/**
 * One statement about one attribute of an incident: what was said, by whom, in which phase of the
 * incident, and whether it is about this incident at all.
 *
 * @param id stable within its report (the extractor derives it from report id and position)
 * @param reportId the report the claim was read from
 * @param attribute what the claim is about
 * @param value the value, of the type the attribute's kind requires
 * @param approximate the report hedged the value ("about", "nearly", "half a dozen")
 * @param speaker the speaker's name where the text gives one, else null
 * @param role the speaker's role, which the editors' table turns into a rank
 * @param phase whether it was said while the attack was going on or after it ended
 * @param scope this incident, or another one mentioned in passing
 * @param evidence the sentence it came from, or null for claims given without a source text
 * @param headline read from the report's headline (its title line), not from its body
 * @param revision the sentence explicitly revises an earlier figure ("revised down to", "corrected
 *     to", "lowered to", "raised to")
 * @param statedAt when the report says the statement was made ("said on Sunday", "as of 10 p.m.
 *     Monday"), as precisely as it says; null when it does not. It dates the claims of a report
 *     that has no date of its own.
 */
public record Claim(
    String id,
    String reportId,
    Attribute attribute,
    ClaimValue value,
    boolean approximate,
    String speaker,
    Role role,
    Phase phase,
    Scope scope,
    Evidence evidence,
    boolean headline,
    boolean revision,
    StartTime statedAt) {

  public Claim {
    Objects.requireNonNull(attribute, "a claim needs an attribute");
    Objects.requireNonNull(value, "a claim needs a value");
    Objects.requireNonNull(role, "a claim needs the speaker's role");
    Objects.requireNonNull(phase, "a claim needs a phase");
    Objects.requireNonNull(scope, "a claim needs a scope");
    if (reportId == null || reportId.isBlank()) {
      throw new IllegalArgumentException("a claim needs the id of its report");
    }
    if (!fits(attribute.kind(), value)) {
      throw new IllegalArgumentException(
          attribute.key() + " takes a " + attribute.kind() + " value, not " + value.display());
    }
    if (value instanceof TextValue t && t.denied() && attribute != Attribute.PERPETRATOR) {
      throw new IllegalArgumentException(
          "only a perpetrator claim can be a denial, not "
              + attribute.key()
              + " "
              + value.display());
    }
    if (speaker != null && speaker.isBlank()) {
      speaker = null;
    }
  }

  /** A claim from a report's body that revises nothing: neither headline nor revision. */
  public Claim(
      String id,
      String reportId,
      Attribute attribute,
      ClaimValue value,
      boolean approximate,
      String speaker,
      Role role,
      Phase phase,
      Scope scope,
      Evidence evidence) {
    this(
        id,
        reportId,
        attribute,
        value,
        approximate,
        speaker,
        role,
        phase,
        scope,
        evidence,
        false,
        false,
        null);
  }

  /** A claim whose report does not say when it was stated. */
  public Claim(
      String id,
      String reportId,
      Attribute attribute,
      ClaimValue value,
      boolean approximate,
      String speaker,
      Role role,
      Phase phase,
      Scope scope,
      Evidence evidence,
      boolean headline,
      boolean revision) {
    this(
        id,
        reportId,
        attribute,
        value,
        approximate,
        speaker,
        role,
        phase,
        scope,
        evidence,
        headline,
        revision,
        null);
  }

  private static boolean fits(Attribute.Kind kind, ClaimValue value) {
    return switch (kind) {
      case COUNT -> value instanceof CountRange;
      case TEXT -> value instanceof TextValue;
      case TIME -> value instanceof StartTime;
      case DURATION -> value instanceof DurationRange;
      case YES_NO -> value instanceof YesNo;
    };
  }

  @Override
  public String toString() {
    return attribute.key()
        + "="
        + value.display()
        + (approximate ? "~" : "")
        + " by "
        + (speaker == null ? "?" : speaker)
        + " ("
        + role.key()
        + ", "
        + phase.key()
        + ", "
        + scope.key()
        + (headline ? ", headline" : "")
        + (revision ? ", revision" : "")
        + (statedAt == null ? "" : ", said " + statedAt.display())
        + ") in "
        + reportId;
  }

  /** The same claim about another incident (or this one). */
  public Claim withScope(Scope scope) {
    return with(speaker, role, scope, statedAt);
  }

  /** The same claim, said by {@code newSpeaker} in {@code newRole}. */
  public Claim withSpeaker(String newSpeaker, Role newRole) {
    return with(newSpeaker, newRole, scope, statedAt);
  }

  /** The same claim, stated at {@code time}. */
  public Claim withStatedAt(StartTime time) {
    return with(speaker, role, scope, time);
  }

  private Claim with(String newSpeaker, Role newRole, Scope newScope, StartTime newStatedAt) {
    return new Claim(
        id,
        reportId,
        attribute,
        value,
        approximate,
        newSpeaker,
        newRole,
        phase,
        newScope,
        evidence,
        headline,
        revision,
        newStatedAt);
  }
}
