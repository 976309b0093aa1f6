package dev.reconciler.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * A small HTTP load generator, run as its own process so that it does not share a JVM with the
 * service: {@code LoadGenerator BASE GET|POST PATH-OR-ID-RANGE rate|conc N SECONDS}.
 *
 * <ul>
 *   <li>{@code rate N}: open loop, N requests per second on a fixed schedule (as wrk2 does): a
 *       latency counts from the moment the request was due, so a slow server cannot hide its
 *       queueing (at most {@link #WORKERS} in flight; a request that finds them all busy is sent
 *       late and its wait counts).
 *   <li>{@code conc N}: closed loop, N clients each sending its next request when the last ends.
 * </ul>
 *
 * GET paths may hold {@code {id}}, replaced in turn by 1..ids (the incidents that exist). POST
 * sends a distinct report text each time (a seed-format report about a generated attack). Prints
 * one line: requests, errors, throughput, p50, p90, p99, p99.9, max, mean body. Loopback only.
 *
 * <p>Blocking HTTP/1.1 on kept-alive pooled connections (Apache HttpClient 5 classic), one thread
 * per request in flight: the JDK's asynchronous client, used before, spent so much of the two cores
 * that at 500 GET/s of 40 KB it fell behind by seconds while the server idled at 70 % of a core.
 *
 * <p>Each run is a fresh JVM: for its first {@code -Dwarmup} seconds (default 2) it sends the same
 * load without recording it, so that the client's own start (class loading, JIT, opening
 * connections) is not counted as the server's latency. Only the {@code SECONDS} after count.
 */
public final class LoadGenerator {

  /** Threads, and so requests in flight, of the open loop. */
  static final int WORKERS = 64;

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
    int threads = mode.equals("rate") ? WORKERS : n;

    PoolingHttpClientConnectionManager connections = new PoolingHttpClientConnectionManager();
    connections.setMaxTotal(threads);
    connections.setDefaultMaxPerRoute(threads);
    connections.setDefaultConnectionConfig(
        ConnectionConfig.custom()
            .setConnectTimeout(Timeout.ofSeconds(5))
            .setSocketTimeout(Timeout.ofSeconds(method.equals("GET") ? 30 : 60))
            .build());
    CloseableHttpClient client =
        HttpClients.custom()
            .setConnectionManager(connections)
            // Count what the server sends: no decompression, no retries, no redirects.
            .disableContentCompression()
            .disableAutomaticRetries()
            .disableRedirectHandling()
            .build();

    AtomicInteger sequence = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    AtomicLong bodyBytes = new AtomicLong();
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
    long warmup = (long) (Double.parseDouble(System.getProperty("warmup", "2")) * 1e9);
    long first = System.nanoTime();
    long start = first + warmup;
    long end = start + (long) (seconds * 1e9);
    long interval = mode.equals("rate") ? (long) (1e9 / n) : 0;

    // -DifNoneMatch=true: a client that keeps each document's ETag and revalidates with it (304).
    boolean revalidate = Boolean.getBoolean("ifNoneMatch");
    Map<String, String> tags = new ConcurrentHashMap<>();

    Runnable worker =
        () -> {
          byte[] buffer = new byte[64 * 1024];
          while (true) {
            int i = sequence.getAndIncrement();
            long due;
            if (interval > 0) {
              due = first + i * interval;
              if (due >= end) {
                return;
              }
              long wait = due - System.nanoTime();
              if (wait > 0) {
                try {
                  TimeUnit.NANOSECONDS.sleep(wait);
                } catch (InterruptedException e) {
                  return;
                }
              }
            } else {
              due = System.nanoTime();
              if (due >= end) {
                return;
              }
            }
            String p =
                method.equals("GET") ? path.replace("{id}", Integer.toString(1 + i % ids)) : path;
            HttpUriRequestBase request;
            if (method.equals("GET")) {
              request = new HttpGet(base.resolve(p));
              String tag = revalidate ? tags.get(p) : null;
              if (tag != null) {
                request.setHeader("If-None-Match", tag);
              }
            } else {
              HttpPost post = new HttpPost(base.resolve(p));
              post.setEntity(
                  new StringEntity(
                      report(i), ContentType.create("text/plain", StandardCharsets.UTF_8)));
              request = post;
            }
            String failure = null;
            long bytes = 0;
            try {
              int status =
                  client.execute(
                      request,
                      response -> {
                        Header etag = response.getFirstHeader("ETag");
                        if (etag != null) {
                          tags.put(p, etag.getValue());
                        }
                        if (response.getEntity() != null) {
                          try (var in = response.getEntity().getContent()) {
                            long read = 0;
                            for (int r; (r = in.read(buffer)) > 0; ) {
                              read += r;
                            }
                            bodyBytes.addAndGet(due >= start ? read : 0);
                          }
                        }
                        return response.getCode();
                      });
              if (status >= 300 && status != 304) {
                failure = "status " + status;
              }
            } catch (Exception e) {
              failure = e.toString();
            }
            if (due >= start) {
              latencies.add(System.nanoTime() - due);
              if (failure != null) {
                errors.incrementAndGet();
                if (errorSamples.size() < 3) {
                  errorSamples.add(failure);
                }
              }
            }
          }
        };
    Thread[] pool = new Thread[threads];
    for (int t = 0; t < threads; t++) {
      pool[t] = new Thread(worker, "load-" + t);
      pool[t].start();
    }
    for (Thread t : pool) {
      t.join(TimeUnit.SECONDS.toMillis((long) seconds + 120));
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
        l.length == 0 ? 0 : bodyBytes.get() / 1024.0 / l.length);
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
