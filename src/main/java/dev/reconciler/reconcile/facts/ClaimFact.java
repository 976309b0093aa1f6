package dev.reconciler.reconcile.facts;

import dev.reconciler.claim.Attribute;
import dev.reconciler.claim.Claim;
import dev.reconciler.claim.ClaimValue;
import dev.reconciler.claim.Phase;
import dev.reconciler.claim.Role;
import dev.reconciler.claim.Scope;
import dev.reconciler.claim.StartTime;
import dev.reconciler.claim.TextValue;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Objects;
import org.kie.api.definition.type.ClassReactive;

/**
 * A claim in a reconciliation session, with what the rules add to it: the speaker's rank from the
 * editors' table and the value as normalised against editors' data (canonical group name, the city
 * and the kind of facility a place names, weekday dated from the report). A place keeps its
 * wording, which is what is published: "Holey Artisan Bakery, Dhaka", not "restaurant, Dhaka".
 *
 * <p>Class-reactive on purpose: the preparing rules change the value through setters and every rule
 * that looks at a claim must see the change. Equality is the claim's id, which never changes.
 */
@ClassReactive
public final class ClaimFact {

  private final Claim claim;
  private final LocalDate reportDate;

  /** When the report says the claim was stated; a weekday the rules may date. */
  private StartTime statedAt;

  private final String text;
  private ClaimValue value;
  private int rank = -1;
  private Role role;
  private boolean canonical;

  /** The networks the named group belongs to, nearest first (editors' group-networks.csv). */
  private List<String> networks = List.of();

  private String city;
  private String facility;
  private boolean facilityInside;

  public ClaimFact(Claim claim, LocalDate reportDate) {
    this.claim = Objects.requireNonNull(claim, "claim");
    this.reportDate = reportDate;
    this.statedAt = claim.statedAt();
    this.value = claim.value();
    this.text = claim.value() instanceof TextValue t ? Phrase.fold(t.text()) : null;
  }

  public Claim getClaim() {
    return claim;
  }

  public String getId() {
    return claim.id();
  }

  public String getReportId() {
    return claim.reportId();
  }

  /**
   * The report's date, or null when it has none: it then counts as earlier than every dated one.
   */
  public LocalDate getReportDate() {
    return reportDate;
  }

  public Attribute getAttribute() {
    return claim.attribute();
  }

  /** The speaker's role: as extracted, unless the rules found the same person as an official. */
  public Role getRole() {
    return role != null ? role : claim.role();
  }

  /** Gives the claim its speaker's role found elsewhere; its rank is then looked up again. */
  public void setSpeakersRole(Role role) {
    this.role = role;
    this.rank = -1;
  }

  /**
   * The rules changed the role the extractor gave ("Mr Ole Lenku" is the minister named elsewhere).
   */
  public boolean isRoleFromElsewhere() {
    return role != null;
  }

  /**
   * The same person speaks in both claims: the words of one name (without "Mr", "Dr"...) are all in
   * the other, the surname included ("Mr Ole Lenku" and "Joseph Ole Lenku").
   */
  public boolean isSamePersonAs(ClaimFact other) {
    List<String> mine = nameWords(getSpeaker());
    List<String> theirs = nameWords(other.getSpeaker());
    if (mine.isEmpty()
        || theirs.isEmpty()
        || !mine.get(mine.size() - 1).equals(theirs.get(theirs.size() - 1))) {
      return false;
    }
    return mine.size() <= theirs.size() ? theirs.containsAll(mine) : mine.containsAll(theirs);
  }

  private static final java.util.Set<String> HONORIFICS =
      java.util.Set.of("mr", "mrs", "ms", "dr", "sir", "mr.", "mrs.", "ms.", "dr.");

