package dev.reconciler.launch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reconciler.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * On a first start (no incident in the database yet) posts the reports in {@code seeds/} through
 * the API, as any client would, so that a new user sees a reconciled incident at once.
 */
public final class FirstStartSeeds {

  private final URI base;
  private final String apiKey;
  // Plain HTTP/1.1: the JDK client's default h2c upgrade ends in "EOF reached while reading" with
  // Payara.
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  public FirstStartSeeds(URI base, String apiKey) {
    this.base = base;
    this.apiKey = apiKey;
  }

  /** Posts every {@code *.txt} of {@code dir} in name order when the database has no incident. */
  public void postIfEmpty(Path dir, Consumer<String> progress) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try {
      JsonNode page = Json.MAPPER.readTree(send(request("api/incidents?size=1").GET(), 200));
      if (page.path("total").asLong(0) > 0) {
        return;
      }
      List<Path> seeds;
      try (Stream<Path> files = Files.list(dir)) {
        seeds = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
      }
      for (Path seed : seeds) {
        send(
            request("api/reports")
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        Files.readString(seed, StandardCharsets.UTF_8))),
            201);
      }
      progress.accept(
          "first start: posted the "
              + seeds.size()
              + " reports of "
              + dir
              + "; see "
              + base.resolve("api/incidents")
              + " (skip this with --no-seed)");
    } catch (IOException | RuntimeException e) {
      // The service runs either way; an empty database is not a reason to stop it.
      progress.accept("first start: could not post the seed reports: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(120))
            .header("Accept", "application/json");
    if (apiKey != null) {
      r.header("X-API-Key", apiKey);
    }
    return r;
  }

  private String send(HttpRequest.Builder request, int expected)
      throws IOException, InterruptedException {
    HttpRequest built = request.build();
    HttpResponse<String> r =
        http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (r.statusCode() != expected && !(expected == 201 && r.statusCode() == 200)) {
      throw new IOException(
          built.method()
              + " "
              + built.uri().getPath()
              + " answered "
              + r.statusCode()
              + ": "
              + r.body());
    }
    return r.body();
  }
}
