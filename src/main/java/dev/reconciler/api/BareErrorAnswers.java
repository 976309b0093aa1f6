package dev.reconciler.api;

import dev.reconciler.json.Json;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The error answers Payara's HTTP connector writes itself, before any application code runs, made
 * problem documents: a request line or header it cannot parse ({@code 400 Bad Request}, and {@code
 * 505 HTTP Version Not Supported}, answered as a 400), a path it refuses to map ({@code 400 Invalid
 * URI}: a NUL byte, a backslash, {@code ..} above the root, bytes not UTF-8). Such an answer is a
 * status of 400 or more with no {@code Content-Type} and no body; the application never answers so
 * (its errors are all problem documents), so these bytes are the connector's. {@link
 * ConnectorRefusals} hands every answer's first bytes here as they leave the listener.
 */
final class BareErrorAnswers {

  /** The type of every connector refusal: the connector does not say more than its reason. */
  static final String SLUG = "refused-by-connector";

  /** A bare answer is a head only; anything longer is not one (nor worth copying to look at). */
  static final int MAX_HEAD_BYTES = 4096;

  private static final Logger LOG = Logger.getLogger(BareErrorAnswers.class.getName());

  private BareErrorAnswers() {}

  /**
   * Whether bytes beginning with {@code first} (at least 10 of them) may be a bare error answer: an
   * HTTP/1.x status line of 4xx or 5xx. Cheap, so that every other answer passes untouched.
   */
  static boolean mayBe(int length, java.util.function.IntUnaryOperator byteAt) {
    if (length < 12 || length > MAX_HEAD_BYTES) {
      return false;
    }
    String prefix = "HTTP/1.";
    for (int i = 0; i < prefix.length(); i++) {
      if (byteAt.applyAsInt(i) != prefix.charAt(i)) {
        return false;
      }
    }
    int digit = byteAt.applyAsInt(9);
    return byteAt.applyAsInt(8) == ' ' && (digit == '4' || digit == '5');
  }

  /**
   * {@code answer} as a problem document when it is a bare error answer (status 400 or more, a head
   * with no {@code Content-Type}, a {@code Content-Length} of 0 or none, nothing after the head),
   * else null. The status and the other headers stay ({@code Connection: close} among them); the
   * body says what the connector refused, naming its reason when it gave one.
   */
  static byte[] asProblem(byte[] answer) {
    return asProblem(answer, false);
  }

  /**
   * {@link #asProblem(byte[])}, for an answer to a {@code HEAD} request when {@code toHead}: the
   * problem's head alone, its {@code Content-Type} and {@code Content-Length} saying what a {@code
   * GET} would have got, and no body (RFC 9110 9.3.2: an answer to HEAD has no content; a body
   * would be read as the start of the next answer by a client that keeps the connection).
   */
  static byte[] asProblem(byte[] answer, boolean toHead) {
    String text = new String(answer, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (!text.startsWith("HTTP/1.") || end < 0 || end + 4 != text.length()) {
      return null;
    }
    String[] lines = text.substring(0, end).split("\r\n");
    String[] statusLine = lines[0].split(" ", 3);
    int status;
    try {
      status = Integer.parseInt(statusLine[1]);
    } catch (NumberFormatException | ArrayIndexOutOfBoundsException notAStatusLine) {
      return null;
    }
    if (status < 400 || status > 599) {
      return null;
    }
    String reason = statusLine.length > 2 ? statusLine[2].strip() : "";
    String detail = detail(status, reason);
    if (status == 505) {
      // Grizzly's answer to a request line it cannot split (a space in the path, "HTTP/9.9"):
      // the client's error, and no client input gets a 5xx.
      status = 400;
      lines[0] = statusLine[0] + " 400 Bad Request";
    }
    StringBuilder head = new StringBuilder(lines[0]).append("\r\n");
    for (int i = 1; i < lines.length; i++) {
      String name = lines[i].contains(":") ? lines[i].substring(0, lines[i].indexOf(':')) : "";
      String lower = name.strip().toLowerCase(Locale.ROOT);
      if (lower.equals("content-type") || lower.equals("transfer-encoding")) {
        return null; // an answer with a body of its own
      }
      if (lower.equals("content-length")) {
        if (!lines[i].substring(name.length() + 1).strip().equals("0")) {
          return null;
        }
        continue;
      }
      head.append(lines[i]).append("\r\n");
    }
    UUID instance = UUID.randomUUID();
    int answered = status;
    LOG.info(
        () ->
            "reconciler: problem urn:uuid:"
                + instance
                + " "
                + answered
                + " refused by the HTTP connector"
                + (reason.isEmpty() ? "" : " (" + reason + ")"));
    Response.StatusType type = Response.Status.fromStatusCode(answered);
    String title = type == null ? "HTTP " + answered : type.getReasonPhrase();
    byte[] body;
    try {
      body =
          Json.MAPPER.writeValueAsBytes(
              Problem.body(answered, SLUG, title, detail, instance, null));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    head.append("Content-Type: ")
        .append(Problem.MEDIA_TYPE)
        .append("\r\n")
        .append("Content-Length: ")
        .append(body.length)
        .append("\r\n\r\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream(head.length() + body.length);
    out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    if (!toHead) {
      out.writeBytes(body);
    }
    return out.toByteArray();
  }

  /** What the connector refused, from its status and reason phrase. */
  static String detail(int status, String reason) {
    if (reason.startsWith("Invalid URI")) {
      return "the server's HTTP connector refused the request's path ("
          + reason
          + ") before the application saw it: a path with a NUL byte, a backslash, '..' above"
          + " the root, percent-encoded bytes that are not UTF-8 or dot segments it cannot"
          + " resolve";
    }
    if (status == 505) {
      return "the server's HTTP connector cannot read the request line: it reads 'METHOD /path"
          + " HTTP/1.1' (or HTTP/1.0), with no space in the path";
    }
    return "the server's HTTP connector refused the request ("
        + status
        + (reason.isEmpty() ? "" : " " + reason)
        + ") before the application saw it: a request line or header it cannot parse (a header"
        + " value with a control character or a byte above 0x7e, a header without a name, a"
        + " request head over 64 KB, a Content-Length that is not a number, no Host), a"
        + " malformed chunked or gzip body, or a body on a DELETE";
  }
}
