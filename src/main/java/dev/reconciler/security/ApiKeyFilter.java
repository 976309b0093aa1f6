package dev.reconciler.security;

import dev.reconciler.api.ProblemException;
import dev.reconciler.config.ServerConfig;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;

/**
 * When {@code RECONCILER_API_KEY} is set, every API endpoint except the editors' ones (which need a
 * password instead) requires the key in {@code X-API-Key}. Without the setting the API is open.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class ApiKeyFilter implements ContainerRequestFilter {

  public static final String HEADER = "X-API-Key";

  @Inject ServerConfig config;

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    Optional<String> key = config.apiKey();
    if (key.isEmpty() || forEditors()) {
      return;
    }
    String sent = request.getHeaderString(HEADER);
    // Constant-time comparison: the time taken must not reveal how much of the key was right.
    if (sent == null
        || !MessageDigest.isEqual(
            sent.strip().getBytes(StandardCharsets.UTF_8),
            key.get().getBytes(StandardCharsets.UTF_8))) {
      throw new ProblemException(
          401,
          "api-key-required",
          "API key required",
          sent == null ? "send the API key in the " + HEADER + " header" : "the API key is wrong",
          null,
          Map.of("WWW-Authenticate", "ApiKey header=\"" + HEADER + "\""));
    }
  }

  private boolean forEditors() {
    return resource.getResourceMethod() != null
        && (resource.getResourceMethod().isAnnotationPresent(EditorsOnly.class)
            || resource.getResourceClass().isAnnotationPresent(EditorsOnly.class));
  }
}
