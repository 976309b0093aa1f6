package dev.reconciler.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the JAR manifest, or "development" when run from classes. */
final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() {
    String v = Main.class.getPackage().getImplementationVersion();
    return new String[] {"reconciler " + (v == null ? "development" : v)};
  }
}
