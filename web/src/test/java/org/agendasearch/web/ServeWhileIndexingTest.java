package org.agendasearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.agendasearch.ingest.Ingestor;
import org.agendasearch.ingest.TestFiles;
import org.agendasearch.search.LuceneBackend;
import org.agendasearch.search.index.FileResult;
import org.agendasearch.search.index.IndexBuilder;
import org.agendasearch.search.index.IndexLayout;
import org.agendasearch.search.index.ReindexListener;
import org.agendasearch.search.index.Reindexer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server started on an empty index listens at once and says how far the first build is; search
 * answers as soon as that build is committed. The build is held after its first file by a latch,
 * so the test sees the "indexing" answers for certain, then lets it finish.
 */
class ServeWhileIndexingTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path tmp;

  @Test
  void answers_with_progress_while_the_first_index_is_built_and_searches_once_it_is_committed() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.copy(TestFiles.repoRoot().resolve("corpus/001_aa98a297444b1522.pdf"), corpus.resolve("a.pdf"));
    Files.copy(TestFiles.repoRoot().resolve("corpus/002_c0727628f51b2c4a.pdf"), corpus.resolve("b.pdf"));
    Path index = tmp.resolve("index");
    CountDownLatch firstFileDone = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Reindexer real = new IndexBuilder(new Ingestor(), 1).into(new IndexLayout(index));
    // The real build, held after its first file until the test has seen the "indexing" answers.
    Reindexer held = (c, full, listener, report) -> real.reindex(c, full, new ReindexListener() {
      @Override
      public void planned(int toRead, int unchanged, int removed, boolean isFull) {
        listener.planned(toRead, unchanged, removed, isFull);
      }

      @Override
      public void plannedFiles(java.util.List<Path> toRead) {
        listener.plannedFiles(toRead);
      }

      @Override
      public void fileDone(FileResult r) {
        listener.fileDone(r);
        if (firstFileDone.getCount() > 0) {
          firstFileDone.countDown();
          await(release);
        }
      }
    }, report);
    LuceneBackend backend = new LuceneBackend(index);
    try (Services services = Services.of(backend, held, corpus, index.resolve("reports"), null, 0)) {
      Javalin app = WebApp.create(services).start("127.0.0.1", 0);
      try {
        assertThat(services.jobs().start(false)).isTrue();
        assertThat(firstFileDone.await(60, TimeUnit.SECONDS)).isTrue();

        JsonNode health = JSON.readTree(get(app, "/health").body());
        assertThat(health.path("status").asText()).isEqualTo("indexing");
        assertThat(health.path("indexing").path("files_done").asInt()).isEqualTo(1);
        assertThat(health.path("indexing").path("files_to_read").asInt()).isEqualTo(2);
        assertThat(health.path("indexing").path("pages_done").asInt()).isPositive();
        assertThat(health.path("indexing").path("pages_to_read").asInt()).isPositive();

        HttpResponse<String> api = get(app, "/api/search?q=budget");
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.headers().firstValue("Retry-After")).isPresent();
        assertThat(JSON.readTree(api.body()).path("error").asText()).contains("being built", "1 of 2 files");

        HttpResponse<String> page = get(app, "/search?q=budget");
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Refresh")).isPresent();
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("being built", "1 of 2 files").doesNotContain("<script");

        release.countDown();
        services.jobs().ended().get(120, TimeUnit.SECONDS);

        assertThat(JSON.readTree(get(app, "/health").body()).path("status").asText()).isEqualTo("ok");
        HttpResponse<String> after = get(app, "/api/search?q=council");
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(after.body()).path("total").asInt()).isPositive();
        assertThat(get(app, "/search?q=council").headers().firstValue("Refresh")).isEmpty();
      } finally {
        release.countDown();
        app.stop();
      }
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(120, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static HttpResponse<String> get(Javalin app, String path) throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
