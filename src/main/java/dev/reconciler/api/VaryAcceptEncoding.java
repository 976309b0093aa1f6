package dev.reconciler.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * {@code Vary: Accept-Encoding} on every answer of the API: the HTTP listener compresses JSON
 * bodies for clients that accept gzip (launch.PayaraServer's pre-boot commands), so a cache must
 * keep the compressed and the plain answer apart.
 */
@Provider
public class VaryAcceptEncoding implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Object vary = response.getHeaders().getFirst(HttpHeaders.VARY);
    if (vary == null) {
      response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
    } else if (!vary.toString().toLowerCase(Locale.ROOT).contains("accept-encoding")) {
      response.getHeaders().putSingle(HttpHeaders.VARY, vary + ", " + HttpHeaders.ACCEPT_ENCODING);
    }
  }
}
