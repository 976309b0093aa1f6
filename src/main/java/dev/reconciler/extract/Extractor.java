package dev.reconciler.extract;

import dev.reconciler.claim.Attribute;
import dev.reconciler.claim.Claim;
import dev.reconciler.claim.CountRange;
import dev.reconciler.claim.Evidence;
import dev.reconciler.claim.Phase;
import dev.reconciler.claim.Role;
import dev.reconciler.claim.Scope;
import dev.reconciler.claim.StartTime;
import dev.reconciler.claim.TextValue;
import dev.reconciler.extract.attribution.Attribution;
import dev.reconciler.extract.attribution.AttributionFinder;
import dev.reconciler.extract.attribution.SpeakerMemory;
import dev.reconciler.extract.attribution.TitledSpeakers;
import dev.reconciler.extract.context.PhaseCues;
import dev.reconciler.extract.context.ReportPlace;
import dev.reconciler.extract.context.ScopeCues;
import dev.reconciler.extract.context.SocialPosts;
import dev.reconciler.extract.context.StatementTimes;
import dev.reconciler.extract.facts.CountFinder;
import dev.reconciler.extract.facts.DurationFinder;
import dev.reconciler.extract.facts.FactFinder;
import dev.reconciler.extract.facts.Finding;
import dev.reconciler.extract.facts.HostageFinder;
import dev.reconciler.extract.facts.LocationFinder;
import dev.reconciler.extract.facts.PerpetratorFinder;
import dev.reconciler.extract.facts.ReportContext;
import dev.reconciler.extract.facts.StartTimeFinder;
import dev.reconciler.extract.number.QuantityReader;
import dev.reconciler.extract.text.Paragraph;
import dev.reconciler.extract.text.Sentence;
import dev.reconciler.extract.text.TextPipeline;
import dev.reconciler.extract.text.TextReader;
import dev.reconciler.extract.vocab.PhraseList;
import dev.reconciler.extract.vocab.Vocabulary;
import dev.reconciler.report.Report;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The extractor: report text to attributed claims. It splits the text (OpenNLP), recognises
 * embedded social-media posts, finds who each sentence quotes, the phase and scope it speaks in,
 * and the values the fact finders read from it; each value becomes a claim with its evidence.
 *
 * <p>Models and vocabulary are read from the class path once, in the constructor; afterwards one
 * instance serves any number of threads (per-report state lives in {@link ReportReading}).
 */
public final class Extractor implements ClaimExtractor {

  private final TextReader pipeline;
  private final AttributionFinder attribution;
  private final SocialPosts posts;
  private final PhaseCues phases;
  private final ScopeCues scopes;
  private final List<FactFinder> finders;
  private final PerpetratorFinder perpetrators;
  private final StatementTimes statementTimes = new StatementTimes();

  /** Words that make a count an explicit revision ("revised down to 13", "corrected the toll"). */
  private final PhraseList revisions;

  /** Loads the CoreNLP models and the vocabulary under {@code /extract/} from the class path. */
  public Extractor() {
    this(TextPipeline.shared());
  }

  /** An extractor reading text with the given reader (a cache of annotations in development). */
  public Extractor(TextReader reader) {
    this.pipeline = reader;
    Vocabulary vocabulary = new Vocabulary(pipeline);
    QuantityReader quantities = new QuantityReader(vocabulary);
    this.attribution = new AttributionFinder(vocabulary);
    this.posts = new SocialPosts(vocabulary);
    this.phases = new PhaseCues(vocabulary);
    this.scopes = new ScopeCues(vocabulary);
    this.perpetrators = new PerpetratorFinder(vocabulary);
    this.revisions = vocabulary.list("revision-cues");
    this.finders =
        List.of(
            new CountFinder(vocabulary, quantities),
            perpetrators,
            new StartTimeFinder(vocabulary),
            new DurationFinder(vocabulary, quantities),
            new LocationFinder(vocabulary),
            new HostageFinder(vocabulary));
  }

  @Override
  public List<Claim> extract(Report report) {
    return new ReportReading(report).claims();
  }

  /** The state of reading one report: its sentences, speakers met so far, the claims found. */
  private final class ReportReading {

    private final Report report;
    private final List<Paragraph> paragraphs;
    private final SpeakerMemory speakers = new SpeakerMemory();

