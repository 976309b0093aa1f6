package dev.reconciler.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import dev.reconciler.app.rules.CandidateCompiled;
import dev.reconciler.app.rules.RulesInForce;
import dev.reconciler.app.rules.VersionActivated;
import dev.reconciler.json.Json;
import dev.reconciler.reconcile.Reconciler;
import dev.reconciler.reconcile.RuleSet;
import dev.reconciler.reconcile.RuleSetLoader;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the rules in force the same on every instance of a cluster, over a grid topic of short JSON
 * messages (plain strings, so that no class of the application crosses the grid):
 *
 * <ol>
 *   <li>{@code compile}, with the candidate's texts, before an activation commits: each other
 *       instance compiles it (Drools takes seconds) and answers {@code compiled}; the activating
 *       instance waits for every answer, at most {@link #COMPILE_WAIT};
 *   <li>{@code activated}, once the activation committed: each other instance reads the active
 *       version from the database and switches to it, a cache hit for the compiled rules.
 * </ol>
 *
 * A lost message costs at most {@link #CHECK_EVERY}: a follower thread compares the database's
 * active version with the one in force that often. Does nothing on a single instance.
 */
@Singleton
@Startup
@DependsOn("RulesInForce")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RuleSetAnnouncements {

  static final String TOPIC = "reconciler.rule-sets";

  /** How often an instance checks the database's active version, in case a message was lost. */
  static final Duration CHECK_EVERY = Duration.ofSeconds(1);

  /**
   * How long an activation waits for the other instances to compile the candidate; one that takes
   * longer compiles it when it switches.
   */
  static final Duration COMPILE_WAIT = Duration.ofSeconds(10);

  private static final Logger LOG = Logger.getLogger(RuleSetAnnouncements.class.getName());

  @Inject Grid grid;
  @Inject RulesInForce rules;

  @Resource ManagedThreadFactory threads;

  private final BlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();

  /** Per candidate hash being activated here, the members that said they compiled it. */
  private final ConcurrentHashMap<String, Set<UUID>> compiledBy = new ConcurrentHashMap<>();

  private ITopic<String> topic;
  private UUID listener;
  private UUID self;
  private Thread follower;
  private volatile boolean running;

  @PostConstruct
  void start() {
    HazelcastInstance hz = grid.hazelcast().orElse(null);
    if (hz == null) {
      return;
    }
    self = hz.getCluster().getLocalMember().getUuid();
    topic = hz.getTopic(TOPIC);
    listener = topic.addMessageListener(m -> received(m.getMessageObject()));
    running = true;
    follower = threads.newThread(this::followLoop);
    follower.setName("reconciler-rules-follower");
    follower.setDaemon(true);
    follower.start();
    LOG.info(
        () ->
            "reconciler: in cluster "
                + grid.describe().map(JsonNode::toString).orElse("")
                + "; rule-set activations announced on "
                + TOPIC);
  }

  @PreDestroy
  void stop() {
    running = false;
    if (topic != null) {
      try {
        topic.removeMessageListener(listener);
      } catch (RuntimeException gridGone) {
        // Payara may have shut the grid down first.
      }
      follower.interrupt();
    }
  }

  /** Before the commit: the other instances compile the candidate now, not when they switch. */
  public void beforeActivation(@Observes CandidateCompiled candidate) {
    if (topic == null || grid.others().isEmpty()) {
      return;
    }
    RuleSet rs = candidate.ruleSet();
    Set<UUID> answered = compiledBy.computeIfAbsent(rs.hash(), h -> ConcurrentHashMap.newKeySet());
    ObjectNode message = message("compile");
    message.put("hash", rs.hash());
    message.put("label", rs.label());
    ObjectNode files = message.putObject("files");
    rs.files().forEach(files::put);
    long started = System.nanoTime();
    topic.publish(message.toString());
    long deadline = started + COMPILE_WAIT.toNanos();
    try {
      synchronized (answered) {
        while (!answeredByAll(answered) && System.nanoTime() < deadline) {
          answered.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      compiledBy.remove(rs.hash());
    }
    long ms = (System.nanoTime() - started) / 1_000_000;
    if (answeredByAll(answered)) {
      LOG.info(
          () -> "reconciler: rules " + rs.id() + " compiled on every instance in " + ms + " ms");
    } else {
      LOG.warning(
          () ->
              "reconciler: rules "
                  + rs.id()
                  + ": not every instance said it compiled them within "
                  + COMPILE_WAIT.toSeconds()
                  + " s; those switch once they did");
    }
  }

  /** After the commit: every other instance switches to what the database says is active. */
  public void afterActivation(@Observes VersionActivated activated) {
    if (topic == null) {
      return;
    }
    ObjectNode message = message("activated");
    message.put("id", activated.active().id());
    message.put("hash", activated.active().ruleSet().hash());
    topic.publish(message.toString());
  }

  private boolean answeredByAll(Set<UUID> answered) {
    return grid.others().stream().map(Member::getUuid).allMatch(answered::contains);
  }

  private ObjectNode message(String kind) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("kind", kind);
    n.put("from", self.toString());
    return n;
  }

  /** On the grid's event thread: answers are counted here, work goes to the follower thread. */
  private void received(String text) {
    JsonNode m;
    try {
      m = Json.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      LOG.warning("reconciler: a message on " + TOPIC + " is not JSON; ignored");
      return;
    }
    if (self.toString().equals(m.path("from").asText())) {
      return;
    }
    if ("compiled".equals(m.path("kind").asText())) {
      Set<UUID> answered = compiledBy.get(m.path("hash").asText());
      if (answered != null) {
        synchronized (answered) {
          answered.add(UUID.fromString(m.path("from").asText()));
          answered.notifyAll();
        }
      }
      return;
    }
    inbox.offer(m);
  }

  private void followLoop() {
    while (running) {
      try {
        JsonNode m = inbox.poll(CHECK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        if (m != null && "compile".equals(m.path("kind").asText())) {
          compile(m);
        } else {
          // Told that a version was activated, or time for the periodic check.
          rules.follow();
        }
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        // The database may be away for a moment; the next check tries again.
        LOG.log(Level.WARNING, "reconciler: following the cluster's rules: " + e, e);
      }
    }
  }

  private void compile(JsonNode m) {
    String hash = m.path("hash").asText();
    TreeMap<String, String> texts =
        Json.MAPPER.convertValue(m.path("files"), new TypeReference<TreeMap<String, String>>() {});
    RuleSet rs = RuleSetLoader.fromTexts(texts, m.path("label").asText("announced"));
    if (!rs.hash().equals(hash)) {
      LOG.warning("reconciler: announced rules " + hash + " hash to " + rs.hash() + "; ignored");
      return;
    }
    long started = System.nanoTime();
    new Reconciler(rs);
    ObjectNode answer = message("compiled");
    answer.put("hash", hash);
    topic.publish(answer.toString());
    LOG.info(
        () ->
            "reconciler: compiled rules "
                + rs.id()
                + " announced by another instance in "
                + (System.nanoTime() - started) / 1_000_000
                + " ms");
  }
}
