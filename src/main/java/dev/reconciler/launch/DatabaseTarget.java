package dev.reconciler.launch;

/**
 * The coordinates of the database the service will use.
 *
 * @param url JDBC URL
 * @param user user name
 * @param password password (may be empty)
 * @param embedded true when the launcher started it
 */
public record DatabaseTarget(String url, String user, String password, boolean embedded) {

  @Override
  public String toString() {
    return url + (embedded ? " (embedded)" : "");
  }
}
