package dev.reconciler.it;

import dev.reconciler.config.Settings;
import dev.reconciler.launch.ExtractorOutcome;
import dev.reconciler.launch.ReconcilerService;
import dev.reconciler.reconcile.RulesFixture;
import dev.reconciler.security.PasswordHash;
import dev.reconciler.security.UserAccounts;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the real service once for all integration tests of a run, exactly as {@code ./reconciler
 * serve} does: database first (embedded, or external per {@link TestDatabase}), then Payara Micro
 * with the packaged WAR from {@code target/}, and waits until its extractor's models are loaded
 * ({@link #withExtractor}). Stopped when the test run ends. Tests receive it as a {@link
 * ReconcilerService} parameter.
 */
public final class RunningService implements ParameterResolver {

  private static final Namespace NAMESPACE = Namespace.create(RunningService.class);

  /** An account in role editor on the test service, and one without it. */
  public static final String EDITOR = "ada";

  public static final String EDITOR_PASSWORD = "ada-edits-rules";
  public static final String READER = "rob";
  public static final String READER_PASSWORD = "rob-only-reads";

  /**
   * How long a test waits for a server to become ready. Generous on purpose: a loaded machine makes
   * the tests slow, not red; a deployment that fails is reported at once from its log.
   */
  public static final Duration READY_TIMEOUT = Duration.ofMinutes(15);

  /** {@link #READY_TIMEOUT} for {@code serve --ready-timeout}, and a little more for its output. */
  public static final String READY_TIMEOUT_SECONDS = Long.toString(READY_TIMEOUT.toSeconds());

  public static final long READY_LINE_SECONDS = READY_TIMEOUT.toSeconds() + 60;

  /** The running service, started on first use. */
  public static ReconcilerService get(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent("service", k -> new Handle(start()), Handle.class)
        .service;
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == ReconcilerService.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return get(context);
  }

  private static ReconcilerService start() {
    try {
      Map<String, String> env = new HashMap<>();
      Path dir = Files.createTempDirectory(Path.of("target"), "it-service-");
      env.put(Settings.DATA_DIR, dir.resolve("data").toString());
      env.put(Settings.LOG_DIR, dir.resolve("logs").toString());
      env.put(Settings.PORT, Integer.toString(freePort()));
      env.put(
          Settings.USERS,
          UserAccounts.entry(
                  EDITOR, PasswordHash.hash(EDITOR_PASSWORD.toCharArray()), UserAccounts.EDITOR)
              + ","
              + UserAccounts.entry(
                  READER, PasswordHash.hash(READER_PASSWORD.toCharArray()), "reader"));
      if (TestDatabase.external()) {
        env.put(Settings.DB_URL, TestDatabase.freshExternalSchemaUrl());
        env.put(Settings.DB_USER, TestDatabase.user());
        env.put(Settings.DB_PASSWORD, TestDatabase.password());
      }
      return withExtractor(
          ReconcilerService.start(
              Settings.from(env),
              Path.of("target"),
              READY_TIMEOUT,
              line -> System.out.println("[service] " + line)));
    } catch (Exception e) {
      throw new IllegalStateException(
          "could not start the service for the tests: " + e.getMessage(), e);
    }
  }

  /**
   * Starts a service of its own on a copy of the default rules in {@code dir}/rules, with the file
   * watch on (settling after 300 ms) and the one editor account; its console lines go to standard
   * output behind {@code tag}. Does not wait for the extractor.
   */
  public static ReconcilerService watchingRules(Path dir, String tag) throws Exception {
    Path rules = RulesFixture.copyTo(dir.resolve("rules"));
    Map<String, String> env = new HashMap<>();
    env.put(Settings.DATA_DIR, dir.resolve("data").toString());
    env.put(Settings.LOG_DIR, dir.resolve("logs").toString());
    env.put(Settings.PORT, Integer.toString(freePort()));
    env.put(Settings.RULES_DIR, rules.toString());
    env.put(Settings.RULES_WATCH, "true");
    env.put(Settings.RULES_SETTLE_MS, "300");
    env.put(
        Settings.USERS,
        UserAccounts.entry(
            EDITOR, PasswordHash.hash(EDITOR_PASSWORD.toCharArray()), UserAccounts.EDITOR));
    return ReconcilerService.start(
        Settings.from(env),
        Path.of("target"),
        READY_TIMEOUT,
        line -> System.out.println("[" + tag + "] " + line));
  }

  /**
   * Returns {@code service} once its extractor's models are loaded (reads are served before: tests
   * that post reports need this); stops it and fails when they failed to load or took longer than
   * {@link #READY_TIMEOUT}.
   */
  public static ReconcilerService withExtractor(ReconcilerService service) {
    ExtractorOutcome outcome;
    try {
      outcome = service.awaitExtractor(READY_TIMEOUT);
    } catch (RuntimeException e) {
      service.close();
      throw e;
    }
    if (outcome.kind() != ExtractorOutcome.Kind.LOADED) {
      service.close();
      throw new IllegalStateException(
          "the extractor of the test service is not loaded ("
              + outcome.kind()
              + "): "
              + outcome.detail()
              + "; log: "
              + service.logFile());
    }
    System.out.println("[service] extractor ready (models loaded in " + outcome.detail() + " s)");
    return service;
  }

  /**
   * Kills {@code service}'s Payara Micro JVM (a child of this JVM, found by its port) with SIGKILL:
   * no shutdown hook, no {@code @PreDestroy}; the database rolls back what was in flight. Returns
   * once the process has ended.
   */
  static ProcessHandle killServer(ReconcilerService service) throws Exception {
    String port = "--port " + service.baseUri().getPort();
    ProcessHandle server =
        ProcessHandle.current()
            .descendants()
            .filter(
                p ->
                    p.info()
                        .commandLine()
                        .map(cl -> cl.contains("payara-micro") && cl.contains(port))
                        .orElse(false))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no Payara Micro process on " + port));
    server.destroyForcibly();
    server.onExit().get(60, TimeUnit.SECONDS);
    return server;
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** Closes the service when the root context (the whole test run) closes. */
  private static final class Handle implements ExtensionContext.Store.CloseableResource {
    final ReconcilerService service;

    Handle(ReconcilerService service) {
      this.service = service;
    }

    @Override
    public void close() throws Exception {
      service.close();
      if (!service.database().embedded()) {
        TestDatabase.dropExternalSchema(service.database().url());
      }
    }
  }
}
