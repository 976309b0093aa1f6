package dev.reconciler.bench;

import dev.reconciler.claim.Attribute;
import dev.reconciler.claim.Claim;
import dev.reconciler.claim.ClaimValue;
import dev.reconciler.claim.CountRange;
import dev.reconciler.claim.DurationRange;
import dev.reconciler.claim.PartOfDay;
import dev.reconciler.claim.Phase;
import dev.reconciler.claim.Role;
import dev.reconciler.claim.Scope;
import dev.reconciler.claim.StartTime;
import dev.reconciler.claim.TextValue;
import dev.reconciler.claim.YesNo;
import dev.reconciler.reconcile.EditorsData;
import dev.reconciler.reconcile.Incident;
import dev.reconciler.reconcile.facts.City;
import dev.reconciler.reconcile.facts.FacilitySynonym;
import dev.reconciler.reconcile.facts.GroupAlias;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Synthetic incidents for benchmarks: the same seed always gives the same incidents. Each incident
 * has a "true" story (counts, group, city, time) that reports repeat, revise, bound, round and
 * sometimes contradict, in the proportions the seed reports show: most claims are counts, many from
 * reporters and anonymous officials, some said while the attack was ongoing, a few about another
 * incident, some reports undated. Group, city and facility wordings come from the editors' data, so
 * the normalising rules do real work.
 */
public final class IncidentGenerator {

  /** Attributes in the proportion a report mentions them (counts dominate). */
  private static final Attribute[] ATTRIBUTES = {
    Attribute.VICTIMS_KILLED,
    Attribute.VICTIMS_KILLED,
    Attribute.VICTIMS_KILLED,
    Attribute.VICTIMS_KILLED,
    Attribute.INJURED,
    Attribute.INJURED,
    Attribute.INJURED,
    Attribute.ATTACKERS_KILLED,
    Attribute.ATTACKERS_KILLED,
    Attribute.ATTACKERS_COUNT,
    Attribute.ATTACKERS_COUNT,
    Attribute.PERPETRATOR,
    Attribute.PERPETRATOR,
    Attribute.LOCATION,
    Attribute.LOCATION,
    Attribute.START_TIME,
    Attribute.START_TIME,
    Attribute.DURATION,
    Attribute.HOSTAGES_TAKEN,
    Attribute.DEATHS_TOTAL,
  };

  /** Roles weighted as the seeds have them: narration and unnamed officials are common. */
  private static final Role[] ROLES = {
    Role.OFFICIAL,
    Role.OFFICIAL,
    Role.OFFICIAL,
    Role.ANONYMOUS_OFFICIAL,
    Role.ANONYMOUS_OFFICIAL,
    Role.REPORTER,
    Role.REPORTER,
    Role.REPORTER,
    Role.SOCIAL_MEDIA,
    Role.CLAIMANT,
  };

  private static final String[] OFFICIALS = {
    "Murtaza Wahab Siddiqui", "Ghulam Nabi Memon", "Rana Sanaullah Khan", "Summaiya Syed",
    "Haroon Janjua", "Amina Farooq", "Daniel Okafor", "Leila Haddad",
  };

  private final SplittableRandom random;
  private final List<GroupAlias> groups;
  private final List<City> cities;
  private final List<FacilitySynonym> facilities;
  private int incidents;

  public IncidentGenerator(long seed, EditorsData data) {
    this.random = new SplittableRandom(seed);
    this.groups = data.groups();
    // Only cities with an offset: a start time then gets the city's offset, as in real incidents.
    this.cities = data.cities().stream().filter(c -> c.getOffset() != null).toList();
    this.facilities = data.facilities();
  }

  /** The next incident, with exactly {@code claims} claims. */
  public Incident next(int claims) {
    Story story = new Story();
    int reports = Math.max(2, claims / 6);
    Map<String, LocalDate> dates = new HashMap<>();
    for (int r = 0; r < reports; r++) {
      // About one report in eight undated; the others on the day or up to three days later.
      dates.put(reportId(r), random.nextInt(8) == 0 ? null : story.day.plusDays(random.nextInt(4)));
    }
    List<Claim> list = new ArrayList<>(claims);
    for (int i = 0; i < claims; i++) {
      String report = reportId(random.nextInt(reports));
      list.add(claim(story, "c" + i, report));
    }
    incidents++;
    return new Incident(list, dates);
  }

  /** How many incidents this generator has made. */
  public int count() {
    return incidents;
  }

  private static String reportId(int r) {
    return "r" + r;
  }

