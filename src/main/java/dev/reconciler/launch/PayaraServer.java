package dev.reconciler.launch;

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
import java.util.stream.Stream;

/**
 * Payara Micro running the application WAR as a child process, with its log in a file.
 *
 * <p>A separate JVM keeps Payara's class path apart from the launcher's (STACK-NOTES 4 and the
 * in-JVM API's fragility). Readiness is taken from {@code /health/ready}, never from the log's
 * "ready" line, because a failed deployment still logs it (STACK-NOTES 6).
 */
public final class PayaraServer implements AutoCloseable {

  /** Log lines that mean the application will never become ready. */
  private static final Pattern DEPLOYMENT_FAILED =
      Pattern.compile(
          "Exception while loading the app|Exception during lifecycle processing"
              + "|Deployment of .* failed|Failed to deploy|Address already in use");

  private static final Duration STOP_GRACE = Duration.ofSeconds(30);

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
   * database}; {@code extraEnv} is added to the child's environment.
   */
  public static PayaraServer start(
      Path payaraJar,
      Path war,
      int port,
      DatabaseTarget database,
      Path logFile,
      Map<String, String> extraEnv) {
    requireFile(payaraJar, "Payara Micro");
    requireFile(war, "the application WAR");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    String javaOpts = System.getenv("RECONCILER_SERVER_JAVA_OPTS");
    if (javaOpts != null && !javaOpts.isBlank()) {
      command.addAll(List.of(javaOpts.strip().split("\\s+")));
    }
    command.addAll(
        List.of(
            "-jar",
            payaraJar.toAbsolutePath().toString(),
            "--deploy",
            war.toAbsolutePath().toString(),
            "--port",
            Integer.toString(port),
            "--nocluster",
            "--disablephonehome"));
    try {
      Files.createDirectories(logFile.toAbsolutePath().getParent());
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
   * Waits until {@code /health/ready} answers 200; fails as soon as the process dies or the log
   * shows that the deployment failed, with the first error line of the log.
   */
  public void awaitReady(Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    HttpRequest ready =
        HttpRequest.newBuilder(baseUri().resolve("health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build();
    String lastAnswer = "no answer";
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new ServerFailedException(
            "the server stopped during start-up (exit " + process.exitValue() + "): "
                + firstError() + "; full log: " + logFile);
      }
      if (logShowsFailedDeployment()) {
        throw new ServerFailedException(
            "the application failed to deploy: " + firstError() + "; full log: " + logFile);
      }
      try {
        HttpResponse<String> r = http.send(ready, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return;
        }
        lastAnswer = r.statusCode() + " " + r.body().replaceAll("\\s+", " ");
      } catch (IOException e) {
        // Not listening yet.
        lastAnswer = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ServerFailedException("interrupted while waiting for the server");
      }
      sleep(500);
    }
    throw new ServerFailedException(
        "the server was not ready within " + timeout.toSeconds() + " s: " + firstError()
            + "; last answer from /health/ready: " + lastAnswer + "; full log: " + logFile);
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
