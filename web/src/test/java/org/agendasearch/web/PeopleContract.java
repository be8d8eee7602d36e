package org.agendasearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract of people in the minutes, run with {@link ApiContract} on every backend, over the
 * sample corpus (every file Herefordshire Council's) and the corpus of two councils. The sample
 * minutes list JA Hyde as present at Cabinet on 22 January 2015 (the Cabinet pack, page 3) and at the
 * Children and young people scrutiny committee on 5 July 2017 (page 3), and record Carole Gandy moving
 * minutes 5 and 6 of that committee on 15 September 2020.
 */
interface PeopleContract {

  String HYDE = "herefordshire-council--ja-hyde";
  String GANDY = "herefordshire-council--carole-gandy";

  /** A GET on the sample server. */
  HttpResponse<String> getSample(String path) throws Exception;

  /** A GET on the two-council server. */
  HttpResponse<String> getCouncils(String path) throws Exception;

  private static JsonNode json(HttpResponse<String> r) throws Exception {
    return CouncilsContract.json(r);
  }

  private static JsonNode find(JsonNode people, String slug) {
    for (JsonNode p : people) {
      if (p.path("slug").asText().equals(slug)) {
        return p;
      }
    }
    throw new AssertionError("no " + slug + " in " + people);
  }

  @Test
  default void the_people_list_counts_meetings_apologies_and_motions_per_person() throws Exception {
    JsonNode r = json(getSample("/api/people?council=herefordshire-council"));
    // As many people as the parser reads from the samples' minutes (its accuracy on them is
    // measured against hand-written truth in CouncilsCorpusTest): the list has each once.
    assertThat(r.path("total").asInt()).isEqualTo(r.path("people").size()).isEqualTo(51);
    JsonNode hyde = find(r.path("people"), HYDE);
    assertThat(hyde.path("name").asText()).isEqualTo("JA Hyde");
    assertThat(List.of(hyde.path("meetings").asInt(), hyde.path("attended").asInt(), hyde.path("apologies").asInt(),
        hyde.path("absent").asInt())).containsExactly(2, 2, 0, 0);
    assertThat(hyde.path("person_url").asText()).isEqualTo("/people/" + HYDE);
    JsonNode gandy = find(r.path("people"), GANDY);
    assertThat(List.of(gandy.path("meetings").asInt(), gandy.path("moved").asInt(), gandy.path("seconded").asInt()))
        .containsExactly(1, 3, 0);
    assertThat(find(r.path("people"), "herefordshire-council--seldon").path("apologies").asInt()).isEqualTo(1);
    assertThat(json(getSample("/api/people?council=no-such-council")).path("total").asInt()).isZero();
  }

  @Test
  default void a_person_gives_attendance_per_committee_and_year_and_links_every_fact_to_its_page() throws Exception {
    JsonNode hyde = json(getSample("/api/people/" + HYDE));
    List<String> rows = new ArrayList<>();
    hyde.path("attendance").forEach(a -> rows.add(a.path("year").asInt() + " " + a.path("committee").asText() + " "
        + a.path("attended").asInt() + "/" + a.path("missed").asInt() + " " + a.path("rate").asDouble()));
    assertThat(rows).containsExactly("2017 Children and young people scrutiny committee 1/0 1.0", "2015 Cabinet 1/0 1.0");
    List<String> facts = new ArrayList<>();
    hyde.path("facts").forEach(f -> facts.add(f.path("meeting_date").asText() + " " + f.path("kind").asText() + " "
        + f.path("detail").asText() + " " + f.path("document_url").asText()));
    assertThat(facts).containsExactly(
        "2017-07-05 attendance present /documents/000_507079886cabe88a.pdf#page=3",
        "2017-07-05 declaration other /documents/000_507079886cabe88a.pdf#page=3",
        "2015-01-22 attendance present /documents/001_aa98a297444b1522.pdf#page=3");
    JsonNode gandy = json(getSample("/api/people/" + GANDY));
    List<String> motions = new ArrayList<>();
    gandy.path("facts").forEach(f -> motions.add(f.path("kind").asText() + " " + f.path("item_number").asText()));
    assertThat(motions).containsExactly("attendance null", "moved 5", "moved 6", "moved 8");
  }

  @Test
  default void an_unknown_person_is_a_404_in_json_on_the_api_and_a_page_elsewhere() throws Exception {
    HttpResponse<String> api = getSample("/api/people/herefordshire-council--nobody-at-all");
    assertThat(api.statusCode()).isEqualTo(404);
    assertThat(json(api).path("error").asText()).contains("herefordshire-council--nobody-at-all");
    HttpResponse<String> page = getSample("/people/herefordshire-council--nobody-at-all");
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("<html");
    assertThat(getSample("/people/herefordshire-council--nobody-at-all/facts.csv").statusCode()).isEqualTo(404);
  }

  @Test
  default void a_persons_facts_come_as_csv_and_atom_from_the_same_view() throws Exception {
    HttpResponse<String> csv = getSample("/people/" + HYDE + "/facts.csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
    String[] lines = csv.body().split("\r\n");
    assertThat(lines).hasSize(4);
    assertThat(lines[0]).isEqualTo("meeting_date,committee,kind,detail,item_number,item_title,page,document_url");
    assertThat(lines[2]).startsWith("2017-07-05,\"Children and young people scrutiny committee\",declaration,other,4,");
    assertThat(lines[3]).startsWith("2015-01-22,Cabinet,attendance,present,,,3,\"http://")
        .endsWith("/documents/001_aa98a297444b1522.pdf#page=3\"");
    HttpResponse<String> atom = getSample("/people/" + HYDE + "/facts.atom");
    assertThat(atom.statusCode()).isEqualTo(200);
    assertThat(atom.body().split("<entry>", -1)).hasSize(4);
    assertThat(atom.body()).contains("<title>JA Hyde: present – Cabinet, 2015-01-22</title>");
  }

  @Test
  default void the_person_facet_names_attendees_and_movers() throws Exception {
    // Her name is in her person records' text alone: the resolutions she moved do not print it. The
    // 2017 minutes print "CA Gandy": a name is matched as printed, so that is a person of its own.
    JsonNode r = json(getSample("/api/search?q=Gandy"));
    assertThat(CouncilsContract.facet(r, "person")).containsOnly(java.util.Map.entry("Carole Gandy", 1),
        java.util.Map.entry("CA Gandy", 1));
    JsonNode moved = json(getSample("/api/search?type=resolution&q=%22accommodation+and+support+framework+for+care+leavers%22"));
    assertThat(moved.path("total").asInt()).isEqualTo(1);
    assertThat(CouncilsContract.facet(moved, "person")).containsOnly(java.util.Map.entry("Carole Gandy", 1),
        java.util.Map.entry("Diana Toynbee", 1));
  }

  @Test
  default void a_person_filter_keeps_the_records_naming_them_and_the_person_page_links_to_it() throws Exception {
    // Carole Gandy: her person record for the 2020 minutes and the three resolutions she moved (5, 6 and 8).
    JsonNode r = json(getSample("/api/search?person=Carole+Gandy"));
    assertThat(r.path("total").asInt()).isEqualTo(4);
    assertThat(CouncilsContract.facet(r, "type")).containsOnly(java.util.Map.entry("person", 1),
        java.util.Map.entry("resolution", 3));
    assertThat(json(getSample("/api/search?person=Carole+Gandy&person=JA+Hyde")).path("total").asInt()).isEqualTo(6);
    HttpResponse<String> tooLong = getSample("/api/search?person=" + "x".repeat(201));
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(json(tooLong).path("error").asText()).contains("person must name a person");
    String page = getSample("/people/" + GANDY).body();
    assertThat(page).contains("href=\"/search?person=Carole+Gandy&amp;council=herefordshire-council&amp;sort=newest\"");
    String results = getSample("/search?person=Carole+Gandy&council=herefordshire-council&sort=newest").body();
    assertThat(results).contains("4 matching records").contains("Person: Carole Gandy");
  }

  @Test
  default void the_meeting_and_its_json_list_who_attended_with_links_to_them() throws Exception {
    String page = getSample("/meetings/004_879e1e000eb8b86d").body();
    assertThat(page).contains("<a href=\"/people/" + GANDY + "\">Councillor Carole Gandy</a> (chairperson)")
        .contains("Present:");
    JsonNode minutes = json(getSample("/api/meetings/004_879e1e000eb8b86d")).path("minutes");
    List<String> attendance = new ArrayList<>();
    minutes.forEach(m -> m.path("attendance").forEach(a -> attendance.add(a.path("name").asText() + " "
        + a.path("status").asText())));
    assertThat(attendance).startsWith("Carole Gandy present", "Diana Toynbee present");
    assertThat(page).contains("Moved by <a href=\"/people/" + GANDY + "\">Carole Gandy</a>, seconded by <a href=\"/people/"
        + "herefordshire-council--diana-toynbee\">Diana Toynbee</a>.");
    List<String> movers = new ArrayList<>();
    minutes.forEach(m -> m.path("items").forEach(i -> i.path("resolutions").forEach(r -> {
      if (!r.path("moved_by").isNull()) {
        movers.add(i.path("number").asText() + " " + r.path("moved_by").asText() + " / " + r.path("seconded_by").asText());
      }
    })));
    assertThat(movers).containsExactly("5 Carole Gandy / Diana Toynbee", "6 Carole Gandy / Graham Andrews",
        "7 Paul Andrews / Kath Hey", "8 Carole Gandy / Phillip Howells");
    String person = getSample("/people/" + HYDE).body();
    assertThat(person).contains("<h1>JA Hyde</h1>").contains("Attendance by committee and year")
        .contains("href=\"/documents/001_aa98a297444b1522.pdf#page=3\"");
    assertThat(getSample("/people").body()).contains("<a href=\"/people/" + HYDE + "\">JA Hyde</a>");
  }

  @Test
  default void the_people_api_is_described_in_openapi() throws Exception {
    JsonNode api = json(getSample("/api/openapi.json"));
    assertThat(api.path("paths").has("/api/people")).isTrue();
    assertThat(api.path("paths").path("/api/people/{slug}").path("get").path("responses").has("404")).isTrue();
    assertThat(api.path("components").path("schemas").path("RecordType").path("enum").toString()).contains("\"person\"");
    JsonNode fact = api.path("components").path("schemas").path("PersonFact").path("properties");
    JsonNode served = json(getSample("/api/people/" + HYDE)).path("facts").get(0);
    served.fieldNames().forEachRemaining(f -> assertThat(fact.has(f)).as(f).isTrue());
  }

  @Test
  default void two_councils_people_are_kept_apart() throws Exception {
    JsonNode here = json(getCouncils("/api/people?council=herefordshire-council"));
    JsonNode there = json(getCouncils("/api/people?council=shropshire-council"));
    assertThat(there.path("total").asInt()).isEqualTo(here.path("total").asInt()).isEqualTo(23);
    there.path("people").forEach(p -> assertThat(p.path("slug").asText()).startsWith("shropshire-council--"));
    assertThat(json(getCouncils("/api/people/shropshire-council--ja-hyde")).path("person").path("meetings").asInt())
        .isEqualTo(1);
  }
}