    /** Whether the last sentence, and the one before it, told of another incident. */
    private final boolean[] recentlyOther = new boolean[2];

    private final List<Claim> claims = new ArrayList<>();

    /** Who each claim was attributed to, by claim index. */
    private final List<Attribution> sources = new ArrayList<>();

    private final TitledSpeakers titled = new TitledSpeakers();

    /**
     * The day of the event each count claim counts, where the sentence dates it (by claim index).
     */
    private final Map<Integer, StartTime> eventDays = new HashMap<>();

    /**
     * In an undated report: the attack's day counted from the report's ("last night": -1), as the
     * first sentence telling a figure or start of it names it, or null.
     */
    private StatementTimes.RelativeDay attackDay;

    /** In an undated report: the day each claim's statement names, counted the same way. */
    private final Map<Integer, StatementTimes.RelativeDay> statedDays = new HashMap<>();

    /** The report's context, with what the sentence before counted. */
    private ReportContext context;

    private final ScopeCues.Anchor anchor;

    ReportReading(Report report) {
      this.report = report;
      this.paragraphs = pipeline.paragraphs(report.text(), report.publishedOnDay());
      this.context =
          new ReportContext(
              report.publishedOnDay(),
              ReportPlace.town(paragraphs, new java.util.HashSet<>(ownSentences())::contains),
              ReportPlace.dateline(paragraphs),
              ReportPlace.country(paragraphs),
              report.publishedOnDay() == null ? ReportPlace.latestNamedDay(paragraphs) : null,
              ReportPlace.towns(paragraphs),
              0);
      this.anchor =
          ScopeCues.Anchor.of(report.publishedOnDay(), paragraphs, context.latestNamedDay());
    }

    List<Claim> claims() {
      Phase reportPhase = phases.reportPhase(ownSentences());
      Sentence previous = null;
      Phase previousCue = null;
      for (Paragraph p : paragraphs) {
        SocialPosts.Post post = posts.of(p.text());
        List<AttributionFinder.Said> attributions = attributions(p, post);
        for (int i = 0; i < p.sentences().size(); i++) {
          Sentence s = p.sentences().get(i);
          Phase cue = phases.cueOf(s);
          Phase phase;
          if (cue != null) {
            phase = cue;
          } else if (previousCue == Phase.ONGOING && previous != null && phases.continues(s)) {
            phase = Phase.ONGOING; // "... as well, the surgeon said" continues an ongoing statement
            cue = Phase.ONGOING;
          } else {
            phase = post != null ? Phase.ONGOING : reportPhase;
          }
          addClaims(s, attributions.get(i), phase, post != null, post == null && isHeadline(p));
          previous = s;
          previousCue = cue;
        }
      }
      return withOfficesNamed(withStatementsCountedFromTheAttack(withEarlierEventsApart()));
    }

    /** An office the report names without its holder speaks as the holder it names elsewhere. */
    private List<Claim> withOfficesNamed(List<Claim> read) {
      List<Claim> out = new ArrayList<>(read);
      for (int i = 0; i < out.size(); i++) {
        Attribution given = sources.get(i);
        Attribution named = titled.named(given);
        if (named != given) {
          out.set(i, out.get(i).withSpeaker(named.speaker(), named.role()));
        }
      }
      return out;
    }

    /**
     * An undated report that tells its attack by its own day ("last night") dates its statements
     * from the attack's: "police confirmed this morning" is attack+1d morning, and a claim it does
     * not date was made on the report's day, attack+1d, when that is after the attack's. The rules
     * date them once the start times give the attack's day (agreement.drl).
     */
    private List<Claim> withStatementsCountedFromTheAttack(List<Claim> read) {
      if (attackDay == null) {
        return read;
      }
      List<Claim> out = new ArrayList<>(read);
      for (int i = 0; i < out.size(); i++) {
        Claim c = out.get(i);
        if (c.statedAt() != null || c.headline() || c.scope() != Scope.THIS) {
          continue;
        }
        StatementTimes.RelativeDay stated = statedDays.get(i);
        int after = (stated == null ? 0 : stated.days()) - attackDay.days();
        if (after < 0 || stated == null && after == 0) {
          continue; // before the attack, or the attack's own day: nothing to order by
        }
        out.set(
            i,
            c.withStatedAt(
                new StartTime(
                    null, null, null, stated == null ? null : stated.part(), null, after)));
      }
      return out;
    }

