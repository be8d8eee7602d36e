package org.agendasearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.agendasearch.ingest.PackJson;
import org.junit.jupiter.api.Test;

/**
 * The contract of many councils, run with {@link ApiContract} on every backend: a server over two
 * councils ({@link SampleServer#twoCouncilsCorpus}), each with a Cabinet that met on 26 February
 * 2015, kept apart in the facets, the filters, the lists and the meeting pages.
 */
interface CouncilsContract {

  /** A GET on the two-council server. */
  HttpResponse<String> getCouncils(String path) throws Exception;

  static JsonNode json(HttpResponse<String> r) throws Exception {
    return PackJson.MAPPER.readTree(r.body());
  }

  static java.util.Map<String, Integer> facet(JsonNode results, String dim) {
    java.util.Map<String, Integer> out = new java.util.LinkedHashMap<>();
    results.path("facets").path(dim).forEach(f -> out.put(f.path("value").asText(), f.path("count").asInt()));
    return out;
  }

  @Test
  default void two_councils_cabinets_are_two_committees_in_the_facet_and_the_committee_list() throws Exception {
    JsonNode r = json(getCouncils("/api/search?q=Colwall"));
    java.util.Map<String, Integer> byCouncil = facet(r, "council");
    assertThat(byCouncil).containsOnlyKeys("Herefordshire Council", "Shropshire Council");
    assertThat(byCouncil.get("Herefordshire Council")).isPositive().isEqualTo(byCouncil.get("Shropshire Council"));
    java.util.Map<String, Integer> byCommittee = facet(r, "committee");
    assertThat(byCommittee).containsOnlyKeys("Cabinet · Herefordshire Council", "Cabinet · Shropshire Council");
    assertThat(byCommittee.get("Cabinet · Shropshire Council")).isEqualTo(byCouncil.get("Shropshire Council"));
    JsonNode committees = json(getCouncils("/api/committees")).path("committees");
    assertThat(committees).extracting(c -> c.path("slug").asText() + "@" + c.path("council_slug").asText())
        .containsExactly("cabinet@herefordshire-council", "cabinet@shropshire-council");
    assertThat(json(getCouncils("/api/committees?council=shropshire-council")).path("committees")).hasSize(1);
  }

  @Test
  default void the_council_filter_takes_a_slug_or_a_name_is_repeatable_and_is_counted_sideways() throws Exception {
    long all = json(getCouncils("/api/search?q=Colwall")).path("total").asLong();
    JsonNode shropshire = json(getCouncils("/api/search?size=50&q=Colwall&council=shropshire-council"));
    assertThat(shropshire.path("total").asLong() * 2).isEqualTo(all);
    assertThat(shropshire.path("hits")).allSatisfy(h -> assertThat(h.path("council").asText()).isEqualTo("Shropshire Council"));
    // Counted sideways: the other council stays in the facet, to be added with one click.
    assertThat(facet(shropshire, "council")).containsOnlyKeys("Herefordshire Council", "Shropshire Council");
    // One council in the results: the committee facet names its committees as they are called.
    assertThat(facet(shropshire, "committee")).containsOnlyKeys("Cabinet");
    assertThat(json(getCouncils("/api/search?q=Colwall&council=Shropshire+Council")).path("total").asLong())
        .isEqualTo(shropshire.path("total").asLong());
    assertThat(json(getCouncils("/api/search?q=Colwall&council=shropshire-council&council=herefordshire-council"))
        .path("total").asLong()).isEqualTo(all);
    assertThat(json(getCouncils("/api/search?q=Colwall&committee=Cabinet+%C2%B7+Shropshire+Council")).path("total")
        .asLong()).isEqualTo(shropshire.path("total").asLong());
    assertThat(json(getCouncils("/api/search?q=Colwall&committee=Cabinet")).path("total").asLong()).isEqualTo(all);
    assertThat(json(getCouncils("/api/search?q=Colwall&council=no-such-council")).path("total").asLong()).isZero();
    assertThat(getCouncils("/api/search?q=Colwall&council=%21%21").statusCode()).isEqualTo(400);
  }

