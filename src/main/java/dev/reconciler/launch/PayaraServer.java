package dev.reconciler.launch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reconciler.config.ClusterSettings;
import dev.reconciler.config.Settings;
import dev.reconciler.json.Json;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Payara Micro running the application WAR as a child process, with its log in a file.
 *
 * <p>A separate JVM keeps Payara's class path apart from the launcher's (STACK-NOTES 4 and the
 * in-JVM API's fragility). Readiness is taken from {@code /health/ready}, never from the log's
 * "ready" line, because a failed deployment still logs it (STACK-NOTES 6): first ready for reads
 * (every check UP but the extractor's), then the extractor's models loaded.
 */
public final class PayaraServer implements AutoCloseable {

  /** Log lines that mean the application will never become ready. */
  private static final Pattern DEPLOYMENT_FAILED =
      Pattern.compile(
          "Exception while loading the app|Exception during lifecycle processing"
              + "|Deployment of .* failed|Failed to deploy|Address already in use");

  private static final Duration STOP_GRACE = Duration.ofSeconds(30);

  /** Payara's HTTP worker threads (see {@link #PRE_BOOT_COMMANDS}). */
  static final int HTTP_THREADS = 16;

  /** The largest request head (request line and headers) the listener reads. */
  static final int HEADER_BUFFER_BYTES = 65536;

  /** The readiness check of the extractor (health.ExtractorReadiness.NAME). */
  public static final String EXTRACTOR_CHECK = "extractor";

  /**
   * asadmin commands run before Payara Micro boots ({@code --prebootcommandfile}): the HTTP
   * listener (Grizzly) compresses with gzip the JSON answers of at least 2 KB for clients that send
   * {@code Accept-Encoding: gzip}; smaller ones go as they are (a known {@code Content-Length}
   * below the minimum; Jersey knows it for bodies it buffers whole, up to 8 KB). The incident
   * document is 20 to 40 KB of JSON, so this is where it pays. The server does it, not the
   * application, so every endpoint gets it and the WAR stays free of it; a WAR deployed on another
   * server gets it from that server's own listener setting or a proxy in front.
   *
   * <p>The HTTP worker threads are {@link #HTTP_THREADS}, not Payara's 200: on a machine of a few
   * cores more threads add no throughput, and under load 200 threads queue on the container's own
   * locks (the random number behind each request's trace id, the security layer's bean manager
   * look-up) instead of in the listener's queue (BENCHMARKS.md, "API under load").
   *
   * <p>{@code TRACE} is passed on to the application ({@code trace-enabled}): refused by the
   * connector it gets a 405 without a body; passed on, {@code api.AllowedMethods} and JAX-RS answer
   * it with a problem document (nothing echoes it). The request header limit is {@link
   * #HEADER_BUFFER_BYTES} rather than 8 KB, so that an over-long header reaches the application,
   * which says what is wrong with it; headers above that still get the listener's bare 400.
   */
  static final List<String> PRE_BOOT_COMMANDS =
      List.of(
          "set configs.config.server-config.thread-pools.thread-pool.http-thread-pool"
              + ".max-thread-pool-size="
              + HTTP_THREADS,
          "set configs.config.server-config.network-config.protocols.protocol.http-listener.http"
              + ".compression=on",
          "set configs.config.server-config.network-config.protocols.protocol.http-listener.http"
              + ".compressable-mime-type=application/json,application/problem+json",
          "set configs.config.server-config.network-config.protocols.protocol.http-listener.http"
              + ".compression-min-size-bytes=2048",
          "set configs.config.server-config.network-config.protocols.protocol.http-listener.http"
              + ".trace-enabled=true",
          "set configs.config.server-config.network-config.protocols.protocol.http-listener.http"
              + ".header-buffer-length-bytes="
              + HEADER_BUFFER_BYTES);

  private final Process process;
  private final int port;
  private final Path logFile;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  private PayaraServer(Process process, int port, Path logFile) {
    this.process = process;
    this.port = port;
    this.logFile = logFile;
  }

  /**
   * Starts Payara Micro with {@code war} at the root context on {@code port}, using {@code
   * database}, with {@code libraries} on the server's class path ({@code --addLibs}: the CoreNLP
   * models, kept out of the WAR so that no deployment unpacks them); {@code extraEnv} is added to
   * the child's environment; {@code cluster} is the data grid it joins (null: {@code --nocluster},
   * a single instance). The JVM options are {@code RECONCILER_SERVER_JAVA_OPTS}, with {@link
   * Settings#DEFAULT_SERVER_HEAP} unless they set the heap.
   */
  public static PayaraServer start(
      Path payaraJar,
      Path war,
      List<Path> libraries,
      int port,
      DatabaseTarget database,
      Path logFile,
      ClusterSettings cluster,
      Map<String, String> extraEnv) {
    requireFile(payaraJar, "Payara Micro");
    requireFile(war, "the application WAR");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(javaOptions(System.getenv(Settings.SERVER_JAVA_OPTS)));
    command.addAll(
        List.of(
            "-jar",
            payaraJar.toAbsolutePath().toString(),
            "--deploy",
            war.toAbsolutePath().toString(),
            "--port",
            Integer.toString(port),
            "--disablephonehome"));
    if (cluster == null) {
      command.add("--nocluster");
    } else {
      command.addAll(cluster.payaraOptions());
    }
    if (!libraries.isEmpty()) {
      command.add("--addLibs");
      command.add(
          libraries.stream()
              .map(p -> p.toAbsolutePath().toString())
              .collect(Collectors.joining(File.pathSeparator)));
    }
    try {
      Files.createDirectories(logFile.toAbsolutePath().getParent());
      Path preBoot = logFile.toAbsolutePath().getParent().resolve("payara-pre-boot.asadmin");
      Files.write(preBoot, PRE_BOOT_COMMANDS);
      command.add("--prebootcommandfile");
      command.add(preBoot.toString());
      ProcessBuilder pb = new ProcessBuilder(command);
      pb.environment().putAll(extraEnv);
      pb.environment().put("RECONCILER_DB_URL", database.url());
      pb.environment().put("RECONCILER_DB_USER", database.user());
      pb.environment().put("RECONCILER_DB_PASSWORD", database.password());
      pb.redirectErrorStream(true);
      pb.redirectOutput(logFile.toFile());
      return new PayaraServer(pb.start(), port, logFile);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start Payara Micro: " + e.getMessage(), e);
    }
  }

  /**
   * The server JVM's options: {@code configured} (RECONCILER_SERVER_JAVA_OPTS, may be null), with
   * {@link Settings#DEFAULT_SERVER_HEAP} first unless they set the maximum heap themselves.
   */
  static List<String> javaOptions(String configured) {
    List<String> options = new ArrayList<>();
    if (configured != null && !configured.isBlank()) {
      options.addAll(List.of(configured.strip().split("\\s+")));
    }
    boolean heapSet =
        options.stream()
            .anyMatch(
                o ->
                    o.startsWith("-Xmx")
                        || o.startsWith("-XX:MaxHeapSize=")
                        || o.startsWith("-XX:MaxRAMPercentage=")
                        || o.startsWith("-XX:MaxRAM="));
    if (!heapSet) {
      options.add(0, Settings.DEFAULT_SERVER_HEAP);
    }
    return options;
  }

  /**
   * The jars in {@code dir} (the build's {@code nlp/}, next to payara-micro.jar), in name order.
   */
  public static List<Path> librariesIn(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }

  private static void requireFile(Path file, String what) {
    if (!Files.isRegularFile(file)) {
      throw new ServerFailedException(
          what + " is missing at " + file.toAbsolutePath() + " (build with ./mvnw package)");
    }
  }

  public URI baseUri() {
    return URI.create("http://localhost:" + port + "/");
  }

  public Path logFile() {
    return logFile;
  }

  /**
   * Waits until the service answers reads: {@code /health/ready} answers 200, or 503 with every
   * check UP but {@value #EXTRACTOR_CHECK}'s (whose models load in the background). Fails as soon
   * as the process dies or the log shows that the deployment failed, with the first error line of
   * the log.
   */
  public void awaitReady(Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    String lastAnswer = "no answer";
    while (Instant.now().isBefore(deadline)) {
      failIfGone("during start-up");
      if (logShowsFailedDeployment()) {
        throw new ServerFailedException(
            "the application failed to deploy: " + firstError() + "; full log: " + logFile);
      }
      Readiness r = readiness();
      if (r.readyForReads()) {
        return;
      }
      lastAnswer = r.answer();
      sleep(500);
    }
    throw new ServerFailedException(
        "the server was not ready within "
            + timeout.toSeconds()
            + " s: "
            + firstError()
            + "; last answer from /health/ready: "
            + lastAnswer
            + "; full log: "
            + logFile);
  }

  /**
   * Has Payara build the API description ({@code /openapi}) now, and returns null when it answered
   * 200, else what it answered. Payara builds the document on the first request to {@code
   * /openapi}, scanning the application's classes while holding a lock, so every request to it
   * waits until the build is done: 4 s on an idle machine, 20 s and more on a loaded one, long
   * enough for a client's read timeout (the malformed-request batch found three {@code HEAD
   * /openapi} answers that never came within 30 s). Built once here, before the service is called
   * ready, it is served from Payara's cache from the first request on.
   */
  public String buildApiDescription(Duration timeout) {
    HttpRequest describe =
        HttpRequest.newBuilder(baseUri().resolve("openapi")).timeout(timeout).build();
    try {
      HttpResponse<Void> r = http.send(describe, HttpResponse.BodyHandlers.discarding());
      return r.statusCode() == 200 ? null : "HTTP " + r.statusCode();
    } catch (IOException e) {
      return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServerFailedException("interrupted while waiting for the server");
    }
  }

  /** Where the extractor is now, from {@code /health/ready} (once the service answers reads). */
  public ExtractorOutcome extractor() {
    failIfGone("");
    return readiness().extractor();
  }

  /**
   * Waits until the extractor's models are loaded or have failed to load, at most {@code timeout};
   * a {@link ExtractorOutcome.Kind#LOADING} outcome means the time ran out.
   */
  public ExtractorOutcome awaitExtractor(Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      ExtractorOutcome now = extractor();
      if (now.kind() != ExtractorOutcome.Kind.LOADING || !Instant.now().isBefore(deadline)) {
        return now;
      }
      sleep(500);
    }
  }

  private void failIfGone(String when) {
    if (!process.isAlive()) {
      throw new ServerFailedException(
          "the server stopped"
              + (when.isEmpty() ? "" : " " + when)
              + " (exit "
              + process.exitValue()
              + "): "
              + firstError()
              + "; full log: "
              + logFile);
    }
  }

  /** One answer of {@code /health/ready}: its status and body, or why there was none. */
  record Readiness(int status, JsonNode body, String answer) {

    /** An answer with {@code status} and {@code text} (a health document, or anything else). */
    static Readiness of(int status, String text) {
      JsonNode body;
      try {
        body = Json.MAPPER.readTree(text);
      } catch (IOException notJson) {
        body = null;
      }
      return new Readiness(status, body, status + " " + text.replaceAll("\\s+", " "));
    }

    /** 200, or 503 with the extractor's check DOWN and every other check UP. */
    boolean readyForReads() {
      if (status == 200) {
        return true;
      }
      if (status != 503 || body == null || !body.path("checks").isArray()) {
        return false;
      }
      boolean extractorSeen = false;
      for (JsonNode check : body.path("checks")) {
        boolean extractor = EXTRACTOR_CHECK.equals(check.path("name").asText());
        extractorSeen |= extractor;
        if (!extractor && !"UP".equals(check.path("status").asText())) {
          return false;
        }
      }
      return extractorSeen;
    }

    ExtractorOutcome extractor() {
      if (body != null) {
        for (JsonNode check : body.path("checks")) {
          if (EXTRACTOR_CHECK.equals(check.path("name").asText())) {
            JsonNode data = check.path("data");
            if ("UP".equals(check.path("status").asText())) {
              return new ExtractorOutcome(
                  ExtractorOutcome.Kind.LOADED, data.path("loadSeconds").asText(""), 0);
            }
            if ("failed".equals(data.path("state").asText())) {
              return new ExtractorOutcome(
                  ExtractorOutcome.Kind.FAILED, data.path("error").asText("(no reason given)"), 0);
            }
            return new ExtractorOutcome(
                ExtractorOutcome.Kind.LOADING, answer, data.path("retryAfterSeconds").asLong(0));
          }
        }
      }
      return new ExtractorOutcome(ExtractorOutcome.Kind.LOADING, answer, 0);
    }
  }

  private Readiness readiness() {
    HttpRequest ready =
        HttpRequest.newBuilder(baseUri().resolve("health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build();
    try {
      HttpResponse<String> r = http.send(ready, HttpResponse.BodyHandlers.ofString());
      return Readiness.of(r.statusCode(), r.body());
    } catch (IOException e) {
      // Not listening yet.
      return new Readiness(
          0,
          null,
          e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServerFailedException("interrupted while waiting for the server");
    }
  }

  private boolean logShowsFailedDeployment() {
    try (Stream<String> lines = readLog()) {
      return lines.anyMatch(l -> DEPLOYMENT_FAILED.matcher(l).find());
    }
  }

  /**
   * The most telling line of the log: the application's own first SEVERE message ("reconciler:
   * ..."), else the first SEVERE message or exception, shortened.
   */
  String firstError() {
    try (Stream<String> lines = readLog()) {
      java.util.Optional<String> own =
          lines
              .filter(l -> l.contains("SEVERE") && l.contains("reconciler: "))
              .map(l -> l.substring(l.indexOf("reconciler: ")).strip())
              .map(l -> l.length() > 600 ? l.substring(0, 600) + "..." : l)
              .findFirst();
      if (own.isPresent()) {
        return own.get();
      }
    }
    try (Stream<String> lines = readLog()) {
      return lines
          .map(String::strip)
          .filter(l -> l.contains("SEVERE") || l.matches("^[\\w.$]+(Exception|Error)\\b.*"))
          .filter(l -> !l.contains("phone home"))
          .map(l -> l.length() > 300 ? l.substring(0, 300) + "..." : l)
          .findFirst()
          .orElse("no error in the log");
    }
  }

  private Stream<String> readLog() {
    try {
      return Files.readAllLines(logFile, StandardCharsets.ISO_8859_1).stream();
    } catch (IOException e) {
      return Stream.empty();
    }
  }

  /** Blocks until the server process ends and returns its exit code. */
  public int waitFor() throws InterruptedException {
    return process.waitFor();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** Asks Payara to shut down (SIGTERM), and kills it if it has not stopped after a grace time. */
  @Override
  public void close() {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
