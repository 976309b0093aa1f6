package dev.reconciler.api;

import java.util.Locale;

/**
 * Whether a request path climbs above the root with {@code ..} segments ({@code /..}, {@code //..},
 * {@code /a/../..}, {@code /%2e%2e}): a path no server may resolve (RFC 3986 5.2.4 stops at the
 * root, and a server that did would serve what lies outside it). Payara's connector refuses most of
 * these itself ("400 Invalid URI"), but not all, and not always alike: with an empty segment before
 * the dots ({@code OPTIONS //..}) its mapper sometimes passed the request to a default handler that
 * answered {@code 200} with nothing, sometimes refused it, depending on what the request object it
 * reused had mapped before. {@link ConnectorRefusals} refuses them first, so that every such path
 * gets the same 400.
 */
final class PathsAboveRoot {

  private PathsAboveRoot() {}

  /**
   * Whether {@code rawPath} (the request target's path as sent, without its query) climbs above the
   * root once its percent-encoded dots and slashes are read as what they encode.
   */
  static boolean climbs(String rawPath) {
    String path = rawPath;
    if (path.indexOf('%') >= 0) {
      String lower = path.toLowerCase(Locale.ROOT);
      if (lower.contains("%2e") || lower.contains("%2f")) {
        path = path.replaceAll("(?i)%2e", ".").replaceAll("(?i)%2f", "/");
      }
    }
    if (!path.contains("..")) {
      return false;
    }
    int depth = 0;
    for (String segment : path.split("/", -1)) {
      if (segment.equals("..")) {
        if (--depth < 0) {
          return true;
        }
      } else if (!segment.isEmpty() && !segment.equals(".")) {
        depth++;
      }
    }
    return false;
  }
}
