package org.agendasearch.web;

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
import org.agendasearch.search.SearchService;
import org.agendasearch.search.index.IndexBuilder;
import org.agendasearch.search.index.IndexLayout;
import org.agendasearch.web.api.CorpusFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real server on a random port over the sample corpus, queried over HTTP. */
class ServerEndToEndTest {

  static Path corpus = TestFiles.repoRoot().resolve("corpus");
  static SearchService search;
  static Javalin app;
  static HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    Path index = Files.createTempDirectory("agenda-e2e");
    new IndexBuilder(new Ingestor(), 2).rebuild(corpus, new IndexLayout(index), r -> { });
    search = new SearchService(index);
    app = WebApp.create(search, new CorpusFiles(corpus, search)).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws Exception {
    app.stop();
    search.close();
  }

  static HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(HttpResponse<String> r) throws Exception {
    return PackJson.MAPPER.readTree(r.body());
  }

  @Test
  void colwall_finds_the_cabinet_pack_of_26_february_2015_at_the_right_page() throws Exception {
    HttpResponse<String> r = get("/api/search?q=Colwall");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    JsonNode body = json(r);
    assertThat(body.path("total").asInt()).isPositive();
    JsonNode top = body.path("hits").get(0);
    assertThat(top.path("source").asText()).isEqualTo("001_aa98a297444b1522.pdf");
    assertThat(top.path("committee").asText()).isEqualTo("Cabinet");
    assertThat(top.path("meeting_date").asText()).isEqualTo("2015-02-26");
    assertThat(top.path("page").asInt()).isEqualTo(32);
    assertThat(top.path("document_url").asText()).isEqualTo("/documents/001_aa98a297444b1522.pdf#page=32");
    for (String field : new String[] {"id", "type", "title", "snippet"}) {
      assertThat(top.has(field)).as(field).isTrue();
    }
    assertThat(body.path("facets").path("committee").get(0).path("value").asText()).isEqualTo("Cabinet");
    assertThat(body.path("facets").has("year")).isTrue();
    assertThat(body.path("facets").has("type")).isTrue();
  }

  @Test
  void malformed_query_gets_400_with_a_readable_json_message() throws Exception {
    for (String bad : new String[] {"%22unclosed", "(budget", "*", "a*", "type:nothing"}) {
      HttpResponse<String> r = get("/api/search?q=" + bad);
      assertThat(r.statusCode()).as(bad).isEqualTo(400);
      assertThat(json(r).path("error").asText()).as(bad).isNotBlank();
    }
  }

  @Test
  void bad_parameters_get_400_never_500() throws Exception {
    for (String bad : new String[] {"page=0", "page=abc", "size=1000", "year=twenty", "from=2020-13-45", "sort=random",
        "from=2021-01-01&to=2020-01-01", "page=99999999999999999999"}) {
      HttpResponse<String> r = get("/api/search?q=budget&" + bad);
      assertThat(r.statusCode()).as(bad).isEqualTo(400);
      assertThat(json(r).path("error").asText()).as(bad).isNotBlank();
    }
  }

  @Test
  void health_reports_the_index_and_the_corpus() throws Exception {
    JsonNode h = json(get("/health"));
    assertThat(h.path("status").asText()).isEqualTo("ok");
    assertThat(h.path("index_records").asInt()).isPositive();
    assertThat(h.path("corpus_files").asInt()).isEqualTo(5);
  }

  @Test
  void the_original_pdf_is_served_by_id_and_unknown_ids_are_404() throws Exception {
    HttpResponse<String> pdf = get("/documents/001_aa98a297444b1522.pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/pdf"));
    assertThat(pdf.body()).startsWith("%PDF-");
    assertThat(get("/documents/nothing-here.pdf").statusCode()).isEqualTo(404);
    assertThat(get("/documents/..%2F..%2Fpom.xml").statusCode()).isIn(400, 404);
  }

  @Test
  void the_search_page_shows_results_with_facets_and_page_links() throws Exception {
    HttpResponse<String> r = get("/search?q=Colwall+school");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-security-policy")).hasValueSatisfying(v -> assertThat(v).contains("default-src 'self'"));
    assertThat(r.body()).contains("<html lang=\"en-GB\">")
        .contains("value=\"Colwall school\"")
        .contains("href=\"/documents/001_aa98a297444b1522.pdf#page=32\"")
        .contains("<mark>Colwall</mark>")
        .contains("Cabinet <span class=\"count\">");
    assertThat(get("/").statusCode()).isEqualTo(200);
  }

  @Test
  void a_bad_query_on_the_search_page_keeps_the_query_and_explains() throws Exception {
    HttpResponse<String> r = get("/search?q=%22unclosed");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("value=\"&quot;unclosed\"").contains("role=\"alert\"").contains("closing");
  }

  @Test
  void unknown_pages_get_a_friendly_404() throws Exception {
    HttpResponse<String> page = get("/no/such/page");
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("Page not found");
    HttpResponse<String> api = get("/api/nothing");
    assertThat(api.statusCode()).isEqualTo(404);
    assertThat(json(api).path("error").asText()).contains("/api/nothing");
  }
}
