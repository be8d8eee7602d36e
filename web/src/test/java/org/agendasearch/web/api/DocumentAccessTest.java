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
