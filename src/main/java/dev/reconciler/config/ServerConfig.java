package dev.reconciler.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The settings the application reads inside the server, through MicroProfile Config (environment
 * variables included), with the same names and defaults as {@link Settings}, which the launcher
 * uses. Every {@code @ConfigProperty} of the application belongs here.
 */
@ApplicationScoped
public class ServerConfig {

  @Inject
  @ConfigProperty(name = Settings.RULES_DIR, defaultValue = Settings.DEFAULT_RULES_DIR)
  String rulesDir;

  /** The editors' rule files loaded and activated at start-up. */
  public Path rulesDir() {
    return Path.of(rulesDir);
  }

  @Inject
  @ConfigProperty(name = Settings.MODE, defaultValue = "development")
  String mode;

  @Inject
  @ConfigProperty(name = Settings.USERS)
  Optional<String> users;

  @Inject
  @ConfigProperty(name = Settings.API_KEY)
  Optional<String> apiKey;

  @Inject
  @ConfigProperty(name = Settings.MAX_BODY_BYTES, defaultValue = Settings.DEFAULT_MAX_BODY_BYTES)
  String maxBodyBytes;

  public boolean production() {
    return Settings.Mode.PRODUCTION.name().equals(mode.strip().toUpperCase(Locale.ROOT));
  }

  /** The raw {@code name:HASH:role,...} list, empty when no accounts are configured. */
  public String users() {
    return users.orElse("").strip();
  }

  /** The key clients must send, or empty when reading and posting are open. */
  public Optional<String> apiKey() {
    return apiKey.map(String::strip).filter(k -> !k.isEmpty());
  }

  @Inject
  @ConfigProperty(name = Settings.RULES_WATCH)
  Optional<Boolean> rulesWatch;

  @Inject
  @ConfigProperty(name = Settings.RULES_SETTLE_MS, defaultValue = Settings.DEFAULT_RULES_SETTLE_MS)
  long rulesSettleMs;

  /**
   * Whether edits to the rules directory go live by themselves: by default in development, never by
   * default in production, where rule sets are activated through the API.
   */
  public boolean rulesWatch() {
    return rulesWatch.orElse(!production());
  }

  public Duration rulesSettle() {
    return Duration.ofMillis(Math.max(50, rulesSettleMs));
  }

  @Inject
  @ConfigProperty(
      name = Settings.EXTRACTOR_DELAY_MS,
      defaultValue = Settings.DEFAULT_EXTRACTOR_DELAY_MS)
  long extractorDelayMs;

  /**
   * How long the server waits after deployment before it loads the extractor's models: none in use;
   * tests of the time before the models are ready set it to make that time last.
   */
  public Duration extractorDelay() {
    return Duration.ofMillis(Math.max(0, extractorDelayMs));
  }

  public long maxBodyBytes() {
    return Settings.maxBodyBytes(maxBodyBytes);
  }

  @Inject
  @ConfigProperty(name = ClusterSettings.NAME)
  Optional<String> cluster;

  /** The data grid this instance joined ({@code serve --cluster}), or empty for one instance. */
  public Optional<String> cluster() {
    return cluster.map(String::strip).filter(c -> !c.isEmpty());
  }
}
