package dev.reconciler.reconcile;

import dev.reconciler.claim.Claim;
import dev.reconciler.reconcile.facts.ClaimFact;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.ThreadSafeOption;

/**
 * Reconciles the claims of one incident under one rule set. The KieBase is compiled once per rule
 * set (cached by content hash) and shared; every incident gets its own session.
 */
public final class Reconciler {

  /**
   * Compiled rule sets by compiler and hash; a hash names exactly one set of texts, so entries
   * never go stale.
   */
  private static final ConcurrentMap<String, Compiled> KIE_BASES = new ConcurrentHashMap<>();

  /**
   * Sessions here are used by one thread from creation to disposal, so they skip Drools' internal
   * locking (measured about 5 % of a 30-claim reconciliation; BENCHMARKS.md).
   */
  private static final KieSessionConfiguration SINGLE_THREADED = singleThreaded();

  /** A guard against a rule set that never settles (rules that keep re-activating each other). */
  private static final int MAX_FIRINGS = 200_000;

  private final RuleSet ruleSet;
  private final KieBase kieBase;
  private final boolean usesEditorsGlobal;
  private final RuleCompiler compiledBy;
  private final RuleLocations locations;

  /**
   * A compiled rule set, whether its rules read the editors' tables through the global, the
   * compiler that built it, and where its rules are declared (found once per rule set, not per
   * incident).
   */
  private record Compiled(
      KieBase kieBase,
      boolean usesEditorsGlobal,
      RuleCompiler compiledBy,
      RuleLocations locations) {

    static Compiled of(RuleSet ruleSet, RuleCompiler compiler) {
      KieBaseBuilder.Built built = KieBaseBuilder.build(ruleSet, compiler);
      KieBase kieBase = built.kieBase();
      // A rule set that declares no global must not be given one: Drools refuses unknown globals.
      boolean global =
          kieBase.getKiePackages().stream()
              .flatMap(p -> p.getGlobalVariables().stream())
              .anyMatch(g -> g.getName().equals(EditorsData.GLOBAL));
      return new Compiled(kieBase, global, built.compiler(), RuleLocations.of(ruleSet));
    }
  }

  /**
   * Compiles the rule set with the configured compiler ({@link RuleCompiler#configured()}), or
   * reuses the KieBase compiled for the same hash.
   */
  public Reconciler(RuleSet ruleSet) {
    this(ruleSet, RuleCompiler.configured());
  }

  /** Compiles the rule set with {@code compiler}, or reuses the KieBase compiled so before. */
  public Reconciler(RuleSet ruleSet, RuleCompiler compiler) {
    this.ruleSet = ruleSet;
    Compiled compiled =
        KIE_BASES.computeIfAbsent(
            compiler.key() + ":" + ruleSet.hash(), h -> Compiled.of(ruleSet, compiler));
    this.kieBase = compiled.kieBase();
    this.usesEditorsGlobal = compiled.usesEditorsGlobal();
    this.compiledBy = compiled.compiledBy();
    this.locations = compiled.locations();
  }

  /** Where each rule of the set is declared. */
  public RuleLocations ruleLocations() {
    return locations;
  }

  /**
   * The compiler that built these rules: the one asked for, or {@link RuleCompiler#INTERPRETED}
   * where the executable model could not compile them (KieBaseBuilder logs why).
   */
  public RuleCompiler compiledBy() {
    return compiledBy;
  }

  /**
   * Builds a new KieBase of the rule set with {@code compiler}, bypassing the cache, and returns
   * its number of rules: for measuring the build time (the benchmarks' {@code build} task).
   */
  public static int compileUncached(RuleSet ruleSet, RuleCompiler compiler) {
    return KieBaseBuilder.build(ruleSet, compiler).kieBase().getKiePackages().stream()
        .mapToInt(p -> p.getRules().size())
        .sum();
  }

  public RuleSet ruleSet() {
    return ruleSet;
  }

  /** The compiled rules, shared by every reconciler of the same rule set. */
  public KieBase kieBase() {
    return kieBase;
  }

  /** Every rule of the rule set, by name, with the rule file that holds it. */
  public SortedMap<String, String> ruleFiles() {
    SortedMap<String, String> rules = new TreeMap<>();
    for (KiePackage p : kieBase.getKiePackages()) {
      for (Rule r : p.getRules()) {
        rules.put(r.getName(), KieBaseBuilder.sourceOf(r, p, ruleSet));
      }
    }
    return rules;
  }

  /** Runs the rules over one incident's claims in a fresh session. */
  public Resolution reconcile(Incident incident) {
    KieSession session = kieBase.newKieSession(SINGLE_THREADED, null);
    try {
      FiredRules fired = new FiredRules();
      session.addEventListener(fired);
      if (usesEditorsGlobal) {
        session.setGlobal(EditorsData.GLOBAL, ruleSet.data());
      }
      for (Object fact : ruleSet.data().facts()) {
        session.insert(fact);
      }
      List<ClaimFact> claims = new ArrayList<>();
      for (Claim c : incident.claims()) {
        ClaimFact f = new ClaimFact(c, incident.dateOf(c.reportId()));
        claims.add(f);
        session.insert(f);
      }
      // The manifest lists the policies in order; the focus stack runs the last pushed first.
      List<String> agenda = ruleSet.agenda();
      for (int i = agenda.size() - 1; i >= 0; i--) {
        session.getAgenda().getAgendaGroup(agenda.get(i)).setFocus();
      }
      int n = session.fireAllRules(MAX_FIRINGS);
      if (n >= MAX_FIRINGS) {
        throw RuleSetException.about(
            ruleSet.label(),
            "the rules did not settle after "
                + MAX_FIRINGS
                + " firings; last: "
                + fired.names().get(fired.names().size() - 1));
      }
      return new ResolutionAssembler(
              ruleSet, locations, claims, session.getObjects(), fired.names())
          .assemble();
    } finally {
      session.dispose();
    }
  }

  private static KieSessionConfiguration singleThreaded() {
    KieSessionConfiguration conf = KieServices.Factory.get().newKieSessionConfiguration();
    conf.setOption(ThreadSafeOption.NO);
    return conf;
  }
}
