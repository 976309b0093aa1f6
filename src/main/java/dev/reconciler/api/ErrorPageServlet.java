package dev.reconciler.api;

import dev.reconciler.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error page for everything outside JAX-RS (unknown paths at the root, the container's own 404,
 * 405 or 500): a problem document instead of Payara's HTML page. web.xml routes every error here.
 */
@WebServlet(ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {

  static final String PATH = "/problem-page";
  private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Object code = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 404;
    // Asked for directly, there is no error attribute: then the page itself was the request.
    String path =
        code == null
            ? req.getRequestURI()
            : String.valueOf(req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
    Response.StatusType type = Response.Status.fromStatusCode(status);
    String title = type == null ? "HTTP " + status : type.getReasonPhrase();
    UUID instance = UUID.randomUUID();
    String detail;
    if (status >= 500) {
      Throwable error = (Throwable) req.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
      LOG.log(
          Level.SEVERE,
          "reconciler: problem urn:uuid:" + instance + " " + status + " on " + path,
          error);
      detail = "see the server log for " + instance;
      title = status == 500 ? "Internal server error" : title;
    } else {
      detail = clientDetail(status, req.getMethod(), path, resp.getHeader("Allow"));
      String shown = detail;
      LOG.info(
          () ->
              "reconciler: problem urn:uuid:"
                  + instance
                  + " "
                  + status
                  + " on "
                  + path
                  + ": "
                  + shown);
    }
    String slug = status == 500 ? "internal-error" : ProblemMapper.slug(title);
    resp.setStatus(status);
    resp.setContentType(Problem.MEDIA_TYPE);
    resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resp.getWriter()
        .write(
            Json.MAPPER.writeValueAsString(
                Problem.body(status, slug, title, detail, instance, null)));
  }

  /** What a client error of the container means, naming the path, method or header at fault. */
  static String clientDetail(int status, String method, String path, String allow) {
    return switch (status) {
      case 404 ->
          "nothing at " + path + " (the API is under /api; GET /openapi lists every endpoint)";
      case 405 ->
          method + " is not allowed on " + path + (allow == null ? "" : "; allowed: " + allow);
      // The container refuses a request line or header it cannot parse (Accept, Content-Type...).
      case 400 -> "the request to " + path + " has a header the server cannot parse";
      default -> null;
    };
  }
}
