package dev.reconciler.it;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reconciler.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 exchange over a plain socket, sending exactly the bytes given: the request line and
 * headers that HTTP client libraries refuse to send (a NUL in the path, TRACE, a 70 KB header).
 */
final class RawHttp {

  private RawHttp() {}

  /** An answer: status, headers by lower-case name, body as text. */
  record Answer(int status, String reason, Map<String, String> headers, String body) {

    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** The body as JSON, or null when it is not JSON. */
    JsonNode json() {
      try {
        return Json.MAPPER.readTree(body);
      } catch (IOException notJson) {
        return null;
      }
    }

    @Override
    public String toString() {
      return status
          + " "
          + reason
          + " "
          + headers
          + " "
          + (body.length() > 300 ? body.substring(0, 300) : body);
    }
  }

  /**
   * Sends {@code method target} with {@code headers} (lines without CRLF) and no body to {@code
   * base}, with {@code Connection: close}, and reads the whole answer.
   */
  static Answer send(URI base, String method, String target, String... headers) throws IOException {
    return exchange(base, method, target, java.util.List.of(headers), null);
  }

  /**
   * Sends {@code method target} with {@code headers}, then {@code body} (none when null) with its
   * {@code Content-Length}, and {@code Connection: close}; reads the whole answer.
   */
  static Answer exchange(
      URI base, String method, String target, java.util.List<String> headers, byte[] body)
      throws IOException {
    StringBuilder request = new StringBuilder();
    request.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
    request
        .append("Host: ")
        .append(base.getHost())
        .append(':')
        .append(base.getPort())
        .append("\r\n");
    for (String h : headers) {
      request.append(h).append("\r\n");
    }
    if (body != null) {
      request.append("Content-Length: ").append(body.length).append("\r\n");
    }
    request.append("Connection: close\r\n\r\n");
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      if (body != null) {
        try {
          socket.getOutputStream().write(body);
        } catch (java.net.SocketException refusedEarly) {
          // The server may answer (413, 400) and close before it has read a large body.
        }
      }
      socket.getOutputStream().flush();
      return parse(readAll(socket.getInputStream()), method.equals("HEAD"));
    }
  }

  /** Sends exactly {@code request} (ISO-8859-1) to {@code base} and reads the whole answer. */
  static Answer rawExchange(URI base, String request) throws IOException {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return parse(readAll(socket.getInputStream()), request.startsWith("HEAD "));
    }
  }

  /**
   * Sends exactly {@code request} (ISO-8859-1) to {@code base} and returns every byte the server
   * sends until it closes the connection, as it sent them: what follows the head of an answer to
   * {@code HEAD}, which {@link #rawExchange} drops, included.
   */
  static byte[] rawBytes(URI base, String request) throws IOException {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return readAll(socket.getInputStream());
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        out.write(buffer, 0, n);
      }
    } catch (java.net.SocketException reset) {
      // A server that refuses a request may reset the connection once it has answered.
      if (out.size() == 0) {
        throw reset;
      }
    }
    return out.toByteArray();
  }

  private static Answer parse(byte[] raw, boolean head) throws IOException {
    String text = new String(raw, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      throw new IOException("no complete answer: " + text);
    }
    String[] lines = text.substring(0, end).split("\r\n");
    String[] status = lines[0].split(" ", 3);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.merge(
          lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).strip(),
          (a, b) -> a + ", " + b);
    }
    byte[] rest = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
    byte[] content =
        head
            ? new byte[0]
            : "chunked".equalsIgnoreCase(headers.get("transfer-encoding")) ? dechunk(rest) : rest;
    if ("gzip".equalsIgnoreCase(headers.get("content-encoding")) && content.length > 0) {
      // Answers to a request with Accept-Encoding: gzip.
      try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(content))) {
        content = in.readAllBytes();
      }
    }
    String body = new String(content, StandardCharsets.UTF_8);
    return new Answer(
        Integer.parseInt(status[1]), status.length > 2 ? status[2] : "", headers, body);
  }

  private static byte[] dechunk(byte[] raw) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int i = 0;
    while (i < raw.length) {
      int lineEnd = indexOf(raw, i);
      if (lineEnd < 0) {
        break;
      }
      String size = new String(raw, i, lineEnd - i, StandardCharsets.ISO_8859_1).split(";")[0];
      int n = Integer.parseInt(size.strip(), 16);
      if (n == 0) {
        break;
      }
      out.write(raw, lineEnd + 2, n);
      i = lineEnd + 2 + n + 2;
    }
    return out.toByteArray();
  }

  private static int indexOf(byte[] raw, int from) {
    for (int i = from; i + 1 < raw.length; i++) {
      if (raw[i] == '\r' && raw[i + 1] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
