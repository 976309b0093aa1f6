package dev.reconciler.api;

import dev.reconciler.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * 400 for a form request ({@code Content-Type: application/x-www-form-urlencoded}) whose query is
 * not properly percent-encoded ({@code ?%zz}): Jersey decodes the query of a form request before
 * any resource or exception mapper runs and throws on it, which the container answered with 500
 * (found by MalformedRequestBatchIT). No endpoint reads forms; other requests are left alone.
 */
public class FormQueries extends HttpFilter {

  private static final Logger LOG = Logger.getLogger(FormQueries.class.getName());

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
      throws IOException, ServletException {
    String type = req.getContentType();
    String query = req.getQueryString();
    if (type != null
        && query != null
        && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")
        && !decodable(query)) {
      UUID instance = UUID.randomUUID();
      String detail =
          "the query string is not percent-encoded (a '%' must be followed by two hex digits)";
      LOG.info(() -> "reconciler: problem urn:uuid:" + instance + " 400 on " + req.getRequestURI());
      resp.setStatus(400);
      resp.setContentType(Problem.MEDIA_TYPE);
      resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
      resp.getWriter()
          .write(
              Json.MAPPER.writeValueAsString(
                  Problem.body(400, "malformed-query", "Malformed query", detail, instance, null)));
      return;
    }
    chain.doFilter(req, resp);
  }

  private static boolean decodable(String query) {
    try {
      URLDecoder.decode(query, StandardCharsets.UTF_8);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
