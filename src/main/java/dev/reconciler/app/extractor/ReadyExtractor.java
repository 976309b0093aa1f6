package dev.reconciler.app.extractor;

import dev.reconciler.extract.ClaimExtractor;

/** The extractor, once its models are loaded. */
@FunctionalInterface
public interface ReadyExtractor {

  /**
   * @throws ExtractorUnavailableException while the models load, or when they failed to
   */
  ClaimExtractor ready();
}
