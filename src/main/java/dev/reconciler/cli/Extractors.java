package dev.reconciler.cli;

import dev.reconciler.extract.Extractor;

/**
 * The one extractor of a command-line run, built on first use (loading its models takes a second).
 */
final class Extractors {

  private Extractors() {}

  private static final class Holder {
    static final Extractor INSTANCE = new Extractor();
  }

  static Extractor shared() {
    return Holder.INSTANCE;
  }
}
