package dev.reconciler.app;

import dev.reconciler.extract.ClaimExtractor;
import dev.reconciler.extract.Extractor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The application's one claim extractor; extractors are thread-safe, so it serves every request. */
@ApplicationScoped
public class ExtractorProducer {

  /** Built on first use: loading the language models takes a moment, and not every start needs them. */
  @Produces
  @ApplicationScoped
  ClaimExtractor extractor() {
    return new Extractor();
  }
}
