package org.agendasearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.agendasearch.ingest.PackJson;
import org.junit.jupiter.api.Test;

/**
 * The API and page contract: the real server on a random port over the sample corpus, queried over
 * HTTP, and a second server over a corpus of two councils ({@link SampleServer#twoCouncilsCorpus}).
 * Every backend runs it: the embedded index ({@link ServerEndToEndTest}) and SolrCloud
 * ({@link SolrServerEndToEndIT}), which set {@link #server} and {@link #councils} before the tests.
 */
abstract class ApiContract implements CouncilsContract, PeopleContract {

  static SampleServer server;
  /** Two councils, each with a Cabinet that met on 26 February 2015 (the same pack). */
  static SampleServer councils;
  static HttpClient http = HttpClient.newHttpClient();

  static HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(server.url(path))).build(), HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(HttpResponse<String> r) throws Exception {
    return PackJson.MAPPER.readTree(r.body());
  }

  @Override
  public HttpResponse<String> getSample(String path) throws Exception {
    return get(path);
  }

  @Override
  public HttpResponse<String> getCouncils(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(councils.url(path))).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void one_council_is_named_on_every_hit_and_its_facet_and_pages_stay_as_they_were() throws Exception {
    JsonNode r = json(get("/api/search?q=Colwall"));
    assertThat(r.path("hits")).isNotEmpty().allSatisfy(h -> {
      assertThat(h.path("council").asText()).isEqualTo("Herefordshire Council");
      assertThat(h.path("council_url").asText()).isEqualTo("/councils/herefordshire-council");
    });
    assertThat(CouncilsContract.facet(r, "council")).containsOnlyKeys("Herefordshire Council");
    assertThat(CouncilsContract.facet(r, "committee")).containsKey("Cabinet");
    assertThat(get("/search?q=Colwall").body()).doesNotContain("id=\"facet-council\"");
    JsonNode list = json(get("/api/councils")).path("councils");
    assertThat(list).hasSize(1);
    assertThat(list.get(0).path("slug").asText()).isEqualTo("herefordshire-council");
    assertThat(list.get(0).path("meetings").asInt()).isEqualTo(4);
    assertThat(list.get(0).path("committees").asInt()).isEqualTo(2);
    assertThat(json(get("/api/meetings/001_aa98a297444b1522")).path("council_slug").asText())
        .isEqualTo("herefordshire-council");
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
  void a_meeting_has_its_agenda_minutes_resolutions_and_reports_with_page_links() throws Exception {
    JsonNode m = json(get("/api/meetings/001_aa98a297444b1522"));
    assertThat(m.path("committee").asText()).isEqualTo("Cabinet");
    assertThat(m.path("date").asText()).isEqualTo("2015-02-26");
    assertThat(m.path("time").asText()).isEqualTo("14:00");
    assertThat(m.path("agenda_items")).hasSize(9);
    assertThat(m.path("agenda_items").get(6).path("document_url").asText())
        .isEqualTo("/documents/001_aa98a297444b1522.pdf#page=32");
    JsonNode minutes = m.path("minutes").get(0);
    assertThat(minutes.path("date").asText()).isEqualTo("2015-01-22");
    assertThat(minutes.path("items")).hasSize(7);
    assertThat(minutes.path("items").get(5).path("resolutions").get(0).path("text").asText())
        .startsWith("That (a) Herefordshire Council does not join the proposed joint property vehicle");
    assertThat(m.path("reports").get(3).path("report_by").asText()).isEqualTo("Head of Education Development");
    assertThat(get("/api/meetings/no-such-meeting").statusCode()).isEqualTo(404);
  }

  @Test
  void meetings_and_committees_are_listed() throws Exception {
    JsonNode committees = json(get("/api/committees")).path("committees");
    assertThat(committees).hasSize(2);
    assertThat(committees.get(1).path("slug").asText()).isEqualTo("children-and-young-people-scrutiny-committee");
    assertThat(committees.get(1).path("meetings").asInt()).isEqualTo(3);
    JsonNode scrutiny = json(get("/api/meetings?committee=children-and-young-people-scrutiny-committee"));
    assertThat(scrutiny.path("meetings")).extracting(n -> n.path("date").asText())
        .containsExactly("2022-07-26", "2020-12-01", "2017-10-02");
    assertThat(json(get("/api/meetings?year=2015")).path("meetings")).hasSize(1);
  }

  @Test
  void resolutions_are_searched_alone_newest_first_with_their_meeting_and_minute() throws Exception {
    JsonNode r = json(get("/api/resolutions?q=minutes"));
    assertThat(r.path("hits")).isNotEmpty().allSatisfy(h -> {
      assertThat(h.path("type").asText()).isEqualTo("resolution");
      assertThat(h.path("item_number").asText()).isNotBlank();
      assertThat(h.path("meeting_url").asText()).startsWith("/meetings/");
    });
    assertThat(r.path("hits")).extracting(h -> h.path("meeting_date").asText())
        .isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }

  @Test
  void the_api_is_described_in_openapi() throws Exception {
    JsonNode api = json(get("/api/openapi.json"));
    assertThat(api.path("openapi").asText()).startsWith("3.");
    assertThat(api.path("paths").has("/api/search")).isTrue();
    assertThat(api.path("paths").has("/api/meetings/{id}")).isTrue();
    assertThat(api.path("paths").has("/api/councils")).isTrue();
    for (String path : new String[] {"/api/search", "/api/resolutions", "/api/meetings"}) {
      java.util.List<String> params = new java.util.ArrayList<>();
      api.path("paths").path(path).path("get").path("parameters").forEach(p -> params.add(p.path("name").asText()));
      assertThat(params).as(path).contains("council");
    }
    assertThat(api.path("components").path("schemas").path("Hit").path("properties").has("council")).isTrue();
  }

  @Test
  void searches_export_as_csv_and_atom() throws Exception {
    HttpResponse<String> csv = get("/search.csv?q=colwall");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
    String[] rows = csv.body().split("\r\n");
    assertThat(rows[0]).isEqualTo("type,title,council,committee,meeting_date,item_number,page,document_url,meeting_url,text");
    assertThat(rows).hasSizeGreaterThan(2);
    assertThat(rows[1]).contains("/documents/001_aa98a297444b1522.pdf#page=32");
    HttpResponse<String> atom = get("/search.atom?q=colwall");
    assertThat(atom.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/atom+xml"));
    org.w3c.dom.Document feed = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new java.io.ByteArrayInputStream(atom.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(feed.getDocumentElement().getTagName()).isEqualTo("feed");
    assertThat(feed.getElementsByTagName("entry").getLength()).isPositive();
    assertThat(get("/resolutions.csv?q=minutes").body().split("\r\n")).hasSize(4);
    assertThat(get("/resolutions.atom?committee=Cabinet").statusCode()).isEqualTo(200);
  }

  @Test
  void browse_pages_list_meetings_a_committee_and_its_resolutions() throws Exception {
    assertThat(get("/meetings").body()).contains("href=\"/meetings/001_aa98a297444b1522\"")
        .contains("href=\"/committees/cabinet\"");
    HttpResponse<String> meeting = get("/meetings/001_aa98a297444b1522");
    assertThat(meeting.body()).contains("Shire Hall, St Peters Square")
        .contains("href=\"/documents/001_aa98a297444b1522.pdf#page=32\"")
        .contains("Herefordshire Council does not join the proposed joint property vehicle")
        .contains("Report by Head of Education Development");
    HttpResponse<String> committee = get("/committees/children-and-young-people-scrutiny-committee");
    assertThat(committee.statusCode()).isEqualTo(200);
    assertThat(committee.body()).contains("2022-07-26").contains("2020-12-01").contains("2017-10-02")
        .contains("Resolutions (");
    assertThat(get("/committees/no-such-committee").statusCode()).isEqualTo(404);
    assertThat(get("/meetings/no-such-meeting").statusCode()).isEqualTo(404);
    assertThat(get("/resolutions?q=minutes").body()).contains("<mark>minutes</mark>").doesNotContain("facet-type");
  }

  @Test
  void a_search_with_no_words_lists_the_newest_first() throws Exception {
    JsonNode all = json(get("/api/search?type=meeting"));
    assertThat(all.path("hits")).extracting(h -> h.path("meeting_date").asText())
        .containsExactly("2022-07-26", "2020-12-01", "2017-10-02", "2015-02-26");
  }

  @Test
  void a_misspelt_query_gets_a_did_you_mean() throws Exception {
    assertThat(get("/search?q=safegaurding").body()).contains("Did you mean <a href=\"/search?q=safeguarding\">");
    assertThat(json(get("/api/search?q=safegaurding")).path("suggestion").asText()).isEqualTo("safeguarding");
    assertThat(json(get("/api/search?q=safeguarding")).path("suggestion").isNull()).isTrue();
  }

  @Test
  void every_page_sends_the_security_headers() throws Exception {
    for (String path : new String[] {"/", "/meetings", "/api/search?q=x", "/no/such/page"}) {
      HttpResponse<String> r = get(path);
      assertThat(r.headers().firstValue("content-security-policy")).as(path)
          .hasValueSatisfying(v -> assertThat(v).contains("script-src 'self'").contains("frame-ancestors 'none'"));
      assertThat(r.headers().firstValue("x-content-type-options")).as(path).contains("nosniff");
      assertThat(r.headers().firstValue("referrer-policy")).as(path).isPresent();
    }
  }

  @Test
  void pages_stay_small() throws Exception {
    for (String path : new String[] {"/search?q=children&size=50", "/meetings/000_507079886cabe88a", "/meetings"}) {
      assertThat(get(path).body().length()).as(path).isLessThan(100_000);
    }
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

  @Test
  void the_total_is_the_number_of_hits_a_person_can_page_through() throws Exception {
    for (String q : new String[] {"colwall", "safeguarding", "school+transport", "children"}) {
      JsonNode first = json(get("/api/search?size=10&q=" + q));
      long total = first.path("total").asLong();
      long pages = first.path("pages").asLong();
      assertThat(total).as(q).isPositive();
      assertThat(pages).as(q).isEqualTo(Math.min(100, (total + 9) / 10));
      long seen = 0;
      java.util.Set<String> ids = new java.util.HashSet<>();
      for (int p = 1; p <= pages; p++) {
        JsonNode page = json(get("/api/search?size=10&page=" + p + "&q=" + q));
        assertThat(page.path("total").asLong()).as(q + " page " + p).isEqualTo(total);
        int n = page.path("hits").size();
        assertThat(n).as(q + " page " + p).isEqualTo(p < pages ? 10 : (int) (total - 10 * (pages - 1)));
        assertThat(page.path("first").asLong()).isEqualTo(10L * (p - 1) + 1);
        page.path("hits").forEach(h -> assertThat(ids.add(h.path("id").asText())).as("repeated " + h).isTrue());
        seen += n;
      }
      assertThat(seen).as(q).isEqualTo(total);
      if (pages < 100) {
        JsonNode past = json(get("/api/search?size=10&page=" + (pages + 1) + "&q=" + q));
        assertThat(past.path("hits")).isEmpty();
        assertThat(past.path("total").asLong()).isEqualTo(total);
      }
    }
  }

  @Test
  void a_page_past_the_end_says_so_and_pages_are_numbered() throws Exception {
    JsonNode first = json(get("/api/search?size=10&q=colwall"));
    long pages = first.path("pages").asLong();
    String body = get("/search?size=10&q=colwall&page=" + (pages + 1)).body();
    assertThat(body).contains("There is no page " + (pages + 1));
    assertThat(get("/search?size=10&q=colwall").body()).contains("Page 1 of " + pages)
        .contains("Results 1–" + Math.min(10, first.path("total").asLong()) + " of " + first.path("total").asLong());
  }

  @Test
  void each_hit_links_to_the_page_of_its_snippet_and_lists_other_pages_once() throws Exception {
    for (String q : new String[] {"colwall", "safeguarding", "school+transport"}) {
      JsonNode r = json(get("/api/search?size=50&q=" + q));
      assertThat(r.path("hits")).as(q).isNotEmpty().allSatisfy(h -> {
        int page = h.path("page").asInt();
        assertThat(h.path("document_url").asText()).endsWith("#page=" + page);
        java.util.List<Integer> more = new java.util.ArrayList<>();
        h.path("more_pages").forEach(p -> more.add(p.path("page").asInt()));
        assertThat(more).doesNotContain(page).doesNotHaveDuplicates();
        String snippet = h.path("snippet").asText();
        assertThat(snippet.length()).as(snippet).isLessThanOrEqualTo(302);
        assertThat(snippet).doesNotContain("<mark>", "&#x2F;", "&#x27;", "&amp;", "---");
        h.path("highlights").forEach(m -> assertThat(m.path("end").asInt()).isBetween(m.path("start").asInt() + 1,
            snippet.length()));
      });
      // No two hits show the same page with the same passage.
      java.util.List<String> shown = new java.util.ArrayList<>();
      r.path("hits").forEach(h -> shown.add(h.path("source").asText() + "#" + h.path("page").asInt() + "#"
          + h.path("snippet").asText()));
      assertThat(shown).as(q).doesNotHaveDuplicates();
    }
  }

  /** The status line, content type and body of a request sent byte for byte (java.net.URI refuses bad escapes). */
  static String[] raw(String target) throws Exception {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
      socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
          .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
      String response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      String status = response.substring(0, response.indexOf("\r\n"));
      String type = response.lines().filter(l -> l.toLowerCase(java.util.Locale.ROOT).startsWith("content-type:"))
          .findFirst().orElse("");
      return new String[] {status, type, response.substring(response.indexOf("\r\n\r\n") + 4)};
    }
  }

  @Test
  void every_query_that_cannot_run_gets_a_sentence_on_every_search_endpoint() throws Exception {
    String[] bad = {"AND", "committee%3A", "title%3A", "%5C%2Fab%5Bc", "budget%5E-1", "foo%3Abar", "%28budget"};
    for (String path : new String[] {"/api/search", "/api/resolutions", "/search.csv", "/resolutions.atom"}) {
      for (String q : bad) {
        HttpResponse<String> r = get(path + "?q=" + q);
        assertThat(r.statusCode()).as(path + " " + q).isEqualTo(400);
        assertThat(json(r).path("error").asText()).as(path + " " + q).isNotBlank()
            .doesNotContain("Encountered", "end-of-string", "Cannot parse");
      }
    }
    assertThat(get("/search?q=AND").body()).contains("between two words").doesNotContain("Encountered");
    assertThat(json(get("/api/search?q=foo%3Abar")).path("error").asText()).contains("committee:, type: and title:");
  }

  @Test
  void curly_quotes_find_what_straight_quotes_find() throws Exception {
    long straight = json(get("/api/search?q=%22corporate+parenting%22")).path("total").asLong();
    assertThat(straight).isPositive();
    assertThat(json(get("/api/search?q=%E2%80%9Ccorporate+parenting%E2%80%9D")).path("total").asLong())
        .isEqualTo(straight);
  }

  @Test
  void a_purely_negative_query_finds_everything_except() throws Exception {
    long with = json(get("/api/search?q=safeguarding")).path("total").asLong();
    JsonNode except = json(get("/api/search?size=50&q=-safeguarding"));
    long without = except.path("total").asLong();
    assertThat(with).isPositive();
    assertThat(without).isPositive();
    assertThat(except.path("hits")).isNotEmpty().allSatisfy(h ->
        assertThat(h.path("snippet").asText().toLowerCase(java.util.Locale.ROOT)).doesNotContain("safeguarding"));
    assertThat(json(get("/api/search?q=NOT+safeguarding")).path("total").asLong()).isEqualTo(without);
  }

  @Test
  void did_you_mean_is_never_offered_for_markup_or_accented_words_without_an_unaccented_form() throws Exception {
    assertThat(json(get("/api/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E")).path("suggestion").isNull()).isTrue();
    assertThat(json(get("/api/search?q=caf%C3%A9")).path("suggestion").isNull()).isTrue();
    JsonNode misspelt = json(get("/api/search?q=safeguardng"));
    assertThat(misspelt.path("suggestion").asText()).isEqualTo("safeguarding");
    assertThat(json(get("/api/search?q=safeguarding")).path("total").asLong()).isPositive();
  }

  @Test
  void api_errors_are_json_even_when_jetty_answers_and_pages_keep_the_friendly_page() throws Exception {
    HttpResponse<String> longQuery = get("/api/search?q=" + "a".repeat(20_000));
    assertThat(longQuery.statusCode()).isEqualTo(400);
    assertThat(json(longQuery).path("error").asText()).contains("500");
    String[] tooLong = raw("/api/search?q=" + "a".repeat(100_000));
    assertThat(tooLong[0]).contains(" 414 ");
    assertThat(tooLong[1]).contains("application/json");
    assertThat(PackJson.MAPPER.readTree(tooLong[2]).path("error").asText()).contains("too long");
    String[] badPath = raw("/api/meetings/%zz");
    assertThat(badPath[0]).contains(" 400 ");
    assertThat(badPath[1]).contains("application/json");
    assertThat(PackJson.MAPPER.readTree(badPath[2]).path("error").asText()).isNotBlank();
    // A request Jetty cannot parse has no path to tell a page from the API: it gets JSON too.
    assertThat(raw("/meetings/%zz")[0]).contains(" 400 ");
  }

  @Test
  void the_meetings_page_filters_by_committee_and_year() throws Exception {
    String cabinet = get("/meetings?committee=cabinet").body();
    assertThat(cabinet).contains("/meetings/001_aa98a297444b1522").doesNotContain("/meetings/002_c0727628f51b2c4a");
    String y2020 = get("/meetings?year=2020").body();
    assertThat(y2020).contains("/meetings/004_879e1e000eb8b86d").doesNotContain("/meetings/001_aa98a297444b1522");
    String none = get("/meetings?committee=cabinet&year=2023").body();
    assertThat(none).contains("No meetings match").doesNotContain("href=\"/meetings/0");
    assertThat(none).contains("Committee: Cabinet").contains("Year: 2023").contains("Clear all")
        .contains("href=\"/meetings?year=2023\"").contains("href=\"/meetings?committee=cabinet\"");
    HttpResponse<String> bad = get("/meetings?year=soon");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("<html lang=\"en-GB\">").contains("year must be a whole number");
  }

  @Test
  void dates_read_as_people_write_them_and_papers_are_named_by_their_title() throws Exception {
    String page = get("/meetings/001_aa98a297444b1522").body();
    assertThat(page).contains("<time datetime=\"2015-02-26\">Thursday 26 February 2015</time>")
        .contains("Agenda pack: Cabinet, 26 February 2015 (PDF)")
        .doesNotContain(">001_aa98a297444b1522.pdf<");
    assertThat(get("/search?q=colwall").body()).contains("<time datetime=\"2015-02-26\">Thursday 26 February 2015</time>");
    assertThat(get("/static/style.css").body()).contains("time { white-space: nowrap; }").contains("@media print");
  }

  @Test
  void active_filters_are_listed_with_a_one_click_remove_and_clear_all() throws Exception {
    String body = get("/search?q=children&committee=Cabinet&year=2015").body();
    assertThat(body).contains("Filtered by").contains("Committee: Cabinet").contains("Year: 2015")
        .contains("href=\"/search?q=children&amp;year=2015\"")
        .contains("href=\"/search?q=children&amp;committee=Cabinet\"")
        .contains("class=\"clear-all\" href=\"/search?q=children\"");
    assertThat(get("/search?q=children").body()).doesNotContain("Filtered by");
  }

  @Test
  void filters_come_before_the_results_collapsed_and_committees_read_the_same_in_hits_and_facets() throws Exception {
    String body = get("/search?q=children").body();
    assertThat(body.indexOf("class=\"filters-toggle\"")).isPositive().isLessThan(body.indexOf("class=\"results\""));
    JsonNode r = json(get("/api/search?size=50&q=children"));
    java.util.Set<String> facetNames = new java.util.HashSet<>();
    r.path("facets").path("committee").forEach(f -> facetNames.add(f.path("value").asText()));
    assertThat(facetNames).isNotEmpty();
    assertThat(r.path("hits")).isNotEmpty().allSatisfy(h -> {
      if (!h.path("committee").isNull()) {
        assertThat(facetNames).contains(h.path("committee").asText());
      }
    });
  }

  @Test
  void a_resolution_links_to_its_minute_on_a_meeting_page_that_has_that_anchor() throws Exception {
    JsonNode r = json(get("/api/resolutions?size=50"));
    assertThat(r.path("hits")).isNotEmpty().allSatisfy(h -> {
      String url = h.path("meeting_url").asText();
      assertThat(url).matches("/meetings/[^#]+#minute-[a-z0-9-]+").endsWith("#minute-" + h.path("item_number").asText()
          .toLowerCase(java.util.Locale.ROOT));
      String page = get(url.substring(0, url.indexOf('#'))).body();
      assertThat(page).contains("id=\"" + url.substring(url.indexOf('#') + 1) + "\"");
    });
    String meeting = get("/meetings/001_aa98a297444b1522").body();
    assertThat(meeting).contains("id=\"item-1\"").contains("href=\"#item-1\"").contains("id=\"minute-59\"")
        .contains("id=\"resolution-59-1\"").contains("id=\"report-1\"");
    JsonNode api = json(get("/api/meetings/001_aa98a297444b1522"));
    assertThat(api.path("minutes").get(0).path("items").get(0).path("permalink").asText())
        .isEqualTo("/meetings/001_aa98a297444b1522#minute-54");
  }
}
