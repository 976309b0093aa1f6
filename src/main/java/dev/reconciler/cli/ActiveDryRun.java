package dev.reconciler.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reconciler.json.Json;
import dev.reconciler.reconcile.RuleSetLoader;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

/**
 * Asks the running service what a candidate rule set would change in every stored incident: its dry
 * run, which compares each incident's current resolution (made by the rules in force) with the
 * candidate's. Going through the API keeps one implementation of the comparison and the service's
 * rule that only editors may run rule files.
 */
final class ActiveDryRun {

  private final URI service;
  private final String user;
  private final char[] password;

  ActiveDryRun(URI service, String user, char[] password) {
    this.service = service;
    this.user = user;
    this.password = password;
  }

  /** The dry run's answer: {@code {"candidate","incidents","changes":[...],"failures":[...]}}. */
  JsonNode run(Path candidate) {
    ObjectNode body = Json.MAPPER.createObjectNode();
    ObjectNode files = body.putObject("files");
    RuleSetLoader.readDirectory(candidate).forEach(files::put);
    String credentials =
        Base64.getEncoder()
            .encodeToString((user + ":" + new String(password)).getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(service.resolve("/api/rulesets/dry-run"))
            .timeout(Duration.ofMinutes(10))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .header("Authorization", "Basic " + credentials)
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build();
    HttpResponse<String> response;
    try {
      response =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(5))
              .build()
              .send(request, HttpResponse.BodyHandlers.ofString());
    } catch (ConnectException e) {
      throw new OneLineErrors.UsageProblem(
          "no service answers at "
              + service
              + " (start it with ./reconciler serve, or give --url)");
    } catch (IOException e) {
      throw new IllegalStateException(
          "the service at " + service + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted");
    }
    JsonNode answer = parse(response.body());
    if (response.statusCode() == 401 || response.statusCode() == 403) {
      throw new OneLineErrors.UsageProblem(
          "the service at "
              + service
              + " refused user '"
              + user
              + "' ("
              + response.statusCode()
              + "): an editor account is needed; give --user and RECONCILER_EDITOR_PASSWORD");
    }
    if (response.statusCode() != 200) {
      String detail = answer.path("detail").asText(response.body());
      throw new IllegalStateException(
          "the service's dry run failed (" + response.statusCode() + "): " + detail);
    }
    return answer;
  }

  private static JsonNode parse(String text) {
    try {
      return Json.MAPPER.readTree(text);
    } catch (IOException e) {
      return Json.MAPPER.createObjectNode();
    }
  }
}
