package dev.reconciler.bench;

/** Placeholder until the API benchmark lands. */
final class ApiLoad {
  public static void main(String[] args) {
    throw new UnsupportedOperationException("api: not yet");
  }
}
