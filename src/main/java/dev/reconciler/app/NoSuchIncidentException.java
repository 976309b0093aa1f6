package dev.reconciler.app;

/** An incident id that names no stored incident. */
public class NoSuchIncidentException extends RuntimeException {

  private final long incidentId;

  public NoSuchIncidentException(long incidentId) {
    super("no incident " + incidentId);
    this.incidentId = incidentId;
  }

  public long incidentId() {
    return incidentId;
  }
}
