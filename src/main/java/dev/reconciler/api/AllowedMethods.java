package dev.reconciler.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * 405 with {@code Allow} for a method the container's own servlets would answer badly: outside
 * {@code /api} (health, metrics, the description, unknown paths) a plain servlet answers {@code
 * PATCH} or any unknown method with 501 and would echo {@code TRACE} back. Only {@code GET}, {@code
 * HEAD} and {@code OPTIONS} are served there, and {@code OPTIONS} says so. Under {@code /api}
 * JAX-RS answers 405 itself with the resource's own {@code Allow} ({@code ProblemMapper}). The body
 * is written by {@link ErrorPageServlet}, as for every other container error. Mapped first in
 * web.xml.
 */
public class AllowedMethods extends HttpFilter {

  static final String OUTSIDE_API = "GET, HEAD, OPTIONS";
  private static final Set<String> SERVED_OUTSIDE_API = Set.of("GET", "HEAD", "OPTIONS");

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
      throws IOException, ServletException {
    // The path as the container mapped it (decoded, dot segments resolved), not the raw URI:
    // "/api/%2e%2e" is "/", served by a plain servlet, which answered PATCH with 501.
    String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
    boolean api = path.equals("/api") || path.startsWith("/api/");
    if (!api && !SERVED_OUTSIDE_API.contains(req.getMethod())) {
      resp.setHeader("Allow", OUTSIDE_API);
      resp.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
      return;
    }
    if (!api && req.getMethod().equals("OPTIONS")) {
      // The default servlet would list every method it knows, PATCH and TRACE among them.
      resp.setHeader("Allow", OUTSIDE_API);
      resp.setContentLength(0);
      return;
    }
    chain.doFilter(req, resp);
  }
}