    /**
     * A figure of an event the report dates before the day it gives the attack ("a suicide bombing
     * on Tuesday that killed 11" in a report of Wednesday's attack) is another incident's. In an
     * undated report, weekdays: the event's is before the attack's when it lies one to three days
     * before it ("Tuesday" before a Wednesday attack; "Thursday" is the day after).
     */
    private List<Claim> withEarlierEventsApart() {
      StartTime attackDay = null;
      for (Claim c : claims) {
        if (c.attribute() == Attribute.START_TIME
            && c.scope() == Scope.THIS
            && !c.headline()
            && c.value() instanceof StartTime t
            && (t.date() != null || t.weekday() != null)) {
          if (attackDay != null && attackDay.weekday() != t.weekday()) {
            return claims; // the report gives the attack two days: date nothing by it
          }
          attackDay = attackDay == null || attackDay.date() == null ? t : attackDay;
        }
      }
      if (attackDay == null) {
        return claims;
      }
      List<Claim> out = new ArrayList<>(claims);
      for (Map.Entry<Integer, StartTime> e : eventDays.entrySet()) {
        Claim c = out.get(e.getKey());
        if (c.scope() == Scope.THIS && isBefore(e.getValue(), attackDay)) {
          out.set(e.getKey(), c.withScope(Scope.OTHER));
        }
      }
      return out;
    }

    private static boolean isBefore(StartTime event, StartTime attack) {
      if (event.date() != null && attack.date() != null) {
        return event.date().isBefore(attack.date());
      }
      if (event.weekday() == null || attack.weekday() == null) {
        return false;
      }
      int ahead = Math.floorMod(event.weekday().getValue() - attack.weekday().getValue(), 7);
      return ahead >= 4;
    }

    /**
     * The figure at token {@code at} is what a revision cue of the sentence revises ("revised the
     * toll to 62").
     */
    private boolean revises(Sentence s, List<PhraseList.Match> cues, int at) {
      for (PhraseList.Match m : cues) {
        for (int k = m.from(); k < m.to(); k++) {
          if (s.isUnder(at, k)) {
            return true;
          }
        }
      }
      return false;
    }

    /**
     * A headline: one of the title lines before the report's first sentence ("Toll in Mogadishu
     * hotel siege rises to 21", a standfirst without a full stop). A heading further down ("What we
     * know") is not one.
     */
    private boolean isHeadline(Paragraph p) {
      for (Paragraph q : paragraphs) {
        if (q == p) {
          return q.isHeading();
        }
        if (!q.isHeading()) {
          return false;
        }
      }
      return false;
    }

    /** The sentences that speak for the report itself: not posts, not other incidents. */
    private List<Sentence> ownSentences() {
      List<Sentence> out = new ArrayList<>();
      for (Paragraph p : paragraphs) {
        if (posts.of(p.text()) == null) {
          for (Sentence s : p.sentences()) {
            if (scopes.otherFrom(s) == s.size()) {
              out.add(s);
            }
          }
        }
      }
      return out;
    }

    /**
     * Each sentence's speaker. In a post, the post's author as social media. A sentence inside a
     * quotation that is attributed in another sentence of the paragraph takes that attribution.
     */
    private List<AttributionFinder.Said> attributions(Paragraph p, SocialPosts.Post post) {
      List<AttributionFinder.Said> out = new ArrayList<>();
      if (post != null) {
        for (Sentence ignored : p.sentences()) {
          out.add(
              new AttributionFinder.Said(
                  new Attribution(post.author(), Role.SOCIAL_MEDIA, null), Map.of()));
        }
        return out;
      }
      for (Sentence s : p.sentences()) {
        AttributionFinder.Said said = attribution.find(s, speakers);
        said.byVerb().values().forEach(titled::add);
        out.add(said);
      }
      boolean quotedParagraph = p.text().startsWith("“") || p.text().startsWith("\"");
      Attribution paragraphSpeaker = null;
      for (AttributionFinder.Said a : out) {
        if (a.main() != null) {
          paragraphSpeaker = a.main();
        }
      }
      if (quotedParagraph && paragraphSpeaker == null && speakers.last() != null) {
        paragraphSpeaker = speakers.last(); // a quotation continued from the paragraph before
      }
      for (int i = 0; i < out.size(); i++) {
        if (out.get(i).main() == null) {
          Attribution fallback =
              quotedParagraph && paragraphSpeaker != null
                  ? paragraphSpeaker
                  : Attribution.NARRATION;
          out.set(i, new AttributionFinder.Said(fallback, out.get(i).byVerb()));
        }
      }
      return out;
    }

