package dev.reconciler.watch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Watches a rules directory and calls back once after each change, when the files have stopped
 * changing for the settle time (an editor saving several files, or a {@code git pull}, is one
 * change).
 *
 * <p>It polls a cheap fingerprint (paths, sizes, times) instead of using the JDK's WatchService:
 * WatchService is not recursive, misses changes on network and container file systems, and sees an
 * editor's save-by-rename as several events; a rules directory of a few dozen files costs
 * microseconds to look at.
 */
public final class RulesWatcher implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(RulesWatcher.class.getName());

  private final Path dir;
  private final Duration settle;
  private final Duration interval;
  private final Consumer<Path> onChange;
  private final Thread thread;
  private volatile boolean running = true;
  private Settling settling;

  /**
   * @param dir the rules directory
   * @param settle how long the files must stay unchanged before {@code onChange} is called
   * @param onChange called on the watcher's own thread, one change at a time
   */
  public RulesWatcher(Path dir, Duration settle, Consumer<Path> onChange) {
    this(
        dir,
        settle,
        onChange,
        r -> {
          Thread t = new Thread(r, "rules-watcher");
          t.setDaemon(true);
          return t;
        });
  }

  /**
   * As above, with the watcher's thread made by {@code threads}: inside an application server, a
   * managed thread factory, so that the callback may use transactions and the persistence context.
   */
  public RulesWatcher(Path dir, Duration settle, Consumer<Path> onChange, ThreadFactory threads) {
    this.dir = Objects.requireNonNull(dir, "a directory to watch");
    this.settle = Objects.requireNonNull(settle, "a settle time");
    this.interval = settle.dividedBy(4).isZero() ? Duration.ofMillis(50) : settle.dividedBy(4);
    this.onChange = Objects.requireNonNull(onChange, "what to do on a change");
    this.thread = threads.newThread(this::run);
  }

  /** Starts watching; the files as they are now are the baseline, not a change. */
  public RulesWatcher start() {
    // Taken here, not on the watcher's thread, so that an edit right after start() is a change.
    settling = new Settling(DirectoryFingerprint.of(dir), settle.toNanos());
    thread.start();
    return this;
  }

  private void run() {
    while (running) {
      try {
        Thread.sleep(interval.toMillis());
      } catch (InterruptedException e) {
        return;
      }
      if (settling.look(DirectoryFingerprint.of(dir), System.nanoTime())) {
        notifyChange();
      }
    }
  }

  private void notifyChange() {
    try {
      onChange.accept(dir);
    } catch (RuntimeException e) {
      // The watcher outlives a failed reload: the next edit gets its own chance.
      LOG.log(Level.WARNING, "reconciler: handling a change in " + dir + " failed", e);
    }
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
