package dev.reconciler.app.extractor;

import dev.reconciler.config.ServerConfig;
import dev.reconciler.extract.ClaimExtractor;
import dev.reconciler.extract.Extractor;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The application's one claim extractor, built in the background once the rules are in force:
 * loading the CoreNLP models takes seconds and gigabytes of heap (BENCHMARKS.md, "Extraction with
 * CoreNLP"), and the service answers reads meanwhile. Until it is loaded, or when it failed to
 * load, {@link #status()} says so, {@code /health/ready} shows it as the check {@code extractor},
 * and reports get 503 instead of being read by anything less. Once built, one extractor serves
 * every thread.
 *
 * <p>The models come from the class path: Payara Micro's {@code --addLibs} jar in the service
 * ({@code launch.PayaraServer}), the models jar itself elsewhere.
 */
@Singleton
@Startup
@DependsOn("RulesInForce")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
@LocalBean
@Local(ReadyExtractor.class)
public class ExtractorLoader implements ReadyExtractor {

  /**
   * How long loading takes in the server on a 2-core machine (BENCHMARKS.md): the basis of the
   * {@code Retry-After} a report posted meanwhile gets.
   */
  static final Duration EXPECTED_LOAD = Duration.ofSeconds(20);

  private static final Logger LOG = Logger.getLogger(ExtractorLoader.class.getName());

  @Inject ServerConfig config;

  @Resource ManagedExecutorService executor;

  private volatile ExtractorStatus status;
  private Future<?> task;

  @PostConstruct
  void start() {
    Duration delay = config.extractorDelay();
    status = ExtractorStatus.loading(Instant.now().plus(delay).plus(EXPECTED_LOAD));
    task = executor.submit(() -> load(delay));
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(true);
    }
  }

  /** Loading, loaded (with the extractor) or failed (with why). */
  public ExtractorStatus status() {
    return status;
  }

  @Override
  public ClaimExtractor ready() {
    return status.require(Instant.now());
  }

  private void load(Duration delay) {
    try {
      if (!delay.isZero()) {
        LOG.info(
            () ->
                "reconciler: loading the extractor in "
                    + delay.toMillis()
                    + " ms (RECONCILER_EXTRACTOR_DELAY_MS)");
        Thread.sleep(delay.toMillis());
      }
      Instant began = Instant.now();
      status = ExtractorStatus.loading(began.plus(EXPECTED_LOAD));
      LOG.info("reconciler: loading the CoreNLP models for the extractor");
      Extractor extractor = new Extractor();
      Duration took = Duration.between(began, Instant.now());
      status = ExtractorStatus.loaded(extractor, took);
      LOG.info(
          () ->
              String.format(
                  Locale.ROOT,
                  "reconciler: extractor ready: CoreNLP models loaded in %.1f s",
                  took.toMillis() / 1000.0));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      status = ExtractorStatus.failed("the server stopped before the extractor was loaded");
    } catch (OutOfMemoryError e) {
      status =
          ExtractorStatus.failed(
              "out of memory while loading the CoreNLP models (max heap "
                  + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                  + " MiB; they need about 3 GiB: RECONCILER_SERVER_JAVA_OPTS=-Xmx3g)");
      LOG.severe("reconciler: the extractor cannot be used: " + status.problem());
    } catch (Throwable t) { // A missing model is a RuntimeException, a missing class an Error.
      status = ExtractorStatus.failed("the CoreNLP models could not be loaded: " + rootMessage(t));
      LOG.log(Level.SEVERE, "reconciler: the extractor cannot be used: " + status.problem(), t);
    }
  }

  /** The innermost cause's message, on one line, shortened. */
  static String rootMessage(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String m =
        root.getMessage() == null
            ? root.getClass().getName()
            : root.getClass().getSimpleName() + ": " + root.getMessage();
    m = m.replaceAll("\\s+", " ").strip();
    return m.length() > 300 ? m.substring(0, 300) + "..." : m;
  }
}
