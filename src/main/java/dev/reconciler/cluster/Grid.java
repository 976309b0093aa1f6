package dev.reconciler.cluster;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import dev.reconciler.config.ServerConfig;
import dev.reconciler.json.Json;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Payara Micro's data grid, when this instance runs clustered ({@code serve --cluster}): the
 * Hazelcast member Payara started, found at its JNDI name. Empty for a single instance.
 */
@ApplicationScoped
public class Grid {

  /** Where Payara binds its Hazelcast instance. */
  static final String JNDI_NAME = "payara/Hazelcast";

  private static final Logger LOG = Logger.getLogger(Grid.class.getName());

  @Inject ServerConfig config;

  private String name;
  private HazelcastInstance hazelcast;

  @PostConstruct
  void find() {
    Optional<String> cluster = config.cluster();
    if (cluster.isEmpty()) {
      return;
    }
    try {
      hazelcast = (HazelcastInstance) new InitialContext().lookup(JNDI_NAME);
    } catch (NamingException | ClassCastException e) {
      String problem =
          "reconciler: cluster "
              + cluster.get()
              + " configured, but Payara's data grid is not at "
              + JNDI_NAME
              + ": "
              + e;
      LOG.severe(problem);
      throw new IllegalStateException(problem, e);
    }
    name = cluster.get();
  }

  /** The grid's member in this JVM, when clustered. */
  public Optional<HazelcastInstance> hazelcast() {
    return Optional.ofNullable(hazelcast);
  }

  /** The other members now in the grid. */
  public List<Member> others() {
    if (hazelcast == null) {
      return List.of();
    }
    return hazelcast.getCluster().getMembers().stream().filter(m -> !m.localMember()).toList();
  }

  /**
   * {@code {"name", "member": "host:port", "members": ["host:port", ...]}} (every member, this one
   * included), or empty for a single instance.
   */
  public Optional<ObjectNode> describe() {
    if (hazelcast == null) {
      return Optional.empty();
    }
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("name", name);
    n.put("member", address(hazelcast.getCluster().getLocalMember()));
    ArrayNode members = n.putArray("members");
    hazelcast.getCluster().getMembers().forEach(m -> members.add(address(m)));
    return Optional.of(n);
  }

  private static String address(Member m) {
    return m.getAddress().getHost() + ":" + m.getAddress().getPort();
  }
}