    /**
     * The token lies in an indirect question ("did not say whether the attacker was killed", "would
     * not say if the remainder were gunmen"): what is asked is not claimed.
     */
    private static boolean isAskedNotSaid(Sentence s, int token) {
      for (int k = token, steps = 0; k >= 0 && steps <= s.size(); k = s.head(k), steps++) {
        for (int d : s.dependents(k, "mark")) {
          String mark = s.token(d).lower();
          if ("whether".equals(mark) || "if".equals(mark) && s.hasRelation(k, "ccomp")) {
            return true;
          }
        }
      }
      return false;
    }

    private static int mostAttackers(List<Finding> findings) {
      int most = 0;
      for (Finding f : findings) {
        if (f.attribute() == Attribute.ATTACKERS_COUNT && f.value() instanceof CountRange r) {
          most = Math.max(most, r.max() != null ? r.max() : r.min());
        }
      }
      return most;
    }

    private void addClaims(
        Sentence s, AttributionFinder.Said said, Phase phase, boolean inPost, boolean headline) {
      boolean[] other = scopes.other(s, anchor);
      if (ScopeCues.isLaterThanTheLast(s) && (recentlyOther[0] || recentlyOther[1])) {
        java.util.Arrays.fill(
            other, true); // "... in Mandera last year. ... Ten days later, 36 ..."
      }
      boolean anyOther = false;
      for (boolean o : other) {
        anyOther |= o;
      }
      recentlyOther[1] = recentlyOther[0];
      recentlyOther[0] = anyOther;
      List<PhraseList.Match> revisionCues = revisions.findAll(s.tokens());
      List<Finding> findings = new ArrayList<>();
      for (FactFinder finder : finders) {
        findings.addAll(finder.find(s, context));
      }
      context = context.afterAttackers(mostAttackers(findings));
      for (Finding f : findings) {
        if (isAskedNotSaid(s, f.token())) {
          continue; // "It did not say whether the attacker was killed"
        }
        Attribution source = f.source() != null && !inPost ? f.source() : said.of(s, f.token());
        Scope scope = other[Math.min(f.token(), other.length - 1)] ? Scope.OTHER : Scope.THIS;
        if (f.attribute() == Attribute.LOCATION && (inPost || scope == Scope.OTHER)) {
          continue; // a post's or another incident's place is not this attack's
        }
        if (f.source() != null
            && source.role() == Role.CLAIMANT
            && scope == Scope.THIS
            && f.value() instanceof TextValue v
            && !v.isUnclaimed()) {
          speakers.rememberClaimant(v.text()); // its spokesmen speak for it later
        }
        boolean count = f.attribute().kind() == Attribute.Kind.COUNT;
        String id = report.id() + ":" + claims.size();
        StartTime eventDay =
            count && !headline ? statementTimes.dayOfEvent(s, f.token(), context) : null;
        if (eventDay != null) {
          eventDays.put(claims.size(), eventDay);
        }
        if (report.publishedOnDay() == null && !headline && scope == Scope.THIS && !inPost) {
          if (attackDay == null && (count || f.attribute() == Attribute.START_TIME)) {
            attackDay = statementTimes.relativeDayOfEvent(s, said.byVerb().keySet());
          }
          StatementTimes.RelativeDay stated =
              statementTimes.relativeDayOf(s, f.token(), said.verbOf(s, f.token()));
          if (stated != null) {
            statedDays.put(claims.size(), stated);
          }
        }
        sources.add(source);
        claims.add(
            new Claim(
                id,
                report.id(),
                f.attribute(),
                f.value(),
                f.approximate(),
                source.speaker(),
                source.role(),
                phase,
                scope,
                new Evidence(report.id(), s.text(), s.start(), s.end()),
                headline,
                count && revises(s, revisionCues, f.token()),
                headline ? null : statementTimes.of(s, said.verbOf(s, f.token()), context)));
      }
    }
  }
}
