package org.agendasearch.web.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs the query mix with N concurrent clients, each sending its next query when the last one
 * answered, for a fixed number of requests and at most a fixed time. Only loopback is targeted.
 */
final class LoadRunner {

  record Result(Stats stats, int errors) {}

  private LoadRunner() {}

  /** HTTP: every request must answer 200, anything else counts as an error. */
  static Result http(int port, int clients, int requests, Duration limit) throws Exception {
    ExecutorService executor = Executors.newFixedThreadPool(Math.max(2, clients));
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
        .connectTimeout(Duration.ofSeconds(5)).build();
    AtomicInteger errors = new AtomicInteger();
    Result r = run(clients, requests, limit, i -> {
      String qs = QueryMix.QUERIES.get(i % QueryMix.QUERIES.size()).http();
      HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/search?" + qs))
          .timeout(Duration.ofSeconds(30)).build();
      try {
        HttpResponse<byte[]> resp = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        if (resp.statusCode() != 200) {
          errors.incrementAndGet();
        }
      } catch (Exception e) {
        errors.incrementAndGet();
      }
    });
    http.close();
    executor.shutdown(); // its threads would keep a load client's JVM from ending
    return new Result(r.stats(), errors.get());
  }

  /** Runs {@code work(i)} for i = 0.. on N threads, timing each call. */
  static Result run(int clients, int requests, Duration limit, IntConsumer work) throws Exception {
    long deadline = System.nanoTime() + limit.toNanos();
    AtomicInteger next = new AtomicInteger();
    long[] times = new long[requests];
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      futures.add(pool.submit(() -> {
        int i;
        while ((i = next.getAndIncrement()) < requests && System.nanoTime() < deadline) {
          long t0 = System.nanoTime();
          work.accept(i);
          times[i] = System.nanoTime() - t0;
          done.incrementAndGet();
        }
      }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    long wall = System.nanoTime() - start;
    pool.shutdown();
    long[] measured = new long[done.get()];
    int k = 0;
    for (long t : times) {
      if (t > 0 && k < measured.length) {
        measured[k++] = t;
      }
    }
    return new Result(Stats.of(java.util.Arrays.copyOf(measured, k), wall), 0);
  }
}
