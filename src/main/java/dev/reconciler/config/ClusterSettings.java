package dev.reconciler.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How an instance joins the others of its cluster through Payara Micro's data grid (Hazelcast),
 * discovering them by TCP/IP, never by multicast.
 *
 * @param name the grid's name: instances of one name form one cluster
 * @param members where the other instances listen for the grid, {@code host[:port]} each; a host
 *     without a port is tried on the grid's first ports
 * @param port the grid port this instance listens on (the next free one above it when taken)
 * @param publicAddress the address the others reach this instance at, when it is not the one it
 *     binds (NAT, containers), or null
 */
public record ClusterSettings(String name, List<String> members, int port, String publicAddress) {

  public static final String NAME = "RECONCILER_CLUSTER";
  public static final String MEMBERS = "RECONCILER_CLUSTER_MEMBERS";
  public static final String PORT = "RECONCILER_CLUSTER_PORT";
  public static final String PUBLIC_ADDRESS = "RECONCILER_CLUSTER_PUBLIC_ADDRESS";

  /** Every instance on this machine: the grid's first ports on loopback. */
  public static final String DEFAULT_MEMBERS = "127.0.0.1";

  /** Payara Micro's own first grid port. */
  public static final int DEFAULT_PORT = 5900;

  private static final Pattern GRID_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");
  private static final Pattern MEMBER =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]+](:[0-9]{1,5})?");

  public ClusterSettings {
    if (name == null || !GRID_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "the cluster name must be letters, digits, '.', '_' or '-' (at most 63), not '"
              + name
              + "'");
    }
    members = List.copyOf(members);
    if (members.isEmpty()) {
      throw new IllegalArgumentException(MEMBERS + " names no member");
    }
    for (String m : members) {
      if (!MEMBER.matcher(m).matches()) {
        throw new IllegalArgumentException(
            MEMBERS + ": '" + m + "' is not host or host:port (comma-separated)");
      }
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException(PORT + " must be between 1 and 65535, not " + port);
    }
  }

  /**
   * The cluster {@code env} asks for: {@code name} (the {@code --cluster} option) or else {@link
   * #NAME}; null when neither names one (a single instance).
   */
  public static ClusterSettings from(String name, Map<String, String> env) {
    String chosen = name != null && !name.isBlank() ? name.strip() : blankToNull(env.get(NAME));
    if (chosen == null) {
      return null;
    }
    String portText = env.getOrDefault(PORT, Integer.toString(DEFAULT_PORT)).strip();
    int port;
    try {
      port = Integer.parseInt(portText);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(PORT + " must be a port number, not '" + portText + "'");
    }
    List<String> members = new ArrayList<>();
    for (String m : env.getOrDefault(MEMBERS, DEFAULT_MEMBERS).split(",")) {
      if (!m.isBlank()) {
        members.add(m.strip());
      }
    }
    return new ClusterSettings(chosen, members, port, blankToNull(env.get(PUBLIC_ADDRESS)));
  }

  /** Payara Micro's options for joining this cluster, in place of {@code --nocluster}. */
  public List<String> payaraOptions() {
    List<String> options = new ArrayList<>();
    options.add("--clustername");
    options.add(name);
    options.add("--clustermode");
    options.add("tcpip:" + String.join(",", members));
    options.add("--startport");
    options.add(Integer.toString(port));
    if (publicAddress != null) {
      options.add("--hzpublicaddress");
      options.add(publicAddress);
    } else if (onThisMachine()) {
      // Otherwise the grid names this instance by the machine's network address.
      options.add("--interfaces");
      options.add("127.0.0.1");
    }
    return options;
  }

  /** Whether every member is on loopback: instances of one machine. */
  public boolean onThisMachine() {
    return members.stream()
        .map(m -> m.startsWith("[") ? m.substring(0, m.indexOf(']') + 1) : m.split(":")[0])
        .allMatch(h -> h.equals("localhost") || h.startsWith("127."));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
