package dev.reconciler.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reconciler.launch.ReconcilerService;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A seeded, bounded batch of malformed requests sent byte for byte to the real service: random
 * methods (unknown ones too), paths (every endpoint, traversal, percent-encodings, very long),
 * headers (odd Accept and Content-Type, malformed Authorization, gzip that is not, heads up to 48
 * KB) and bodies (truncated or invalid JSON, wrong types, huge numbers, deep nesting, binary). No
 * answer is a 5xx; every answer of 400 or more is a problem document with a type of ours; the
 * connector's documented refusals (a NUL or backslash in the path, {@code ..} above the root, a
 * header value with a byte outside visible ASCII, a head over 64 KB) are its 400 {@code
 * refused-by-connector} problem, which only those and the ones it makes only sometimes (a body on
 * GET, DELETE or another method without one, a body declared gzip that is not, some paths with dot
 * segments, a path not UTF-8) may get; and the stored data is unchanged. Every request is sent and
 * checked, and the failures are listed together.
 *
 * <p>Request {@code i} is drawn from its own {@code Random} seeded from the seed and {@code i}
 * ({@link #requestSeed}), so a failure names the seed and the index, and {@code -Dmalformed.seed=S
 * -Dmalformed.only=I} sends that one request again. {@code -Dmalformed.count=N} sends another
 * number (default 10,000), {@code -Dmalformed.threads=T} on T connections at a time (default 4).
 *
 * <p>No body is a valid report or valid claims (each is malformed by construction, and to {@code
 * /api/reports} a body not declared JSON is empty, blank or binary, which the text reader refuses),
 * and no {@code Authorization} is a well-formed Basic one: a malformed header or another scheme is
 * neither counted as a wrong password nor recorded in the audit trail, on the activation endpoints
 * too, so the data must not change (a wrong password would be recorded, and would hold back this
 * address for the tests after this one).
 */
@ExtendWith(RunningService.class)
class MalformedRequestBatchIT {

  static final long SEED = Long.getLong("malformed.seed", 20261203L);
  static final int COUNT = Integer.getInteger("malformed.count", 10_000);
  static final int THREADS = Integer.getInteger("malformed.threads", 4);
  static final int ONLY = Integer.getInteger("malformed.only", -1);

  /** The request head the connector reads (ARCHITECTURE: the listener's 64 KB). */
  static final int HEAD_LIMIT = 64 * 1024;

  private static ReconcilerService service;
  private static URI base;

  @BeforeAll
  static void service(ReconcilerService running) throws Exception {
    service = running;
    base = running.baseUri();
    // The paths name incident 1: it must exist, so that a replayed request reaches the same code
    // as in the full run (where other classes have posted before), not a 404.
    Seeds.incident(running);
    assertThat(
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(base.resolve("/api/incidents/1")).build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode())
        .as("incident 1, which the paths name")
        .isEqualTo(200);
  }

  @Test
  void aSeededBatchOfMalformedRequestsGetsNo5xxOnlyProblemsAndChangesNothing() throws Exception {
    Map<String, String> tables = StoredRows.of(service);
    Map<Integer, Integer> statuses = new ConcurrentSkipListMap<>();
    AtomicInteger refusals = new AtomicInteger();
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    long started = System.nanoTime();
    int from = ONLY >= 0 ? ONLY : 0;
    int to = ONLY >= 0 ? ONLY + 1 : COUNT;
    System.out.println(
        "[malformed-batch] seed "
            + SEED
            + ", requests "
            + from
            + " to "
            + (to - 1)
            + " on "
            + THREADS
            + " threads");
    // Each request comes from its own seed, so the threads change the order they are sent in,
    // never what is sent.
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> sent = new ArrayList<>();
    for (int i = from; i < to; i++) {
      int index = i;
      sent.add(
          pool.submit(
              () -> {
                Request r = Request.draw(new Random(requestSeed(SEED, index)));
                String replay =
                    "request "
                        + index
                        + " of seed "
                        + SEED
                        + " (replay: -Dit.test=MalformedRequestBatchIT -Dmalformed.seed="
                        + SEED
                        + " -Dmalformed.only="
                        + index
                        + "): "
                        + r;
                try {
                  RawHttp.Answer a = RawHttp.exchange(base, r.method, r.target, r.headers, r.body);
                  statuses.merge(a.status(), 1, Integer::sum);
                  if (r.connectorRefuses()) {
                    refusals.incrementAndGet();
                  }
                  String wrong = wrongIn(r, a);
                  if (wrong != null) {
                    failures.add(replay + "\n  " + wrong + ": " + a);
                  }
                } catch (java.io.IOException e) {
                  failures.add(replay + "\n  no answer: " + e);
                }
              }));
    }
    pool.shutdown();
    for (Future<?> f : sent) {
      f.get();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    failures.forEach(f -> System.out.println("[malformed-batch] FAILED " + f));
    assertThat(failures).as("requests answered wrongly, seed " + SEED).isEmpty();
    assertThat(StoredRows.of(service)).as("the stored data, seed " + SEED).isEqualTo(tables);
    System.out.printf(
        "[malformed-batch] seed %d: %d requests in %.1f s on %d threads, statuses %s,"
            + " %d connector refusals%n",
        SEED, to - from, seconds, THREADS, statuses, refusals.get());
  }

  /**
   * The seed of request {@code index}: {@code seed * 1_000_003 + index} through SplitMix64's
   * finalizer. {@code java.util.Random}'s first draws from consecutive seeds hardly differ (its
   * seed scrambling is an XOR), so without it the method came in runs of about 700 requests: the
   * first 1,350 of the default seed were all POST, DELETE or PUT, and no GET or HEAD came before.
   */
  static long requestSeed(long seed, int index) {
    long z = seed * 1_000_003L + index + 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** What is wrong with answer {@code a} to {@code r}, or null when it is right. */
  private static String wrongIn(Request r, RawHttp.Answer a) {
    if (a.status() >= 500) {
      return "a 5xx";
    }
    if (a.status() < 400) {
      return r.connectorRefuses() ? "not the connector's 400" : null;
    }
    if (r.method.equals("HEAD")) {
      // No body in an answer to HEAD: its headers say what the GET would have answered.
      String type = a.header("Content-Type");
      return type != null && type.startsWith("application/problem+json")
          ? null
          : "not a problem document's headers";
    }
    try {
      Problems.assertProblem(a, a.status(), null, "");
    } catch (AssertionError notAProblem) {
      return "not a problem document";
    }
    if (r.connectorRefuses() && !isConnectorRefusal(a)) {
      return "not the connector's refused-by-connector 400";
    }
    if (isConnectorRefusal(a) && !r.connectorRefuses() && !r.connectorMayRefuse()) {
      return "refused by the connector, unexpectedly";
    }
    return null;
  }

  private static boolean isConnectorRefusal(RawHttp.Answer a) {
    return a.status() == 400
        && a.json().path("type").asText().equals("urn:reconciler:problem:refused-by-connector");
  }

  /** One request as sent: the method, the request target, header lines and the body or null. */
  record Request(String method, String target, List<String> headers, byte[] body) {

    private static final String[] METHODS = {
      "GET",
      "GET",
      "GET",
      "POST",
      "POST",
      "POST",
      "HEAD",
      "PUT",
      "DELETE",
      "OPTIONS",
      "PATCH",
      "TRACE",
      "FOO",
      "PROPFIND",
      "get",
      "M-SEARCH"
    };

    private static final String[] PATHS = {
      "/",
      "/health",
      "/health/ready",
      "/health/live",
      "/openapi",
      "/metrics",
      "/api",
      "/api/",
      "/api/incidents",
      "/api/incidents/1",
      "/api/incidents/1/history",
      "/api/incidents/1/audit",
      "/api/incidents/1/claims",
      "/api/incidents/1/reports",
      "/api/incidents/1/resolutions/1/replay",
      "/api/reports",
      "/api/rulesets",
      "/api/rulesets/active",
      "/api/rulesets/validate",
      "/api/rulesets/dry-run",
      "/api/rulesets/activate",
      "/api/rulesets/3.0.0/activate",
      "/nothing"
    };

    private static final String[] IDS = {
      "0", "-1", "abc", "9999999999999999999999", "1.5", "%31", "1e3", "%00", "%20", "99999"
    };

    private static final String[] SEGMENTS = {
      "..",
      ".",
      "%2e%2e",
      "%2E%2e",
      "..%2f",
      "%2e",
      "%00",
      "%5c",
      "%2f",
      "%25",
      "%ff",
      "%c3%28",
      "%",
      "%zz",
      "a;b",
      "a=b",
      "~",
      "incidents",
      "api",
      "x".repeat(300),
      "%e2%80%ae",
      "+",
      "*"
    };

    private static final String[] QUERIES = {
      "",
      "?page=-1",
      "?size=100000000000",
      "?from=2023-13-45&to=x",
      "?view=nope",
      "?status=%00",
      "?place=" + "k".repeat(2000),
      "?page=1&page=2",
      "?&&&==",
      "?%zz",
      "?view=summary"
    };

    private static final String[] ACCEPTS = {
      "application/json",
      "*/*",
      ";;;",
      "a/b/c",
      "*/*;q=2",
      "text/html;q=abc",
      "\"",
      "x",
      "application/problem+json",
      "text/plain",
      "application/json;q=0",
      "image/png",
      "application/*, text/*;q=0.5"
    };

    private static final String[] CONTENT_TYPES = {
      "application/json",
      "application/json; charset=utf-8",
      "application/json; charset=nope",
      "application/json;;",
      "text/plain",
      "text/plain; charset=ISO-8859-1",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=",
      "application/xml",
      "*/*",
      "/",
      "",
      "application/json; charset=\"",
      "x".repeat(500)
    };

    private static final String[] AUTHORIZATIONS = {
      "Basic !!!notbase64",
      "Basic Zm9vYmFy",
      "Basic",
      "Basic ",
      "Bearer abc.def.ghi",
      "Basic Og==",
      "Basic " + "QQ".repeat(3000),
      "Digest username=\"ada\"",
      // "ada" with no colon: malformed, so never counted as a wrong password (a well-formed wrong
      // one would hold back this address for the tests that sign in after this one)
      "basic YWRh",
      "Basic YWRh\u00e9"
    };

    static Request draw(Random random) {
      String method = pick(random, METHODS);
      String target = target(random);
      List<String> headers = new ArrayList<>();
      if (random.nextInt(3) == 0) {
        headers.add("Accept: " + pick(random, ACCEPTS));
      }
      if (random.nextInt(4) == 0) {
        headers.add("Authorization: " + pick(random, AUTHORIZATIONS));
      }
      if (random.nextInt(12) == 0) {
        headers.add("Accept-Encoding: " + pick(random, new String[] {"gzip", "br;q=x", "*", ","}));
      }
      if (random.nextInt(10) == 0) {
        headers.add(
            "If-None-Match: " + pick(random, new String[] {"*", "\"", "W/", "x".repeat(99)}));
      }
      if (random.nextInt(20) == 0) {
        headers.add("X-API-Key: " + "k".repeat(random.nextInt(100)));
      }
      int size = random.nextInt(20) == 0 ? 20_000 + random.nextInt(28_000) : 0;
      if (size > 0) {
        headers.add("X-Padding: " + "p".repeat(size));
      }
      if (random.nextInt(40) == 0) {
        // Over the connector's 64 KB: its own 400.
        headers.add("X-Huge: " + "h".repeat(HEAD_LIMIT + 4_000));
      }
      byte[] body = null;
      boolean withBody =
          method.equals("POST")
              || method.equals("PUT")
              || method.equals("PATCH")
              || random.nextInt(8) == 0;
      if (withBody) {
        String type = pick(random, CONTENT_TYPES);
        if (random.nextInt(8) != 0) {
          headers.add("Content-Type: " + type);
        }
        body =
            target.startsWith("/api/reports") && !declaresJson(headers)
                ? notText(random)
                : Bodies.malformed(random);
        if (random.nextInt(25) == 0) {
          headers.add("Content-Encoding: gzip"); // and a body that is not gzip
        }
      }
      return new Request(method, target, List.copyOf(headers), body);
    }

    private static boolean declaresJson(List<String> headers) {
      return headers.stream().anyMatch(h -> h.startsWith("Content-Type: application/json"));
    }

    /** A body the text reader refuses whatever the charset: empty, blank or control bytes. */
    private static byte[] notText(Random random) {
      return switch (random.nextInt(3)) {
        case 0 -> new byte[0];
        case 1 -> " \r\n\t ".getBytes(StandardCharsets.US_ASCII);
        default -> {
          byte[] b = new byte[1 + random.nextInt(400)];
          for (int i = 0; i < b.length; i++) {
            b[i] = (byte) random.nextInt(9); // NUL and other controls only
          }
          b[0] = 0;
          yield b;
        }
      };
    }

    private static String target(Random random) {
      String path = pick(random, PATHS);
      switch (random.nextInt(6)) {
        case 0 -> path = path.replace("/1", "/" + pick(random, IDS));
        case 1 -> {
          StringBuilder p = new StringBuilder(path);
          for (int n = 1 + random.nextInt(4); n > 0; n--) {
            p.append('/').append(pick(random, SEGMENTS));
          }
          path = p.toString();
        }
        case 2 -> {
          // A segment spliced in at the front: traversal from the root or under /api.
          path = "/" + pick(random, SEGMENTS) + path;
        }
        case 3 -> path = path + "/" + "a".repeat(random.nextInt(8_000));
        default -> {}
      }
      return path + (random.nextInt(3) == 0 ? pick(random, QUERIES) : "");
    }

    private static String pick(Random random, String[] from) {
      return from[random.nextInt(from.length)];
    }

    /**
     * Whether the connector refuses this request before any application code runs (README,
     * ARCHITECTURE "Errors"): a NUL or a backslash in the decoded path, {@code ..} above the root,
     * a header value with a control character or a byte above 0x7e, or a request head over 64 KB.
     */
    boolean connectorRefuses() {
      int head = method.length() + target.length() + 64;
      for (String h : headers) {
        head += h.length() + 2;
      }
      if (head > HEAD_LIMIT) {
        return true;
      }
      for (String h : headers) {
        // Payara checks field values (RFC 9110: visible ASCII, space, tab) before the application.
        if (h.chars().anyMatch(c -> (c < 0x20 && c != '\t') || c > 0x7e)) {
          return true;
        }
      }
      String decoded = decodedPath();
      if (decoded == null) {
        return false;
      }
      if (decoded.indexOf('\0') >= 0 || decoded.indexOf('\\') >= 0) {
        return true;
      }
      int depth = 0;
      for (String segment : decoded.split("/", -1)) {
        if (segment.equals("..")) {
          depth--;
          if (depth < 0) {
            return true;
          }
        } else if (!segment.isEmpty() && !segment.equals(".")) {
          depth++;
        }
      }
      return false;
    }

    private static boolean hasDotSegment(String path) {
      return Arrays.stream(path.split("/")).anyMatch(s -> s.equals(".") || s.equals(".."));
    }

    /** The path percent-decoded byte for byte (as ISO-8859-1), or null when it cannot be. */
    private String decodedPath() {
      String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
      try {
        return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.ISO_8859_1);
      } catch (IllegalArgumentException notDecodable) {
        return null;
      }
    }

    /**
     * Requests the connector may refuse with its 400 or pass on to the application: a body on a
     * method other than POST, PUT and PATCH (Grizzly takes none for GET or DELETE), a body declared
     * gzip that is not (the listener decompresses as the body arrives, so it depends on whether the
     * bytes came with the head), a path with dot segments, even one that does not decode as a whole
     * (Grizzly refuses some it could resolve, such as {@code /a/././../b}: "400 Invalid URI") or
     * whose bytes are not UTF-8.
     */
    boolean connectorMayRefuse() {
      if (body != null
          && body.length > 0
          && (!method.equals("POST") && !method.equals("PUT") && !method.equals("PATCH")
              || headers.stream().anyMatch(h -> h.equalsIgnoreCase("Content-Encoding: gzip")))) {
        return true;
      }
      String decoded = decodedPath();
      if (decoded == null) {
        // Not decodable as a whole ("%zz"), but its encoded dots and slashes still make dot
        // segments, which the service refuses when they climb above the root.
        String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
        return hasDotSegment(path.replaceAll("(?i)%2e", ".").replaceAll("(?i)%2f", "/"));
      }
      if (hasDotSegment(decoded)) {
        return true;
      }
      try {
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(decoded.getBytes(StandardCharsets.ISO_8859_1)));
        return false;
      } catch (CharacterCodingException notUtf8) {
        return true;
      }
    }

    @Override
    public String toString() {
      StringBuilder s = new StringBuilder(method).append(' ').append(abbreviate(target));
      for (String h : headers) {
        s.append(" | ").append(abbreviate(h));
      }
      if (body != null) {
        s.append(" | body ")
            .append(body.length)
            .append(" bytes: ")
            .append(abbreviate(new String(body, StandardCharsets.ISO_8859_1)));
      }
      return s.toString();
    }

    private static String abbreviate(String s) {
      String shown = s.replace("\0", "\\0").replace("\r", "\\r").replace("\n", "\\n");
      return shown.length() > 120
          ? shown.substring(0, 120) + "... (" + s.length() + " chars)"
          : shown;
    }
  }

  /** Bodies no endpoint accepts: each is broken JSON or JSON of the wrong shape. */
  static final class Bodies {

    private static final String REPORT =
        "{\"text\": \" date 2023-02-17 By Dawn\\nGunmen stormed the police office.\","
            + " \"publishedAt\": \"2023-02-17\"}";
    private static final String CLAIMS =
        "{\"claims\": [{\"report\": \"r1\", \"attribute\": \"injured\", \"value\": 3,"
            + " \"role\": \"official\"}]}";
    private static final String RULES =
        "{\"files\": {\"data/ranks.csv\": \"role,attribute,rank\"}}";

    private static final String[] WRONG_SHAPES = {
      "{\"text\": 42}",
      "{\"text\": \"\"}",
      "{\"text\": [\"a\"], \"publisher\": {}}",
      "{\"text\": \"x\", \"publishedAt\": \"17/02/2023\"}",
      "{\"text\": \"x\", \"incidentId\": -1}",
      "{\"text\": \"x\", \"incidentId\": 123456789012345678901234567890}",
      "{\"text\": \"x\", \"incidentId\": 1e400}",
      "{\"text\": \"x\", \"incidentId\": \"1\"}",
      "{\"claims\": \"all of them\"}",
      "{\"claims\": []}",
      "[]",
      "{\"claims\": [{\"report\": \"r1\", \"attribute\": \"injured\", \"value\": \"three\","
          + " \"role\": \"official\"}]}",
      "{\"claims\": [{\"report\": \"r1\", \"attribute\": \"injured\","
          + " \"value\": {\"min\": 99999999999999999999}, \"role\": \"official\"}]}",
      "{\"claims\": [{\"report\": \"r1\", \"attribute\": \"nope\", \"value\": 1,"
          + " \"role\": \"official\"}]}",
      "{\"claims\": [{\"report\": \"r1\", \"attribute\": \"duration\", \"value\":"
          + " \"PT99999999999H\", \"role\": \"official\", \"extra\": 1}]}",
      "{\"files\": []}",
      "{\"files\": {\"../../etc/passwd\": \"x\"}}",
      "{\"files\": {\"policy/rank.drl\": 7}}",
      "null",
      "true",
      "-0.0e-99999",
      "\"just a string\""
    };

    static byte[] malformed(Random random) {
      String body =
          switch (random.nextInt(7)) {
            case 0 -> {
              String whole = pick(random, REPORT, CLAIMS, RULES);
              yield whole.substring(0, random.nextInt(whole.length() - 1)); // truncated
            }
            case 1 -> WRONG_SHAPES[random.nextInt(WRONG_SHAPES.length)];
            case 2 -> nested(random);
            case 3 -> garbage(random);
            case 4 -> "{\"text\": \"" + "a".repeat(random.nextInt(200_000)) + "\", \"text\": 1}";
            case 5 -> "";
            default -> "{\"claims\": [" + "1e999999999,".repeat(random.nextInt(3_000)) + "x]}";
          };
      return body.getBytes(StandardCharsets.UTF_8);
    }

    private static String pick(Random random, String... from) {
      return from[random.nextInt(from.length)];
    }

    private static String nested(Random random) {
      int depth = 500 + random.nextInt(20_000);
      return random.nextBoolean()
          ? "[".repeat(depth) + "]".repeat(depth)
          : "{\"claims\": " + "{\"a\":".repeat(depth) + "1" + "}".repeat(depth + 1);
    }

    private static String garbage(Random random) {
      StringBuilder s = new StringBuilder();
      for (int n = random.nextInt(600); n > 0; n--) {
        s.append((char) (' ' + random.nextInt(95)));
      }
      return "{" + s;
    }
  }
}
