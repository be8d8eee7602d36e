package org.agendasearch.web.reindex;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.agendasearch.ingest.Ingestor;
import org.agendasearch.ingest.PackJson;
import org.agendasearch.ingest.TestFiles;
import org.agendasearch.search.index.IndexBuilder;
import org.agendasearch.search.index.IndexLayout;
import org.agendasearch.search.index.ReindexListener;
import org.agendasearch.web.Services;
import org.agendasearch.web.WebApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries keep answering, with zero errors, while full rebuilds run and are switched in; and the
 * admin endpoint starts a reindex only with the token.
 */
class ReindexUnderLoadIT {

  @TempDir
  Path tmp;

  static final int CLIENTS = 32;
  /** A mix: words, a phrase, boolean, a facet filter, a type filter, a date range, sort, a deep page. */
  static final String[] QUERIES = {"q=colwall", "q=budget", "q=%22corporate+parenting%22", "q=school+OR+children",
      "q=children&committee=Cabinet", "q=minutes&type=resolution", "q=safeguarding&from=2017-01-01&to=2020-12-31",
      "q=report&sort=newest", "q=children&page=3"};

  HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private static double pct(long[] sorted, int p) {
    return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
  }

  @Test
  void queries_during_full_rebuilds_answer_with_zero_errors() throws Exception {
    Path corpus = TestFiles.repoRoot().resolve("corpus");
    Path index = tmp.resolve("index");
    IndexBuilder builder = new IndexBuilder(new Ingestor(), 1);
    builder.reindex(corpus, new IndexLayout(index), true, ReindexListener.NONE, null);
    try (Services services = Services.open(index, corpus)) {
      Javalin app = WebApp.create(services).start("127.0.0.1", 0);
      AtomicBoolean rebuilding = new AtomicBoolean(true); // the clients query while it holds
      try {
        AtomicBoolean servingLast = new AtomicBoolean();
        CountDownLatch answeredFromLast = new CountDownLatch(CLIENTS);
        AtomicInteger answered = new AtomicInteger();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
          int client = c;
          Thread t = new Thread(() -> {
            int n = client;
            boolean counted = false;
            while (rebuilding.get()) {
              boolean fromLast = servingLast.get(); // set after the refresh: this query reads the last generation
              try {
                long t0 = System.nanoTime();
                String qs = QUERIES[n++ % QUERIES.length];
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + app.port() + "/api/search?" + qs)).build(),
                    HttpResponse.BodyHandlers.ofString());
                latencies.add(System.nanoTime() - t0);
                JsonNode body = PackJson.MAPPER.readTree(r.body());
                if (r.statusCode() != 200 || body.path("total").asInt() == 0) {
                  errors.add(r.statusCode() + " " + qs + " " + r.body());
                }
                answered.incrementAndGet();
              } catch (Exception e) {
                errors.add(e.toString());
              }
              if (fromLast && !counted) { // answered or failed: a failure is in the errors
                counted = true;
                answeredFromLast.countDown();
              }
            }
          });
          t.start();
          clients.add(t);
        }
        Path first = new IndexLayout(index).current().orElseThrow();
        for (int round = 0; round < 3; round++) {
          builder.reindex(corpus, new IndexLayout(index), true, ReindexListener.NONE, null);
        }
        // The last generation is served from here on (not after the 250 ms look: asked for now),
        // and every client answers a query from it before the clients stop.
        services.search().refresh();
        servingLast.set(true);
        assertThat(answeredFromLast.await(60, TimeUnit.SECONDS)).as("every client answered from the last generation")
            .isTrue();
        rebuilding.set(false);
        for (Thread t : clients) {
          t.join();
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("Queries during 3 full rebuilds, %d clients: %d answered, %d errors; latency p50 %.1f ms, "
            + "p95 %.1f ms, p99 %.1f ms%n", CLIENTS, answered.get(), errors.size(), pct(sorted, 50), pct(sorted, 95),
            pct(sorted, 99));
        assertThat(errors).isEmpty();
        assertThat(answered.get()).isGreaterThan(20);
        assertThat(new IndexLayout(index).current().orElseThrow()).isNotEqualTo(first);
        // Old generations are pruned: the live one and the one before it remain.
        try (var gens = Files.list(index)) {
          assertThat(gens.filter(p -> p.getFileName().toString().startsWith("gen-")).count()).isLessThanOrEqualTo(2);
        }
      } finally {
        rebuilding.set(false); // the clients stop however the test ends
        app.stop();
      }
    }
  }

  @Test
  void the_admin_endpoint_reindexes_only_with_the_token() throws Exception {
    Path corpus = TestFiles.repoRoot().resolve("corpus");
    Path index = tmp.resolve("index");
    new IndexBuilder(new Ingestor(), 1).reindex(corpus, new IndexLayout(index), true, ReindexListener.NONE, null);
    try (Services closed = Services.open(index, corpus)) {
      Javalin app = WebApp.create(closed).start("127.0.0.1", 0);
      try {
        assertThat(send(app, "POST", null).statusCode()).isEqualTo(404);
        assertThat(send(app, "POST", "anything").statusCode()).isEqualTo(404);
      } finally {
        app.stop();
      }
    }
    try (Services open = Services.open(index, corpus, "s3cret-token")) {
      Javalin app = WebApp.create(open).start("127.0.0.1", 0);
      try {
        assertThat(send(app, "POST", null).statusCode()).isEqualTo(401);
        assertThat(send(app, "POST", "wrong").statusCode()).isEqualTo(401);
        assertThat(send(app, "GET", "wrong").statusCode()).isEqualTo(401);
        HttpResponse<String> started = send(app, "POST", "s3cret-token");
        assertThat(started.statusCode()).isEqualTo(202);
        open.jobs().ended().get(60, TimeUnit.SECONDS); // the job's end; the bound only stops a hung one
        JsonNode status = PackJson.MAPPER.readTree(send(app, "GET", "s3cret-token").body());
        assertThat(status.path("state").asText()).isEqualTo("done");
        assertThat(status.path("message").asText()).contains("5 unchanged");
      } finally {
        app.stop();
      }
    }
  }

  private HttpResponse<String> send(Javalin app, String method, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/admin/reindex"))
        .method(method, HttpRequest.BodyPublishers.noBody());
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
