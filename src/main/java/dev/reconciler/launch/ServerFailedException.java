package dev.reconciler.launch;

/** The server did not come up; the message says why in one line, and where the full log is. */
public class ServerFailedException extends RuntimeException {

  public ServerFailedException(String message) {
    super(message);
  }
}
