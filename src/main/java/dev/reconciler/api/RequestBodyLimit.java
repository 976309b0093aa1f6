package dev.reconciler.api;

import dev.reconciler.config.ServerConfig;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies above {@code RECONCILER_MAX_BODY_BYTES} with 413: at once when the
 * declared Content-Length says so, and while reading otherwise (chunked bodies, or a length that
 * lies), so that no more than the limit is ever held in memory.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
@ApplicationScoped
public class RequestBodyLimit implements ContainerRequestFilter, ReaderInterceptor {

  @Inject ServerConfig config;

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getLength() > config.maxBodyBytes()) {
      throw ProblemException.tooLarge(config.maxBodyBytes());
    }
  }

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    long limit = config.maxBodyBytes();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try (InputStream in = context.getInputStream()) {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        if (body.size() + n > limit) {
          throw ProblemException.tooLarge(limit);
        }
        body.write(buffer, 0, n);
      }
    }
    context.setInputStream(new ByteArrayInputStream(body.toByteArray()));
    return context.proceed();
  }
}
