package dev.reconciler.launch;

/** The configured database cannot be used; the message names the URL and the cause in one line. */
public class DatabaseUnavailableException extends RuntimeException {

  public DatabaseUnavailableException(String url, String cause) {
    super("cannot use the database at " + url + ": " + cause);
  }
}
