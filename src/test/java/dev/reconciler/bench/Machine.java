package dev.reconciler.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prints what the figures were measured on: cores, memory, JDK, load, time. */
final class Machine {

  private Machine() {}

  static void print() {
    Runtime rt = Runtime.getRuntime();
    String load = "?";
    try {
      load = Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (Exception e) {
      // not Linux: no load average
    }
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    System.out.printf(
        "machine: %d cores available, %.1f GiB RAM, max heap %.1f GiB, %s %s (%s), load average %s,"
            + " %s%n",
        rt.availableProcessors(),
        os.getTotalMemorySize() / (1024.0 * 1024 * 1024),
        rt.maxMemory() / (1024.0 * 1024 * 1024),
        System.getProperty("java.vm.name"),
        System.getProperty("java.runtime.version"),
        System.getProperty("java.vm.vendor"),
        load,
        java.time.Instant.now());
  }
}
