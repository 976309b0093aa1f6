package dev.reconciler.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reconciler.json.Json;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The connector's bare error answers, as Payara Micro 6 writes them, made problem documents. */
class BareErrorAnswersTest {

  // Byte for byte what the listener answered to GET /%00 and to a 70 KB header (seen over a
  // socket).
  private static final String INVALID_URI =
      "HTTP/1.1 400 Invalid URI\r\nServer: Payara Micro\r\nConnection: close\r\n"
          + "Content-Length: 0\r\nX-Frame-Options: SAMEORIGIN\r\n\r\n";
  private static final String BAD_REQUEST =
      "HTTP/1.1 400 Bad Request\r\nDate: Wed, 02 Dec 2026 18:00:18 GMT\r\nConnection: close\r\n"
          + "Content-Length: 0\r\nX-Frame-Options: SAMEORIGIN\r\n\r\n";
  // To "GET" alone on the request line: no Content-Length at all.
  private static final String NO_LENGTH =
      "HTTP/1.1 400 Invalid URI: Request must start with /\r\nServer: Payara Micro\r\n"
          + "X-Frame-Options: SAMEORIGIN\r\n\r\n";

  @Test
  void anInvalidUriBecomesAProblemThatNamesTheReasonAndKeepsTheOtherHeaders() throws Exception {
    Answer a = Answer.of(BareErrorAnswers.asProblem(bytes(INVALID_URI)));
    assertThat(a.head).startsWith("HTTP/1.1 400 Invalid URI\r\n");
    assertThat(a.head)
        .contains("Connection: close\r\n", "X-Frame-Options: SAMEORIGIN\r\n")
        .contains("Content-Type: application/problem+json\r\n")
        .contains("Content-Length: " + a.body.length() + "\r\n")
        .doesNotContain("Content-Length: 0");
    JsonNode problem = Json.MAPPER.readTree(a.body);
    assertThat(problem.path("type").asText())
        .isEqualTo("urn:reconciler:problem:refused-by-connector");
    assertThat(problem.path("status").asInt()).isEqualTo(400);
    assertThat(problem.path("title").asText()).isEqualTo("Bad Request");
    assertThat(problem.path("instance").asText()).startsWith("urn:uuid:");
    assertThat(problem.path("detail").asText()).contains("(Invalid URI)", "NUL byte", "path");
  }

  @Test
  void aHeaderTheCodecCannotParseIsAProblemAndA505A400Problem() throws Exception {
    JsonNode bad =
        Json.MAPPER.readTree(Answer.of(BareErrorAnswers.asProblem(bytes(BAD_REQUEST))).body);
    assertThat(bad.path("detail").asText()).contains("header", "64 KB");
    String version =
        "HTTP/1.1 505 HTTP Version Not Supported\r\nConnection: close\r\nContent-Length: 0\r\n\r\n";
    Answer a = Answer.of(BareErrorAnswers.asProblem(bytes(version)));
    assertThat(a.head).startsWith("HTTP/1.1 400 Bad Request\r\n");
    JsonNode problem = Json.MAPPER.readTree(a.body);
    assertThat(problem.path("status").asInt()).isEqualTo(400);
    assertThat(problem.path("title").asText()).isEqualTo("Bad Request");
    assertThat(problem.path("detail").asText()).contains("HTTP/1.1");
  }

  @Test
  void anAnswerToHeadGetsTheProblemsHeadAndNoBody() throws Exception {
    Answer toGet = Answer.of(BareErrorAnswers.asProblem(bytes(INVALID_URI), false));
    Answer toHead = Answer.of(BareErrorAnswers.asProblem(bytes(INVALID_URI), true));
    assertThat(toHead.body).isEmpty();
    assertThat(toHead.head)
        .startsWith("HTTP/1.1 400 Invalid URI\r\n")
        .contains("Content-Type: application/problem+json\r\n")
        .contains("Content-Length: " + toGet.body.length() + "\r\n");
  }

  @Test
  void anAnswerWithoutContentLengthGetsOne() throws Exception {
    Answer a = Answer.of(BareErrorAnswers.asProblem(bytes(NO_LENGTH)));
    assertThat(a.head).contains("Content-Length: " + a.body.length() + "\r\n");
    assertThat(Json.MAPPER.readTree(a.body).path("detail").asText()).contains("must start with /");
  }

  @Test
  void answersWithABodyOrBelow400OrNotAHeadPassUnchanged() {
    String[] untouched = {
      "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n",
      "HTTP/1.1 304 Not Modified\r\nETag: \"x\"\r\n\r\n",
      "HTTP/1.1 404 Not Found\r\nContent-Type: application/problem+json\r\n"
          + "Content-Length: 2\r\n\r\n{}",
      "HTTP/1.1 400 Bad Request\r\nContent-Type: application/problem+json\r\n\r\n",
      "HTTP/1.1 400 Bad Request\r\nContent-Length: 12\r\n\r\n",
      "HTTP/1.1 400 Bad Request\r\nTransfer-Encoding: chunked\r\n\r\n",
      "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\nmore",
      "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n",
      "{\"text\": \"HTTP/1.1 400 Bad Request\"}",
      "HTTP/1.1 4x0 Bad Request\r\n\r\n"
    };
    for (String answer : untouched) {
      assertThat(BareErrorAnswers.asProblem(bytes(answer))).as(answer).isNull();
    }
  }

  @Test
  void onlyErrorStatusLinesAreLookedAtCloser() {
    assertThat(mayBe(BAD_REQUEST)).isTrue();
    assertThat(mayBe("HTTP/1.0 503 Service Unavailable\r\n\r\n")).isTrue();
    assertThat(mayBe("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n")).isFalse();
    assertThat(mayBe("HTTP/2 400\r\n\r\n")).isFalse();
    assertThat(mayBe("body bytes of some answer")).isFalse();
    assertThat(mayBe("HTTP/1.1 400 " + "x".repeat(BareErrorAnswers.MAX_HEAD_BYTES))).isFalse();
  }

  private static boolean mayBe(String s) {
    byte[] b = bytes(s);
    return BareErrorAnswers.mayBe(b.length, i -> b[i]);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private record Answer(String head, String body) {
    static Answer of(byte[] raw) {
      assertThat(raw).as("a problem answer").isNotNull();
      String text = new String(raw, StandardCharsets.UTF_8);
      int end = text.indexOf("\r\n\r\n");
      return new Answer(text.substring(0, end + 2), text.substring(end + 4));
    }
  }
}
