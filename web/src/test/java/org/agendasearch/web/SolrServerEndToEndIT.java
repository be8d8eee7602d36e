package org.agendasearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.agendasearch.solr.LocalSolrCloud;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API and page contract on SolrCloud: a local cluster of 2 nodes (2 shards x 2 replicas), the
 * server on the solr backend; the same answers as the embedded index, byte for byte; and a cluster
 * that is down gets 503 with a readable message, never 500.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrServerEndToEndIT extends ApiContract {

  static LocalSolrCloud cloud;
  static SampleServer embedded;
  static SampleServer embeddedCouncils;
  static org.agendasearch.solr.SolrSettings settings;

  @BeforeAll
  static void start() throws Exception {
    cloud = LocalSolrCloud.start(2);
    settings = cloud.settings("agenda_web", 2, 2);
    server = SampleServer.startSolr(settings);
    embedded = SampleServer.start();
    councils = SampleServer.startSolrTwoCouncils(cloud.settings("agenda_councils", 2, 1));
    embeddedCouncils = SampleServer.startTwoCouncils();
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.close();
    }
    if (embedded != null) {
      embedded.close();
    }
    if (councils != null) {
      councils.close();
    }
    if (embeddedCouncils != null) {
      embeddedCouncils.close();
    }
    if (cloud != null) {
      cloud.close();
    }
  }

  static final List<String> SAME_ANSWERS = List.of(
      "/api/search?q=council",
      "/api/search?q=school+transport&committee=Cabinet",
      "/api/search?q=budget&year=2019&year=2022&type=report&type=resolution",
      "/api/search?q=%22cost+of+living%22",
      "/api/search?q=council&page=2",
      "/api/search?q=minutes&sort=newest&from=2018-01-01&to=2022-12-31",
      "/api/search?q=highways+-bridge",
      "/api/search?q=committee%3Ascrutiny+budget",
      "/api/search?q=type%3Aresolution+budget",
      "/api/resolutions?q=council",
      "/api/resolutions",
      "/api/meetings",
      "/api/committees",
      "/api/search?q=%22unclosed",
      "/api/search?q=type%3Anonsense");

  @Test
  @Order(1)
  void the_api_answers_as_the_embedded_index_does() throws Exception {
    for (String path : SAME_ANSWERS) {
      HttpResponse<String> s = get(path);
      HttpResponse<String> l = getFrom(embedded, path);
      assertThat(s.statusCode()).as(path).isEqualTo(l.statusCode());
      assertThat(json(s)).as(path).isEqualTo(json(l));
    }
    // A prefix scores every match alike: the engines break those ties by their own document order,
    // so only the counts can be the same.
    JsonNode s = json(get("/api/search?q=recommend*"));
    JsonNode l = json(getFrom(embedded, "/api/search?q=recommend*"));
    assertThat(s.path("total")).isEqualTo(l.path("total"));
    assertThat(s.path("facets")).isEqualTo(l.path("facets"));
    JsonNode meetings = json(get("/api/meetings")).path("meetings");
    assertThat(meetings.size()).isGreaterThan(0);
    for (JsonNode m : meetings) {
      String path = "/api/meetings/" + m.path("id").asText();
      assertThat(json(get(path))).as(path).isEqualTo(json(getFrom(embedded, path)));
    }
  }

  static final List<String> SAME_ANSWERS_OF_TWO_COUNCILS = List.of(
      "/api/search?q=colwall",
      "/api/search?q=colwall&council=shropshire-council",
      "/api/search?q=budget&council=Herefordshire+Council&type=resolution",
      "/api/search?q=school&committee=Cabinet+%C2%B7+Shropshire+Council",
      "/api/resolutions?council=shropshire-council&council=herefordshire-council",
      "/api/meetings?council=shropshire-council",
      "/api/committees",
      "/api/councils");

  @Test
  @Order(1)
  void two_councils_answer_as_on_the_embedded_index() throws Exception {
    for (String path : SAME_ANSWERS_OF_TWO_COUNCILS) {
      HttpResponse<String> s = getFrom(councils, path);
      HttpResponse<String> l = getFrom(embeddedCouncils, path);
      assertThat(s.statusCode()).as(path).isEqualTo(l.statusCode());
      assertThat(json(s)).as(path).isEqualTo(json(l));
    }
  }

  @Test
  @Order(2)
  void health_names_the_backend() throws Exception {
    assertThat(json(get("/health")).path("backend").asText()).isEqualTo("solr");
    assertThat(json(getFrom(embedded, "/health")).path("backend").asText()).isEqualTo("lucene");
  }

  @Test
  @Order(3)
  void generated_queries_and_parameters_never_get_a_5xx_on_solrcloud_either() throws Exception {
    // The same seeded generator as QueryFuzzIT: every query the parser accepts must be one that
    // Solr accepts too (a refusal would be a 503 here, wrongly blaming the cluster).
    QueryFuzzIT.fuzz(server, 1000);
  }

  @Test
  @Order(4)
  void the_admin_endpoint_rebuilds_into_a_new_collection_while_searches_go_on(@TempDir Path work) throws Exception {
    String before;
    try (org.agendasearch.solr.SolrAdmin admin = new org.agendasearch.solr.SolrAdmin(settings)) {
      before = admin.aliasTarget().orElseThrow();
    }
    AgendaOptions options = new AgendaOptions(org.agendasearch.ingest.TestFiles.repoRoot().resolve("corpus"), work, 0);
    try (Services services = Backend.solr(settings).services(options, "t0ken", 0)) {
      io.javalin.Javalin app = WebApp.create(services).start("127.0.0.1", 0);
      try {
        String url = "http://127.0.0.1:" + app.port() + "/api/admin/reindex";
        HttpRequest post = HttpRequest.newBuilder(URI.create(url + "?full=true")).POST(HttpRequest.BodyPublishers.noBody())
            .header("Authorization", "Bearer t0ken").build();
        assertThat(http.send(post, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(202);
        // The job's end is the event waited for; the bound only stops a hung job.
        CompletableFuture<Void> ended = services.jobs().ended().orTimeout(120, TimeUnit.SECONDS);
        do {
          // The server being rebuilt keeps answering, one search after another until the job ends.
          assertThat(get("/api/search?q=council").statusCode()).isEqualTo(200);
        } while (!ended.isDone());
        ended.join();
        JsonNode status = json(http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer t0ken")
            .build(), HttpResponse.BodyHandlers.ofString()));
        assertThat(status.path("state").asText()).as(status.toString()).isEqualTo("done");
        assertThat(status.path("message").asText()).contains("5 files read").contains("0 failed");
      } finally {
        app.stop();
      }
    }
    try (org.agendasearch.solr.SolrAdmin admin = new org.agendasearch.solr.SolrAdmin(settings)) {
      assertThat(admin.aliasTarget().orElseThrow()).isNotEqualTo(before);
    }
    assertThat(json(get("/api/search?q=council")).path("total"))
        .isEqualTo(json(getFrom(embedded, "/api/search?q=council")).path("total"));
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void a_cluster_that_is_down_gets_503_with_a_readable_message() throws Exception {
    cloud.close(); // every node and ZooKeeper gone
    HttpResponse<String> api = get("/api/search?q=council");
    assertThat(api.statusCode()).isEqualTo(503);
    assertThat(json(api).path("error").asText()).contains("Search is unavailable").doesNotContain("127.0.0.1");
    assertThat(api.headers().firstValue("Retry-After")).isPresent();
    HttpResponse<String> page = get("/search?q=council");
    assertThat(page.statusCode()).isEqualTo(503);
    assertThat(page.body()).contains("Search unavailable");
    assertThat(get("/health").statusCode()).isEqualTo(503);
  }

  static HttpResponse<String> getFrom(SampleServer s, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(s.url(path))).build(), HttpResponse.BodyHandlers.ofString());
  }
}