  private Claim claim(Story story, String id, String report) {
    Attribute attribute = ATTRIBUTES[random.nextInt(ATTRIBUTES.length)];
    Role role = ROLES[random.nextInt(ROLES.length)];
    if (attribute == Attribute.PERPETRATOR && random.nextInt(3) > 0) {
      role = Role.CLAIMANT; // most perpetrator claims are the group's own statement
    }
    String speaker =
        role == Role.OFFICIAL || (role == Role.REPORTER && random.nextInt(4) == 0)
            ? OFFICIALS[random.nextInt(OFFICIALS.length)]
            : null;
    Phase phase = random.nextInt(5) < 2 ? Phase.ONGOING : Phase.CONCLUDED;
    // About one claim in twenty is about another incident mentioned in passing.
    Scope scope = random.nextInt(20) == 0 ? Scope.OTHER : Scope.THIS;
    boolean approximate = random.nextInt(8) == 0;
    ClaimValue value = value(story, attribute, phase, scope);
    return new Claim(id, report, attribute, value, approximate, speaker, role, phase, scope, null);
  }

  private ClaimValue value(Story story, Attribute a, Phase phase, Scope scope) {
    return switch (a) {
      case VICTIMS_KILLED ->
          count(scope == Scope.OTHER ? story.victims * 5 + 20 : story.victims, phase);
      case INJURED -> count(story.injured, phase);
      case ATTACKERS_KILLED -> count(story.attackersKilled, phase);
      case ATTACKERS_COUNT -> count(story.attackers, phase);
      case DEATHS_TOTAL -> count(story.victims + story.attackersKilled, phase);
      case PERPETRATOR -> perpetrator(story);
      case LOCATION -> location(story);
      case START_TIME -> startTime(story);
      case DURATION -> duration(story);
      case HOSTAGES_TAKEN -> new YesNo(random.nextInt(6) == 0 != story.hostages);
    };
  }

  /**
   * A count as reports give it: exact, a lower bound, "five or six", a partial toll, or a wrong
   * one.
   */
  private CountRange count(int truth, Phase phase) {
    int n = phase == Phase.ONGOING && truth > 0 ? random.nextInt(truth + 1) : truth;
    return switch (random.nextInt(10)) {
      case 0, 1 -> CountRange.atLeast(Math.max(0, n - random.nextInt(3)));
      case 2 -> new CountRange(n, n + 1 + random.nextInt(2));
      case 3 -> CountRange.exactly(n + 1 + random.nextInt(3)); // a different figure
      default -> CountRange.exactly(n);
    };
  }

  private TextValue perpetrator(Story story) {
    int r = random.nextInt(10);
    if (r == 0) {
      return new TextValue(TextValue.UNCLAIMED);
    }
    GroupAlias g = r == 1 ? groups.get(random.nextInt(groups.size())) : story.group;
    // Another alias of the same group, as another outlet would word it.
    List<GroupAlias> same =
        groups.stream().filter(x -> x.getCanonical().equals(g.getCanonical())).toList();
    return new TextValue(same.get(random.nextInt(same.size())).getAlias());
  }

  private TextValue location(Story story) {
    City city = random.nextInt(12) == 0 ? cities.get(random.nextInt(cities.size())) : story.city;
    return switch (random.nextInt(4)) {
      case 0 -> new TextValue(city.getName());
      case 1 -> new TextValue(story.facility.getSynonym());
      default -> new TextValue("the " + story.facility.getSynonym() + " in " + city.getName());
    };
  }

  private StartTime startTime(Story story) {
    ZoneOffset offset = random.nextBoolean() ? story.city.getOffset() : null;
    return switch (random.nextInt(6)) {
      case 0 -> new StartTime(null, story.day.getDayOfWeek(), null, PartOfDay.NIGHT, null);
      case 1 -> new StartTime(null, story.day.getDayOfWeek(), null, null, null);
      case 2 -> new StartTime(story.day, null, story.time, null, offset);
      case 3 ->
          new StartTime(null, null, story.time.plusMinutes(random.nextInt(3) * 5L), null, offset);
      default -> new StartTime(null, null, story.time, null, offset);
    };
  }

  private DurationRange duration(Story story) {
    Duration d = Duration.ofHours(story.hours);
    return switch (random.nextInt(4)) {
      case 0 -> new DurationRange(Duration.ofHours(2), Duration.ofHours(9)); // "several hours"
      case 1 -> new DurationRange(d, null);
      case 2 -> DurationRange.exactly(d.plusHours(1));
      default -> DurationRange.exactly(d);
    };
  }

  /** What really happened, which the claims of one incident approximate. */
  private final class Story {
    final LocalDate day = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(700));
    final LocalTime time = LocalTime.of(18 + random.nextInt(5), random.nextInt(12) * 5);
    final int victims = random.nextInt(40);
    final int injured = random.nextInt(80);
    final int attackers = 1 + random.nextInt(8);
    final int attackersKilled = random.nextInt(attackers + 1);
    final int hours = 1 + random.nextInt(8);
    final boolean hostages = random.nextBoolean();
    final GroupAlias group = groups.get(random.nextInt(groups.size()));
    final City city = cities.get(random.nextInt(cities.size()));
    final FacilitySynonym facility = facilities.get(random.nextInt(facilities.size()));
  }
}
