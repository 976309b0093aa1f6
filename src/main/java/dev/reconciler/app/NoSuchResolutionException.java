package dev.reconciler.app;

/** A resolution id that names no stored resolution of the incident it was asked under. */
public class NoSuchResolutionException extends RuntimeException {

  public NoSuchResolutionException(long incidentId, long resolutionId) {
    super("incident " + incidentId + " has no resolution " + resolutionId);
  }
}
