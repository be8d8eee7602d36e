package org.agendasearch.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.agendasearch.ingest.Ingestor;
import org.agendasearch.ingest.PackJson;
import org.agendasearch.ingest.TestFiles;
import org.agendasearch.search.index.IndexBuilder;
import org.agendasearch.search.index.IndexLayout;
import org.agendasearch.web.SampleServer;
import org.agendasearch.web.Services;
import org.agendasearch.web.WebApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operators' view of the councils, behind the admin token. */
class AdminCouncilsTest {

  @TempDir
  Path index;

  final HttpClient http = HttpClient.newHttpClient();

  HttpResponse<String> get(Javalin app, String path, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void each_council_shows_its_documents_meetings_last_fetch_and_reindex_and_every_failed_file_with_its_reason()
      throws Exception {
    Path corpus = SampleServer.twoCouncilsCorpus();
    Path shropshire = corpus.resolve("shropshire-council");
    Files.copy(TestFiles.faulty("not-a-pdf.pdf"), shropshire.resolve("not-a-pdf.pdf"));
    Files.writeString(shropshire.resolve(".fetch-manifest.json"), "{\"papers\": {}}");
    new IndexBuilder(new Ingestor(), 2).rebuild(corpus, new IndexLayout(index), r -> { });
    try (Services services = Services.open(index, corpus, "t0ken")) {
      Javalin app = WebApp.create(services).start("127.0.0.1", 0);
      try {
        assertThat(get(app, "/api/admin/councils", null).statusCode()).isEqualTo(401);
        assertThat(get(app, "/admin/councils", "wrong").statusCode()).isEqualTo(401);
        JsonNode councils = PackJson.MAPPER.readTree(get(app, "/api/admin/councils", "t0ken").body()).path("councils");
        assertThat(councils).hasSize(2);
        JsonNode hfd = councils.get(0);
        assertThat(hfd.path("slug").asText()).isEqualTo("herefordshire-council");
        assertThat(hfd.path("documents").asInt()).isEqualTo(1);
        assertThat(hfd.path("pages").asInt()).isEqualTo(53);
        assertThat(hfd.path("meetings").asInt()).isEqualTo(1);
        assertThat(hfd.path("years").get(0).asInt()).isEqualTo(2015);
        assertThat(hfd.path("last_fetch").isNull()).isTrue();
        assertThat(hfd.path("last_reindex").isNull()).isFalse();
        JsonNode shr = councils.get(1);
        assertThat(shr.path("slug").asText()).isEqualTo("shropshire-council");
        assertThat(shr.path("documents").asInt()).isEqualTo(2);
        assertThat(shr.path("last_fetch").isNull()).isFalse();
        JsonNode failed = null;
        for (JsonNode p : shr.path("problems")) {
          if (p.path("file").asText().equals("shropshire-council/not-a-pdf.pdf")) {
            failed = p;
          }
        }
        assertThat(failed).isNotNull();
        assertThat(failed.path("status").asText()).isEqualTo("failed");
        assertThat(failed.path("reason").asText()).isNotBlank();
        HttpResponse<String> page = get(app, "/admin/councils", "t0ken");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h2 id=\"c-shropshire-council\">Shropshire Council</h2>")
            .contains("<td>shropshire-council/not-a-pdf.pdf</td><td>failed</td>");
      } finally {
        app.stop();
      }
    }
    try (Services open = Services.open(index, corpus)) {
      Javalin app = WebApp.create(open).start("127.0.0.1", 0);
      try {
        assertThat(get(app, "/api/admin/councils", "t0ken").statusCode()).isEqualTo(404);
      } finally {
        app.stop();
      }
    }
  }
}
