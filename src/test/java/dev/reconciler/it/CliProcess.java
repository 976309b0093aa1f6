package dev.reconciler.it;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The command line run as a user runs it ({@code ./reconciler} execs exactly this class path and
 * main class), as a child process whose output lines can be awaited.
 */
public final class CliProcess implements AutoCloseable {

  private final Process process;
  private final BlockingQueue<String> stdout = new LinkedBlockingQueue<>();
  private final List<String> stderr = new ArrayList<>();

  private CliProcess(Process process) {
    this.process = process;
    pump(process.getInputStream(), stdout::add);
    pump(
        process.getErrorStream(),
        line -> {
          synchronized (stderr) {
            stderr.add(line);
          }
        });
  }

  public static CliProcess start(Map<String, String> env, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add("target/classes" + File.pathSeparator + "target/lib/*");
    command.add("dev.reconciler.cli.Main");
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().keySet().removeIf(k -> k.startsWith("RECONCILER_"));
    pb.environment().putAll(env);
    return new CliProcess(pb.start());
  }

  private static void pump(java.io.InputStream in, java.util.function.Consumer<String> sink) {
    Thread t =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                  sink.accept(line);
                }
              } catch (IOException ignored) {
                // The process ended.
              }
            });
    t.setDaemon(true);
    t.start();
  }

  /** Waits for a stdout line containing {@code text}; fails with what was seen if none comes. */
  public String awaitLine(String text, long timeoutSeconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    List<String> seen = new ArrayList<>();
    while (System.nanoTime() < deadline) {
      String line = stdout.poll(500, TimeUnit.MILLISECONDS);
      if (line != null) {
        seen.add(line);
        if (line.contains(text)) {
          return line;
        }
      } else if (!process.isAlive() && stdout.isEmpty()) {
        break;
      }
    }
    throw new AssertionError(
        "no line with '" + text + "'; stdout: " + seen + "; stderr: " + stderr());
  }

  /** Waits for the process to end (a hang guard, not a speed check) and returns its exit code. */
  public int awaitExit(long timeoutSeconds) throws InterruptedException {
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the command did not end within " + timeoutSeconds + " s");
    }
    Thread.sleep(200); // let the pumps drain
    return process.exitValue();
  }

  /** Every stdout line received so far, in order. */
  public List<String> stdoutSoFar() {
    return List.copyOf(stdout);
  }

  /** Sends SIGTERM, as a service manager or Ctrl-C's shutdown path would. */
  public void terminate() {
    process.destroy();
  }

  public List<String> stderr() {
    synchronized (stderr) {
      return List.copyOf(stderr);
    }
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
