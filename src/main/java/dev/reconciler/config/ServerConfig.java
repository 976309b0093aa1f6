package dev.reconciler.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The settings the application reads inside the server, through MicroProfile Config (environment
 * variables included), with the same names and defaults as {@link Settings}, which the launcher
 * uses. Every {@code @ConfigProperty} of the application belongs here.
 */
@ApplicationScoped
public class ServerConfig {

  @Inject
  @ConfigProperty(name = Settings.RULES_DIR, defaultValue = "rules")
  String rulesDir;

  /** The editors' rule files loaded and activated at start-up. */
  public Path rulesDir() {
    return Path.of(rulesDir);
  }
}
