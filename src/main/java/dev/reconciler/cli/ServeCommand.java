package dev.reconciler.cli;

import dev.reconciler.config.ClusterSettings;
import dev.reconciler.config.Settings;
import dev.reconciler.launch.EditorAccounts;
import dev.reconciler.launch.ExtractorOutcome;
import dev.reconciler.launch.FirstStartSeeds;
import dev.reconciler.launch.ReconcilerService;
import dev.reconciler.launch.RereconciliationWatch;
import dev.reconciler.launch.ServerFailedException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./reconciler serve}: starts the database (embedded unless RECONCILER_DB_URL is set) and
 * Payara Micro with the application, prints the URL, and stops both cleanly on Ctrl-C.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Starts the service on Payara Micro.",
      "Without RECONCILER_DB_URL it starts an embedded PostgreSQL whose data stays in --data."
    })
final class ServeCommand implements Callable<Integer> {

  @Option(names = "--port", description = "HTTP port (default: RECONCILER_PORT or 8080)")
  Integer port;

  @Option(names = "--data", description = "data directory (default: RECONCILER_DATA_DIR or ./data)")
  Path data;

  @Option(
      names = "--cluster",
      paramLabel = "NAME",
      description = {
        "join the other instances of cluster NAME through Payara's data grid (default:"
            + " RECONCILER_CLUSTER; none: a single instance); needs RECONCILER_DB_URL.",
        "Members from RECONCILER_CLUSTER_MEMBERS (host[:port],...; default 127.0.0.1), grid port"
            + " RECONCILER_CLUSTER_PORT (default 5900)"
      })
  String cluster;

  @Option(
      names = "--ready-timeout",
      defaultValue = "300",
      description = "seconds to wait for the server to become ready (default: ${DEFAULT-VALUE})")
  int readyTimeoutSeconds;

  @Option(
      names = "--no-seed",
      description = "do not post the reports in seeds/ on a first start with an empty database")
  boolean noSeed;

  @Option(names = "--seeds", defaultValue = "seeds", hidden = true)
  Path seeds;

  @Option(names = "--build-dir", defaultValue = "target", hidden = true)
  Path buildDir;

  @Override
  public Integer call() throws InterruptedException {
    Settings settings = Settings.fromEnvironment();
    if (port != null) {
      settings = settings.withPort(port);
    }
    if (data != null) {
      settings = settings.withDataDir(data);
    }
    if (cluster != null) {
      settings = settings.withCluster(ClusterSettings.from(cluster, System.getenv()));
    }
    Consumer<String> progress = line -> System.out.println("reconciler: " + line);
    // Before anything starts: a cluster on the embedded database, and production without editor
    // accounts, stop here in one line.
    ReconcilerService.requireSharedDatabase(settings);
    settings = EditorAccounts.resolve(settings, progress);
    long started = System.nanoTime();
    ReconcilerService service =
        ReconcilerService.start(
            settings, buildDir, Duration.ofSeconds(readyTimeoutSeconds), progress);
    Thread stopper = new Thread(() -> stop(service), "reconciler-stop");
    Runtime.getRuntime().addShutdownHook(stopper);
    System.out.printf(
        "reconciler: ready in %.1f s at %s  (health: %shealth, API description: %sopenapi)%n",
        (System.nanoTime() - started) / 1e9,
        service.baseUri(),
        service.baseUri(),
        service.baseUri());
    if (awaitExtractor(service, started) && !noSeed) {
      new FirstStartSeeds(service.baseUri(), settings.apiKey()).postIfEmpty(seeds, progress);
    }
    // An editor's rule change re-reconciles every incident: show its progress here.
    RereconciliationWatch watch =
        RereconciliationWatch.start(
            service.baseUri(),
            settings.apiKey(),
            Duration.ofSeconds(1),
            new RereconciliationBar(System.out, System.console() != null));
    System.out.println("reconciler: press Ctrl-C to stop");
    int exit = service.awaitServerExit();
    watch.close();
    try {
      Runtime.getRuntime().removeShutdownHook(stopper);
    } catch (IllegalStateException shuttingDown) {
      // Ctrl-C: the hook stops everything; nothing went wrong.
      return 0;
    }
    // The server ended on its own: say so and stop the database before exiting.
    service.close();
    System.err.println(
        "reconciler serve: the server stopped (exit " + exit + "); see " + service.logFile());
    return 1;
  }

  /**
   * Reads are served; reports wait for the CoreNLP models. Says when they are loaded (true), or
   * that they failed to load or are still loading after the ready timeout (false).
   */
  private boolean awaitExtractor(ReconcilerService service, long started) {
    ExtractorOutcome now;
    try {
      now = service.extractor();
      if (now.kind() == ExtractorOutcome.Kind.LOADING) {
        System.out.println(
            "reconciler: loading the CoreNLP models"
                + (now.retryAfterSeconds() > 0 ? " (about " + now.retryAfterSeconds() + " s)" : "")
                + "; until they are loaded, reads work and POST /api/reports answers 503");
        now = service.awaitExtractor(Duration.ofSeconds(readyTimeoutSeconds));
      }
    } catch (ServerFailedException stopped) {
      return false; // Ctrl-C, or the server died: call() says which.
    }
    switch (now.kind()) {
      case LOADED -> {
        System.out.printf(
            "reconciler: extractor ready in %.1f s (models loaded in %s s)%n",
            (System.nanoTime() - started) / 1e9, now.detail());
        return true;
      }
      case FAILED ->
          System.out.println(
              "reconciler: the extractor could not be loaded: "
                  + now.detail()
                  + "; reads work, POST /api/reports answers 503 (log: "
                  + service.logFile()
                  + ")");
      case LOADING ->
          System.out.println(
              "reconciler: the extractor is still loading after "
                  + readyTimeoutSeconds
                  + " s more; POST /api/reports answers 503 until it is (see "
                  + service.baseUri()
                  + "health/ready)");
    }
    return false;
  }

  private static void stop(ReconcilerService service) {
    System.out.println("reconciler: stopping the server and the database...");
    service.close();
    System.out.println("reconciler: stopped");
  }
}
