package dev.reconciler.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP load generator, run as its own process (JDK classes only) so that it does not share
 * a JVM with the service: {@code LoadGenerator BASE GET|POST PATH-OR-ID-RANGE rate|conc N SECONDS}.
 *
 * <ul>
 *   <li>{@code rate N}: open loop, N requests per second on a fixed schedule; a latency counts from
 *       the moment the request was due, so a slow server cannot hide its queueing (at most 256 in
 *       flight; a request that finds them all busy waits and its wait counts).
 *   <li>{@code conc N}: closed loop, N clients each sending its next request when the last ends.
 * </ul>
 *
 * GET paths may hold {@code {id}}, replaced in turn by 1..ids (the incidents that exist). POST
 * sends a distinct report text each time (a seed-format report about a generated attack). Prints
 * one line: requests, errors, throughput, p50, p90, p99, max. Loopback only.
 *
 * <p>Each run is a fresh JVM: for its first {@code -Dwarmup} seconds (default 2) it sends the same
 * load without recording it, so that the client's own start (class loading, JIT, opening
 * connections) is not counted as the server's latency. Only the {@code SECONDS} after count.
 */
public final class LoadGenerator {

  public static void main(String[] args) throws Exception {
    URI base = URI.create(args[0]);
    if (!base.getHost().equals("127.0.0.1") && !base.getHost().equals("localhost")) {
      throw new IllegalArgumentException("load only against this machine's loopback, not " + base);
    }
    String method = args[1];
    String path = args[2];
    String mode = args[3];
    int n = Integer.parseInt(args[4]);
    double seconds = Double.parseDouble(args[5]);
    int ids = args.length > 6 ? Integer.parseInt(args[6]) : 1;
    String label = args.length > 7 ? args[7] : method + " " + path;

    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    AtomicInteger sequence = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
    long warmup = (long) (Double.parseDouble(System.getProperty("warmup", "2")) * 1e9);
    long first = System.nanoTime();
    long start = first + warmup;
    long end = start + (long) (seconds * 1e9);

    // -DifNoneMatch=true: a client that keeps each document's ETag and revalidates with it (304).
    boolean revalidate = Boolean.getBoolean("ifNoneMatch");
    java.util.Map<String, String> tags = new java.util.concurrent.ConcurrentHashMap<>();
    java.util.function.Supplier<HttpRequest> next =
        () -> {
          int i = sequence.getAndIncrement();
          if (method.equals("GET")) {
            String p = path.replace("{id}", Integer.toString(1 + i % ids));
            HttpRequest.Builder b =
                HttpRequest.newBuilder(base.resolve(p)).timeout(Duration.ofSeconds(30)).GET();
            String tag = revalidate ? tags.get(p) : null;
            if (tag != null) {
              b.header("If-None-Match", tag);
            }
            return b.build();
          }
          return HttpRequest.newBuilder(base.resolve(path))
              .timeout(Duration.ofSeconds(60))
              .header("Content-Type", "text/plain; charset=UTF-8")
              .POST(HttpRequest.BodyPublishers.ofString(report(i)))
              .build();
        };
    java.util.concurrent.atomic.AtomicLong bodyChars = new java.util.concurrent.atomic.AtomicLong();
    java.util.function.BiConsumer<HttpResponse<String>, Throwable> record =
        (r, e) -> {
          if (r != null) {
            bodyChars.addAndGet(r.body().length());
            r.headers().firstValue("ETag").ifPresent(t -> tags.put(r.request().uri().getPath(), t));
          }
          if (e != null || (r.statusCode() >= 300 && r.statusCode() != 304)) {
            errors.incrementAndGet();
            if (errorSamples.size() < 3) {
              errorSamples.add(
                  e != null
                      ? e.toString()
                      : r.statusCode()
                          + " "
                          + r.body().substring(0, Math.min(200, r.body().length())));
            }
          }
        };

    if (mode.equals("rate")) {
      Semaphore inFlight = new Semaphore(256);
      List<CompletableFuture<?>> pending = new ArrayList<>();
      long interval = (long) (1e9 / n);
      for (long due = first; due < end; due += interval) {
        long wait = due - System.nanoTime();
        if (wait > 0) {
          TimeUnit.NANOSECONDS.sleep(wait);
        }
        inFlight.acquire();
        long dueAt = due;
        pending.add(
            client
                .sendAsync(next.get(), HttpResponse.BodyHandlers.ofString())
                // handle, not whenComplete: the kept future then holds null, not the response body.
                .handle(
                    (r, e) -> {
                      if (dueAt >= start) {
                        latencies.add(System.nanoTime() - dueAt);
                        record.accept(r, e);
                      }
                      inFlight.release();
                      return null;
                    }));
      }
      CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
          .handle((x, e) -> null)
          .get(90, TimeUnit.SECONDS);
    } else {
      Thread[] clients = new Thread[n];
      for (int c = 0; c < n; c++) {
        clients[c] =
            new Thread(
                () -> {
                  while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = null;
                    Throwable err = null;
                    try {
                      r = client.send(next.get(), HttpResponse.BodyHandlers.ofString());
                    } catch (Exception e) {
                      err = e;
                    }
                    if (t0 >= start) {
                      latencies.add(System.nanoTime() - t0);
                      record.accept(r, err);
                    }
                  }
                });
        clients[c].start();
      }
      for (Thread t : clients) {
        t.join();
      }
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    long[] l = latencies.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(l);
    System.out.printf(
        Locale.ROOT,
        "%s: %s %d, %.1f s: %d requests, %d errors, %.1f req/s, p50 %.1f ms, p90 %.1f ms, p99 %.1f"
            + " ms, p99.9 %.1f ms, max %.1f ms, mean body %.1f KB%n",
        label,
        mode,
        n,
        elapsed,
        l.length,
        errors.get(),
        l.length / elapsed,
        pct(l, 50),
        pct(l, 90),
        pct(l, 99),
        pct(l, 99.9),
        l.length == 0 ? 0 : l[l.length - 1] / 1e6,
        l.length == 0 ? 0 : bodyChars.get() / 1024.0 / l.length);
    errorSamples.forEach(e -> System.out.println("  error: " + e));
    System.exit(0);
  }

  private static double pct(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }

  private static final String[] CITIES = {
    "Karachi", "Lahore", "Quetta", "Peshawar", "Kabul", "Mogadishu"
  };

  /** A distinct report in the seed format: a dated wire story about one of several attacks. */
  static String report(int i) {
    String city = CITIES[i % CITIES.length];
    int day = 1 + (i / CITIES.length) % 28;
    int killed = 3 + i % 9;
    return "date 2024-03-"
        + String.format("%02d", day)
        + " By Wire "
        + (i % 7)
        + "\n\n"
        + "Gunmen attacked the police headquarters in "
        + city
        + " on Friday night, officials said.\n\n"
        + "\""
        + killed
        + " people were killed and "
        + (10 + i % 13)
        + " wounded,\" police chief Amir Khan said.\n\n"
        + "The operation has concluded with the killing of all "
        + (2 + i % 3)
        + " attackers, he said.\n\n"
        + "Report "
        + i
        + " of the load test.\n";
  }
}
