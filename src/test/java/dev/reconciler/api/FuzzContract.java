package dev.reconciler.api;

import dev.reconciler.json.JsonFormatException;
import dev.reconciler.reconcile.RuleSetException;
import dev.reconciler.report.BadReportException;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Supplier;

/**
 * The contract every fuzz target of a request body checks: the parsing layer returns a value or
 * throws one of the project's own bad-input exceptions, the ones {@link ProblemMapper} answers with
 * a 4xx problem; anything else (a NullPointerException, an IllegalStateException, a
 * StackOverflowError) escapes and is Jazzer's finding. So is an input that takes longer than {@link
 * #BUDGET} (each target runs once on a valid input before, so that loading the parsers' classes
 * does not count); a watchdog prints an input still running after {@link #STUCK} with the parser's
 * stack, so that a hang shows what hangs.
 */
final class FuzzContract {

  /**
   * What one input may take: the parsers read a body of a few KB in microseconds to milliseconds;
   * the margin is for the classes an input loads first (Jazzer instruments each as it loads).
   */
  static final Duration BUDGET = Duration.ofSeconds(5);

  static final Duration STUCK = Duration.ofSeconds(20);

  private static volatile byte[] current;
  private static volatile long startedAt;
  private static volatile Thread worker;

  static {
    Thread watchdog =
        new Thread(
            () -> {
              byte[] reported = null;
              while (true) {
                try {
                  Thread.sleep(500);
                } catch (InterruptedException e) {
                  return;
                }
                byte[] running = current;
                if (running != null
                    && running != reported
                    && System.nanoTime() - startedAt > STUCK.toNanos()) {
                  reported = running;
                  StringBuilder stack = new StringBuilder();
                  for (StackTraceElement e : worker.getStackTrace()) {
                    stack.append("\n\tat ").append(e);
                  }
                  System.err.println(
                      "FUZZ INPUT STUCK for more than "
                          + STUCK.toSeconds()
                          + " s (base64): "
                          + Base64.getEncoder().encodeToString(running)
                          + stack);
                }
              }
            },
            "fuzz-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
  }

  private FuzzContract() {}

  /** Runs {@code target} on one input and fails when it took longer than {@link #BUDGET}. */
  static void within(byte[] input, Runnable target) {
    worker = Thread.currentThread();
    startedAt = System.nanoTime();
    current = input;
    try {
      target.run();
    } finally {
      current = null;
    }
    long took = System.nanoTime() - startedAt;
    if (took > BUDGET.toNanos()) {
      throw new AssertionError(
          "one input took " + took / 1_000_000 + " ms (at most " + BUDGET.toMillis() + " ms)");
    }
  }

  /**
   * The value {@code parse} returns, or null when it refused the input with a bad-input exception;
   * every other exception propagates.
   */
  static <T> T valueOrRefusal(Supplier<T> parse) {
    try {
      T value = parse.get();
      if (value == null) {
        throw new AssertionError("a parser returned null instead of a value or a refusal");
      }
      return value;
    } catch (RuntimeException e) {
      if (isRefusal(e)) {
        return null;
      }
      throw e;
    }
  }

  /** An exception the API answers as a client's error, with a message that says what is wrong. */
  static boolean isRefusal(RuntimeException e) {
    boolean ours =
        e instanceof ProblemException p && p.status() >= 400 && p.status() < 500
            || e instanceof BadReportException
            || e instanceof JsonFormatException
            || e instanceof RuleSetException;
    if (ours && (e.getMessage() == null || e.getMessage().isBlank())) {
      throw new AssertionError("a refusal without a message: " + e.getClass().getName(), e);
    }
    return ours;
  }
}
