package dev.reconciler.health;

import dev.reconciler.app.extractor.ExtractorLoader;
import dev.reconciler.app.extractor.ExtractorStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Locale;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the extractor's models are loaded. Until then (or when they failed to load) the
 * service is not ready for everything: it answers reads and client claims, but reports get 503. An
 * orchestrator thus sends reports only to instances that can read them, and {@code /health/ready}
 * says what it waits for: {@code state} loading (with {@code retryAfterSeconds}) or failed (with
 * {@code error}, one line). The launcher ({@code launch.PayaraServer}) takes every other check UP
 * as ready for reads, and waits on this one by its name.
 */
@Readiness
@ApplicationScoped
public class ExtractorReadiness implements HealthCheck {

  /** The check's name; {@code launch.PayaraServer.EXTRACTOR_CHECK} repeats it. */
  public static final String NAME = "extractor";

  @Inject ExtractorLoader extractor;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder r = HealthCheckResponse.named(NAME);
    ExtractorStatus s;
    try {
      s = extractor.status();
    } catch (RuntimeException deploying) {
      // Asked before the EJB container has started the loader: not loading yet.
      return r.down()
          .withData("state", "loading")
          .withData("detail", "the application is still being deployed")
          .build();
    }
    return switch (s.state()) {
      case LOADED ->
          r.up()
              .withData("state", "loaded")
              .withData(
                  "loadSeconds",
                  String.format(Locale.ROOT, "%.1f", s.loadTime().toMillis() / 1000.0))
              .build();
      case LOADING ->
          r.down()
              .withData("state", "loading")
              .withData("retryAfterSeconds", s.retryAfterSeconds(Instant.now()))
              .withData(
                  "detail",
                  "the CoreNLP models are loading: reads work, POST /api/reports answers 503 until"
                      + " they are loaded")
              .build();
      case FAILED -> r.down().withData("state", "failed").withData("error", s.problem()).build();
    };
  }
}
