package dev.reconciler.app;

import dev.reconciler.extract.ClaimExtractor;
import dev.reconciler.extract.Extractor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * The application's one claim extractor. Building it loads the OpenNLP models and vocabulary once;
 * it is thread-safe, so it serves every request.
 */
@ApplicationScoped
public class ExtractorProducer {

  @Produces
  @ApplicationScoped
  ClaimExtractor extractor() {
    return new Extractor();
  }
}
