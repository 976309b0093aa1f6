package dev.reconciler.bench;

import dev.reconciler.reconcile.Incident;
import dev.reconciler.reconcile.Reconciler;
import dev.reconciler.reconcile.Resolution;
import dev.reconciler.reconcile.RuleCompiler;
import dev.reconciler.reconcile.RuleSet;
import dev.reconciler.reconcile.RuleSetLoader;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reconciliations per second of generated incidents of {@code claims} claims, on the calling
 * thread: Drools with the rules in {@code rules/} against the hand-coded policy. Each call takes
 * the next of 256 generated incidents (seed 42), so the figure is an average over varied incidents,
 * not one incident the JIT has learnt by heart. The hand-coded policy does not depend on {@code
 * compiler}; it runs once per compiler all the same, so that every Drools figure has a hand-coded
 * one from the same part of the run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EngineBenchmark {

  static final int POOL = 256;

  @Param({"30"})
  public int claims;

  /** The rule compiler ({@link RuleCompiler}): {@code executable-model} or {@code interpreted}. */
  @Param({"interpreted"})
  public String compiler;

  private Incident[] incidents;
  private Reconciler drools;
  private HandCodedPolicy handCoded;
  private int next;

  @Setup
  public void setUp() {
    RuleSet rules =
        RuleSetLoader.fromDirectory(Path.of(System.getProperty("bench.rules", "rules")));
    drools = new Reconciler(rules, RuleCompiler.parse(compiler));
    handCoded = new HandCodedPolicy(rules.data());
    IncidentGenerator generator = new IncidentGenerator(42, rules.data());
    incidents = new Incident[POOL];
    for (int i = 0; i < POOL; i++) {
      incidents[i] = generator.next(claims);
    }
  }

  private Incident nextIncident() {
    Incident i = incidents[next];
    next = (next + 1) % POOL;
    return i;
  }

  @Benchmark
  public Resolution drools() {
    return drools.reconcile(nextIncident());
  }

  @Benchmark
  public HandCodedPolicy.Result handCoded() {
    return handCoded.reconcile(nextIncident());
  }
}