  @Test
  default void each_councils_meeting_has_its_own_page_minutes_and_resolutions() throws Exception {
    JsonNode meetings = json(getCouncils("/api/meetings")).path("meetings");
    assertThat(meetings).extracting(m -> m.path("council_slug").asText() + "|" + m.path("date").asText())
        .containsExactlyInAnyOrder("herefordshire-council|2015-02-26", "shropshire-council|2015-02-26");
    JsonNode ofShropshire = json(getCouncils("/api/meetings?council=shropshire-council")).path("meetings");
    assertThat(ofShropshire).hasSize(1);
    String id = ofShropshire.get(0).path("id").asText();
    JsonNode m = json(getCouncils("/api/meetings/" + id));
    assertThat(m.path("council").asText()).isEqualTo("Shropshire Council");
    assertThat(m.path("minutes")).hasSize(1);
    assertThat(m.path("minutes").get(0).path("items")).hasSize(7);
    JsonNode resolutions = json(getCouncils("/api/resolutions?size=50&council=shropshire-council"));
    assertThat(resolutions.path("hits")).isNotEmpty().allSatisfy(h -> {
      assertThat(h.path("council").asText()).isEqualTo("Shropshire Council");
      // The same minutes in the other council's pack are another council's fact: never "also in" it.
      assertThat(h.path("also_in")).isEmpty();
    });
    assertThat(json(getCouncils("/api/resolutions?size=50")).path("total").asLong())
        .isEqualTo(2 * resolutions.path("total").asLong());
  }

  @Test
  default void councils_are_listed_with_their_pages_and_come_first_among_the_facets() throws Exception {
    JsonNode list = json(getCouncils("/api/councils")).path("councils");
    assertThat(list).extracting(c -> c.path("slug").asText() + ":" + c.path("meetings").asInt() + ":"
        + c.path("council_url").asText())
        .containsExactly("herefordshire-council:1:/councils/herefordshire-council",
            "shropshire-council:1:/councils/shropshire-council");
    assertThat(getCouncils("/councils").body()).contains("href=\"/councils/herefordshire-council\"")
        .contains("href=\"/councils/shropshire-council\"");
    HttpResponse<String> page = getCouncils("/councils/shropshire-council");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<h1>Shropshire Council</h1>")
        .contains("href=\"/committees/cabinet?council=shropshire-council\"")
        .contains("href=\"/meetings?council=shropshire-council&amp;year=2015\"")
        .contains("Resolutions (");
    assertThat(getCouncils("/councils/no-such-council").statusCode()).isEqualTo(404);
    String meetings = getCouncils("/meetings").body();
    assertThat(meetings).contains("<h2 id=\"f-council\">Council</h2>").contains("href=\"/meetings?council=shropshire-council\"")
        .contains("Cabinet · Shropshire Council").contains("Cabinet · Herefordshire Council");
    String id = json(getCouncils("/api/meetings?council=shropshire-council")).path("meetings").get(0).path("id").asText();
    String ofShropshire = getCouncils("/meetings?council=shropshire-council").body();
    assertThat(ofShropshire).contains("href=\"/meetings/" + id + "\"").doesNotContain("Cabinet · Herefordshire Council")
        .contains("Council: Shropshire Council");
    assertThat(getCouncils("/meetings/" + id).body())
        .contains("<dt>Council</dt><dd><a href=\"/councils/shropshire-council\">Shropshire Council</a></dd>")
        .contains("href=\"/committees/cabinet?council=shropshire-council\">All meetings of this committee</a>");
    String committee = getCouncils("/committees/cabinet?council=shropshire-council").body();
    assertThat(committee).contains("href=\"/councils/shropshire-council\"").doesNotContain("/councils/herefordshire");
    String search = getCouncils("/search?q=Colwall").body();
    assertThat(search.indexOf("id=\"facet-council\"")).isPositive().isLessThan(search.indexOf("id=\"facet-committee\""));
    assertThat(search).contains("Cabinet · Shropshire Council <span class=\"count\">");
    String[] csv = getCouncils("/search.csv?q=Colwall&council=shropshire-council").body().split("\r\n");
    assertThat(csv[1]).contains(",\"Shropshire Council\",Cabinet,2015-02-26,");
    assertThat(getCouncils("/search.atom?q=Colwall&council=shropshire-council").body())
        .contains("<category term=\"Shropshire Council\" label=\"Shropshire Council\"");
  }
}