  /**
   * A personal name's words, lower case; empty unless every word is capitalised (a name, not
   * "police").
   */
  private static List<String> nameWords(String speaker) {
    if (speaker == null) {
      return List.of();
    }
    List<String> out = new java.util.ArrayList<>();
    for (String w : speaker.strip().split("\\s+")) {
      if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) {
        return List.of();
      }
      String lower = w.toLowerCase(java.util.Locale.ROOT);
      if (!HONORIFICS.contains(lower)) {
        out.add(lower);
      }
    }
    return out.isEmpty() || out.get(out.size() - 1).length() < 3 ? List.of() : out;
  }

  public Phase getPhase() {
    return claim.phase();
  }

  public Scope getScope() {
    return claim.scope();
  }

  public String getSpeaker() {
    return claim.speaker();
  }

  public boolean isApproximate() {
    return claim.approximate();
  }

  /** Read from the report's headline, not its body. */
  public boolean isHeadline() {
    return claim.headline();
  }

  /** The sentence explicitly revises an earlier figure ("revised down to", "corrected to"). */
  public boolean isRevision() {
    return claim.revision();
  }

  /** The value as the rules see it: the claim's own, or its normalised form. */
  public ClaimValue getValue() {
    return value;
  }

  public void setValue(ClaimValue value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  /** The speaker's rank for this attribute, or -1 until the rank rules have set it. */
  public int getRank() {
    return rank;
  }

  public void setRank(int rank) {
    this.rank = rank;
  }

  /** The claim's text as worded in the report, folded for matching; null for non-text values. */
  public String getText() {
    return text;
  }

  /** True once a group alias has replaced the wording by the group's canonical name. */
  public boolean isCanonical() {
    return canonical;
  }

  public void setCanonical(boolean canonical) {
    this.canonical = canonical;
  }

  /** The group a claim of responsibility names (a denial's group too), or null. */
  public String getGroup() {
    return getAttribute() == Attribute.PERPETRATOR && value instanceof TextValue t
        ? t.text()
        : null;
  }

  public List<String> getNetworks() {
    return networks;
  }

  public void setNetworks(List<String> networks) {
    this.networks = List.copyOf(networks);
  }

  /**
   * This claim names a branch of the group the other names (editors' group-networks.csv), neither
   * being a denial. Whether the branch is then the more specific is specificity.drl's to say.
   */
  public boolean namesBranchOf(ClaimFact other) {
    return value instanceof TextValue mine
        && !mine.denied()
        && other.value instanceof TextValue theirs
        && !theirs.denied()
        && networks.contains(theirs.text());
  }

  /** The city a place names, per the editors' list of cities, or null. */
  public String getCity() {
    return city;
  }

  /** Sets the city a place names; a wording that lacks it gains it ("Westgate mall, Nairobi"). */
  public void setCity(String city) {
    this.city = city;
    String wording = ((TextValue) value).text();
    if (city != null && !Phrase.fold(wording).contains(Phrase.fold(city))) {
      this.value = new TextValue(wording + ", " + city);
    }
  }

  /** The kind of facility a place names, per the editors' facility synonyms, or null. */
  public String getFacility() {
    return facility;
  }

  public void setFacility(String facility) {
    this.facility = facility;
  }

  /** The facility stands inside a larger site ("Dimaporo Gym" in a university). */
  public boolean isFacilityInside() {
    return facilityInside;
  }

  public void setFacilityInside(boolean facilityInside) {
    this.facilityInside = facilityInside;
  }

  // ----- helpers the rules call: comparisons only, the decisions are the rules' -----

  /** A group's denial of responsibility ("denied by X"), not a group named as responsible. */
  public boolean isDenial() {
    return value instanceof TextValue t && t.denied();
  }

  /** The value {@code unclaimed}: no group named, none denying. */
  public boolean isUnclaimed() {
    return value instanceof TextValue t && t.isUnclaimed();
  }

  /**
   * This claim's text value under another name (a group's canonical one), a denial still a denial.
   */
  public TextValue withName(String name) {
    return ((TextValue) value).renamed(name);
  }

  /** A start time that names a weekday but no date (the report said "Friday"). */
  public boolean isWeekdayWithoutDate() {
    return value instanceof StartTime t && t.date() == null && t.weekday() != null;
  }

  /** A start time with a clock time or a part of day but no date and no weekday. */
  public boolean isDateMissing() {
    return value instanceof StartTime t && t.date() == null;
  }

  /** The date of a start time, or null. */
  public LocalDate getDay() {
    return value instanceof StartTime t ? t.date() : null;
  }

  /** This start time on the given day (a weekday it names must be that day's). */
  public StartTime datedOn(LocalDate day) {
    StartTime t = (StartTime) value;
    return new StartTime(day, null, t.time(), t.partOfDay(), t.offset());
  }

  /** A start time without a UTC offset. */
  public boolean isOffsetMissing() {
    return value instanceof StartTime t && t.offset() == null;
  }

  /** This start time dated as the last day of its weekday on or before the report's date. */
  public StartTime datedFromReport() {
    return datedOnOrBefore(reportDate);
  }

  /** This start time dated as the last day of its weekday on or before {@code day}. */
  public StartTime datedOnOrBefore(LocalDate day) {
    StartTime t = (StartTime) value;
    LocalDate d = day.with(TemporalAdjusters.previousOrSame(t.weekday()));
    return new StartTime(d, null, t.time(), t.partOfDay(), t.offset());
  }

  /** This start time with the given UTC offset. */
  public StartTime withOffset(ZoneOffset offset) {
    StartTime t = (StartTime) value;
    return new StartTime(t.date(), t.weekday(), t.time(), t.partOfDay(), offset);
  }

  /** True when both claims' values can be true of the same incident at once. */
  public boolean agreesWith(ClaimFact other) {
    if (getAttribute() != other.getAttribute()) {
      return false;
    }
    if (getAttribute() == Attribute.LOCATION) {
      // Two wordings of one attack's place agree unless they name different cities: "the cafe",
      // "Holey Artisan Bakery" and "Gulshan, Dhaka" are one place seen closer or further.
      return same(city, other.city);
    }
    // "Al-Qaeda claimed" and "AQIM claimed": the network and its branch are one claim.
    return value.agreesWith(other.value) || namesBranchOf(other) || other.namesBranchOf(this);
  }

  /**
   * True when this claim's report is dated later than the other's; an undated report is earliest.
   */
  public boolean isLaterThan(ClaimFact other) {
    return compareDates(other) > 0;
  }

  /**
   * When the claim was made, as far as is known: the day its report says it was stated, else the
   * report's date; null when neither is known (it then counts as earliest).
   */
  public LocalDate getStatedDay() {
    return statedAt != null && statedAt.date() != null ? statedAt.date() : reportDate;
  }

  /** The report says on which weekday the claim was stated, but not the date. */
  public boolean isStatementWeekdayWithoutDate() {
    return statedAt != null && statedAt.date() == null && statedAt.weekday() != null;
  }

  /**
   * The report (undated) counts the statement's day from the attack's ("police confirmed this
   * morning", of an attack "last night"), but not the date.
   */
  public boolean isStatementDayAfterAttackWithoutDate() {
    return statedAt != null && statedAt.date() == null && statedAt.daysAfterAttack() != null;
  }

  /** Dates the statement counted from the attack's day, which is {@code attackDay}. */
  public void setStatedAfterAttackOn(LocalDate attackDay) {
    this.statedAt = statedAt.onDay(attackDay.plusDays(statedAt.daysAfterAttack()));
  }

  /** Dates the statement's weekday: the last such day on or before {@code day}. */
  public void setStatedOnOrBefore(LocalDate day) {
    this.statedAt = withDate(day.with(TemporalAdjusters.previousOrSame(statedAt.weekday())));
  }

  /** Dates the statement's weekday: the first such day on or after {@code day}. */
  public void setStatedOnOrAfter(LocalDate day) {
    this.statedAt = withDate(day.with(TemporalAdjusters.nextOrSame(statedAt.weekday())));
  }

  private StartTime withDate(LocalDate d) {
    return new StartTime(d, null, statedAt.time(), statedAt.partOfDay(), statedAt.offset());
  }

  private int compareDates(ClaimFact other) {
    LocalDate mine = getStatedDay();
    LocalDate theirs = other.getStatedDay();
    if (Objects.equals(mine, theirs)) {
      return 0;
    }
    if (mine == null) {
      return -1;
    }
    if (theirs == null) {
      return 1;
    }
    return mine.compareTo(theirs);
  }

  /**
   * The wording's first part has a capitalised word beyond the city's name: "Bacha Khan
   * University". A single name alone ("Ahvaz") is a town that cities.csv does not list, not a
   * venue: the extractor gives a venue with the noun of its kind ("Westgate mall").
   */
  public boolean namesVenue() {
    String first = ((TextValue) value).text().split(",")[0]; // "Dhaka, Bangladesh" names no venue
    if (!first.strip().contains(" ")) {
      return false;
    }
    String cityWords = city == null ? "" : Phrase.fold(city);
    for (String w : first.split("\\s+")) {
      if (!w.isEmpty()
          && Character.isUpperCase(w.codePointAt(0))
          && !cityWords.contains(Phrase.fold(w))) {
        return true;
      }
    }
    return false;
  }

  private static boolean same(String a, String b) {
    return a == null || b == null || a.equals(b);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ClaimFact c && c.getId().equals(getId());
  }

  @Override
  public int hashCode() {
    return getId().hashCode();
  }

  @Override
  public String toString() {
    return getId() + "[" + getAttribute().key() + "=" + value.display() + " rank " + rank + "]";
  }
}
