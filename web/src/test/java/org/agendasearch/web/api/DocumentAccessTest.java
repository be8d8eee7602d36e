package org.agendasearch.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.agendasearch.ingest.Ingestor;
import org.agendasearch.ingest.TestFiles;
import org.agendasearch.search.index.IndexBuilder;
import org.agendasearch.search.index.IndexLayout;
import org.agendasearch.web.Services;
import org.agendasearch.web.WebApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /documents/} serves indexed files by id and nothing else: traversal, encoded slashes, symlinks out. */
class DocumentAccessTest {

  @TempDir
  Path tmp;

  @Test
  void only_indexed_files_inside_the_corpus_are_served() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Path outside = Files.createDirectories(tmp.resolve("outside"));
    Files.copy(TestFiles.repoRoot().resolve("corpus/001_aa98a297444b1522.pdf"), corpus.resolve("inside.pdf"));
    Files.copy(TestFiles.repoRoot().resolve("corpus/002_c0727628f51b2c4a.pdf"), outside.resolve("secret.pdf"));
    Files.createSymbolicLink(corpus.resolve("link.pdf"), outside.resolve("secret.pdf"));
    Path index = tmp.resolve("index");
    new IndexBuilder(new Ingestor(), 1).rebuild(corpus, new IndexLayout(index), r -> { });
    try (Services services = Services.open(index, corpus)) {
      Javalin app = WebApp.create(services).start("127.0.0.1", 0);
      try {
        assertThat(status(app, "/documents/inside.pdf")).isEqualTo(200);
        // Indexed through the link, but the file it points to is outside the corpus: never served.
        assertThat(services.search().source("link")).contains("link.pdf");
        assertThat(status(app, "/documents/link.pdf")).isEqualTo(404);
        assertThat(status(app, "/documents/no-such-id.pdf")).isEqualTo(404);
        assertThat(status(app, "/documents/..%2Foutside%2Fsecret.pdf")).isEqualTo(404);
        assertThat(status(app, "/documents/inside%2F.pdf")).isEqualTo(404);
        assertThat(status(app, "/documents/%2e%2e%2fpom.xml")).isEqualTo(404);
        // Dot segments that climb above the root are refused by Jetty itself before any route.
        assertThat(status(app, "/documents/../../etc/passwd")).isIn(400, 404);
        assertThat(status(app, "/documents/%2e%2e/%2e%2e/etc/passwd")).isIn(400, 404);
      } finally {
        app.stop();
      }
    }
  }

  @Test
  void files_are_served_from_the_corpus_the_index_was_built_from_whatever_the_servers_corpus() throws Exception {
    Path first = Files.createDirectories(tmp.resolve("first"));
    Path other = Files.createDirectories(tmp.resolve("other"));
    Path served = Files.createDirectories(tmp.resolve("served"));
    Files.copy(TestFiles.repoRoot().resolve("corpus/001_aa98a297444b1522.pdf"), first.resolve("one.pdf"));
    Files.copy(TestFiles.repoRoot().resolve("corpus/002_c0727628f51b2c4a.pdf"), other.resolve("two.pdf"));
    Path index = tmp.resolve("index");
    IndexBuilder builder = new IndexBuilder(new Ingestor(), 1);
    builder.rebuild(first, new IndexLayout(index), r -> { });
    try (Services services = Services.open(index, served)) {
      Javalin app = WebApp.create(services).start("127.0.0.1", 0);
      try {
        assertThat(status(app, "/documents/one.pdf")).isEqualTo(200);
        String health = body(app, "/health");
        assertThat(health).contains("\"corpus\":\"" + first.toAbsolutePath() + "\"", "\"corpus_files\":1",
            "\"corpus_mismatch\":\"the index was built from " + first.toAbsolutePath());

        // An incremental reindex from another folder into the served index: its files are served, the old ones gone.
        builder.reindex(other, new IndexLayout(index), false, r -> { }, null);
        services.search().refresh();
        assertThat(status(app, "/documents/two.pdf")).isEqualTo(200);
        assertThat(status(app, "/documents/one.pdf")).isEqualTo(404);
        assertThat(body(app, "/health")).contains("\"corpus\":\"" + other.toAbsolutePath() + "\"");
      } finally {
        app.stop();
      }
    }
    // A server started with the index's own corpus says nothing of a mismatch.
    try (Services services = Services.open(index, other)) {
      Javalin app = WebApp.create(services).start("127.0.0.1", 0);
      try {
        assertThat(body(app, "/health")).doesNotContain("corpus_mismatch").contains("\"corpus_files\":1");
      } finally {
        app.stop();
      }
    }
  }

  private static String body(Javalin app, String target) throws Exception {
    java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
        .newBuilder(java.net.URI.create("http://127.0.0.1:" + app.port() + target)).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    return r.body();
  }

  /** The status of a GET sent exactly as written (no client-side normalising of the path). */
  private static int status(Javalin app, String target) throws Exception {
    try (Socket s = new Socket("127.0.0.1", app.port())) {
      OutputStream out = s.getOutputStream();
      out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      String head = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
      in.transferTo(OutputStream.nullOutputStream());
      return Integer.parseInt(head.substring(9, 12));
    }
  }
}
