package org.agendasearch.web.reindex;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.agendasearch.ingest.Ingestor;
import org.agendasearch.ingest.TestFiles;
import org.agendasearch.search.index.IndexBuilder;
import org.agendasearch.search.index.IndexLayout;
import org.agendasearch.search.index.ReindexListener;
import org.agendasearch.web.Services;
import org.agendasearch.web.WebApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server killed with SIGKILL comes back on the same index; a greedy client gets 429, not the cores. */
class ServerFaultsIT {

  @TempDir
  Path tmp;

  HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  void a_server_killed_with_sigkill_restarts_on_the_same_index_and_answers() throws Exception {
    Path corpus = TestFiles.repoRoot().resolve("corpus");
    Path index = tmp.resolve("index");
    for (int round = 0; round < 2; round++) {
      Process server = serve(corpus, index);
      try {
        ChildOutput output = new ChildOutput(server);
        int port = Integer.parseInt(output.await(SERVING, Duration.ofSeconds(120)).group(1));
        if (round == 0) {
          // The first start listens at once and builds the index behind: search answers once it is committed.
          output.await(BUILT, Duration.ofSeconds(120));
        }
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/api/search?q=colwall")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("001_aa98a297444b1522.pdf");
        if (round == 1) {
          assertThat(output.text()).doesNotContain("The index is empty"); // reused, not rebuilt
        }
      } finally {
        server.destroyForcibly();
        server.waitFor(20, TimeUnit.SECONDS);
      }
    }
  }

  @Test
  void a_client_over_the_rate_limit_gets_429_with_retry_after() throws Exception {
    Path corpus = TestFiles.repoRoot().resolve("corpus");
    Path index = tmp.resolve("index");
    new IndexBuilder(new Ingestor(), 2).reindex(corpus, new IndexLayout(index), true, ReindexListener.NONE, null);
    try (Services services = Services.open(index, corpus, null, 2)) {
      // The limiter's clock is the test's: no time passes between the requests, and the wait the
      // client is told to make passes when the test advances it, not while it sleeps.
      AtomicLong nanos = new AtomicLong();
      Javalin app = WebApp.create(services, nanos::get).start("127.0.0.1", 0);
      try {
        List<Integer> codes = new ArrayList<>();
        String retryAfter = null;
        for (int i = 0; i < 20; i++) {
          HttpResponse<String> r = http.send(HttpRequest.newBuilder(
              URI.create("http://127.0.0.1:" + app.port() + "/api/search?q=budget")).build(),
              HttpResponse.BodyHandlers.ofString());
          codes.add(r.statusCode());
          if (r.statusCode() == 429) {
            retryAfter = r.headers().firstValue("retry-after").orElse(null);
            assertThat(r.body()).contains("Too many requests");
          }
        }
        assertThat(codes).contains(200, 429).doesNotContain(500);
        // 2 a second, bursts of 6: with the clock standing still, the first 6 are answered and no more.
        assertThat(codes.subList(0, 6)).containsOnly(200);
        assertThat(codes.subList(6, codes.size())).containsOnly(429);
        assertThat(retryAfter).isNotNull();
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(Long.parseLong(retryAfter)));
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/search?q=budget"))
            .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
      } finally {
        app.stop();
      }
    }
  }

  private static final Pattern SERVING = Pattern.compile("Serving \\d+ records at http://localhost:(\\d+)/");
  private static final Pattern BUILT = Pattern.compile("Index build done: .*; serving [1-9]\\d* records");

  /** {@code agenda serve} in a child JVM, its output read as it comes ({@link ChildOutput}). */
  private static Process serve(Path corpus, Path index) throws Exception {
    return org.agendasearch.web.bench.ChildJvm.startReadable(List.of("-Xmx512m"), "serve", "--port", "0", "--rate-limit",
        "0", "--corpus", corpus.toString(), "--index", index.toString());
  }
}
