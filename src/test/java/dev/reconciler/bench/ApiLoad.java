package dev.reconciler.bench;

import dev.reconciler.config.Settings;
import dev.reconciler.launch.ReconcilerService;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The API under load: starts the real service ({@code ./reconciler serve}'s code: embedded
 * PostgreSQL, Payara Micro with the packaged WAR; run {@code package} first), then runs {@link
 * LoadGenerator} in a separate JVM against it: POST /api/reports at fixed concurrency (which also
 * creates the incidents read next), GET /api/incidents/{id} at a fixed 200 requests/s, and GET at
 * fixed concurrency for its ceiling. Each measured run is repeated {@code bench.runs} times.
 */
final class ApiLoad {

  private ApiLoad() {}

  public static void main(String[] args) throws Exception {
    int runs = Integer.getInteger("bench.runs", 3);
    int seconds = Integer.getInteger("bench.seconds", 20);
    // The open-loop GET rate (issue 15 asks for 500 per second; 200 before it).
    int rate = Integer.getInteger("bench.rate", 500);
    // "all", or "get-rate" for only the fixed-rate GET runs (after the same warm-up).
    String only = System.getProperty("bench.api", "all");
    Map<String, String> env = new HashMap<>();
    Path dir = Files.createTempDirectory(Path.of("target"), "bench-api-");
    env.put(Settings.DATA_DIR, dir.resolve("data").toString());
    env.put(Settings.LOG_DIR, dir.resolve("logs").toString());
    env.put(Settings.PORT, Integer.toString(freePort()));
    long t0 = System.nanoTime();
    try (ReconcilerService service =
        ReconcilerService.start(
            Settings.from(env),
            Path.of("target"),
            Duration.ofMinutes(6),
            line -> System.out.println("[service] " + line))) {
      System.out.printf(
          "service ready for reads in %.1f s at %s%n",
          (System.nanoTime() - t0) / 1e9, service.baseUri());
      var extractor = service.awaitExtractor(Duration.ofMinutes(6));
      if (extractor.kind() != dev.reconciler.launch.ExtractorOutcome.Kind.LOADED) {
        throw new IllegalStateException("the extractor is not loaded: " + extractor.detail());
      }
      System.out.printf(
          "extractor ready in %.1f s (models loaded in %s s)%n",
          (System.nanoTime() - t0) / 1e9, extractor.detail());
      String base = service.baseUri().toString();

      System.out.println("warm-up (not counted):");
      load(base, "POST", "/api/reports", "conc", 2, seconds, 1, "warm-up POST");
      int incidents = incidentCount(service.baseUri());
      System.out.println("incidents stored: " + incidents);
      // Closed loop, so the warm-up leaves no queue behind for the first measured run; long enough
      // for the server's JIT to settle on the read path (the first minute or two of reads are
      // several times slower than the rest).
      int warmup = Integer.getInteger("bench.warmupSeconds", 90);
      load(base, "GET", "/api/incidents/{id}", "conc", 16, warmup, incidents, "warm-up GET");

      System.out.println("measured:");
      // Full documents first, then the same rate from clients that keep each document's ETag and
      // send it back (mostly 304 without a body).
      for (boolean revalidate : new boolean[] {false, true}) {
        for (int r = 1; r <= runs; r++) {
          load(
              base,
              "GET",
              "/api/incidents/{id}",
              "rate",
              rate,
              seconds,
              incidents,
              "run " + r + " GET /api/incidents/{id}" + (revalidate ? " revalidating" : ""),
              revalidate);
        }
      }
      for (int r = 1; r <= runs && only.equals("all"); r++) {
        load(
            base,
            "GET",
            "/api/incidents/{id}",
            "conc",
            16,
            seconds,
            incidents,
            "run " + r + " GET /api/incidents/{id}");
      }
      for (int r = 1; r <= runs && only.equals("all"); r++) {
        load(
            base, "POST", "/api/reports", "conc", 4, seconds, 1, "run " + r + " POST /api/reports");
      }
    }
  }

  /** Runs the load generator in its own JVM and echoes its result line. */
  private static void load(
      String base,
      String method,
      String path,
      String mode,
      int n,
      int seconds,
      int ids,
      String label)
      throws Exception {
    load(base, method, path, mode, n, seconds, ids, label, false);
  }

  /** {@code revalidate}: the client sends each document's ETag back (If-None-Match). */
  private static void load(
      String base,
      String method,
      String path,
      String mode,
      int n,
      int seconds,
      int ids,
      String label,
      boolean revalidate)
      throws Exception {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-DifNoneMatch=" + revalidate,
                "-cp",
                // The bench's own class path: test classes and the load generator's HTTP client.
                System.getProperty("java.class.path"),
                LoadGenerator.class.getName(),
                base,
                method,
                path,
                mode,
                Integer.toString(n),
                Integer.toString(seconds),
                Integer.toString(ids),
                label));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
      out.lines().forEach(System.out::println);
    }
    p.waitFor();
  }

  private static int incidentCount(URI base) throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String body =
        client
            .send(
                HttpRequest.newBuilder(base.resolve("/api/incidents?page=0&size=1")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    var m = java.util.regex.Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(body);
    return m.find() ? Integer.parseInt(m.group(1)) : 1;
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
