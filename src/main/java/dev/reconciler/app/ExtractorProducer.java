package dev.reconciler.app;

import dev.reconciler.extract.ClaimExtractor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The application's one claim extractor; extractors are thread-safe, so it serves every request. */
@ApplicationScoped
public class ExtractorProducer {

  /**
   * WIRING POINT: until the extractor is merged, reading report texts is refused with one clear line;
   * then this returns {@code new dev.reconciler.extract.Extractor()}.
   */
  @Produces
  @ApplicationScoped
  ClaimExtractor extractor() {
    return report -> {
      throw new IllegalStateException("reading report texts needs the extractor, which this build does not have yet");
    };
  }
}
