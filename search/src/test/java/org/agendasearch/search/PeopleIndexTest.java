package org.agendasearch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.agendasearch.ingest.model.Attendee;
import org.agendasearch.ingest.model.Declaration;
import org.agendasearch.ingest.model.MinuteItem;
import org.agendasearch.ingest.model.Minutes;
import org.agendasearch.ingest.model.Resolution;
import org.agendasearch.ingest.model.Votes;
import org.agendasearch.search.people.PersonSummary;
import org.agendasearch.search.people.PersonView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * People on a tiny index: two Cabinet meetings' minutes, Cllr Gough present at one and sending
 * apologies to the other, declaring an interest and moving a motion; the January minutes printed
 * in two files count once.
 */
class PeopleIndexTest {

  @TempDir
  static Path dir;
  static LuceneBackend backend;

  static Minutes january() {
    return new Minutes("Cabinet", LocalDate.of(2015, 1, 22), 2, List.of(
        new MinuteItem("57", "Budget", 3, "text", List.of(new Resolution("That the budget be approved.", 3,
            "R W Gough", "C Bell", new Votes(5, 2, 0, List.of("R W Gough", "C Bell"), List.of("D White"), List.of()))))),
        List.of(new Attendee("R W Gough", "Mr", "Chairman", "member", "present", 2),
            new Attendee("C Bell", "Mrs", null, "member", "present", 2),
            new Attendee("D White", "Cllr", null, "member", "absent", 2)),
        List.of(new Declaration("R.W. Gough", "57", "pecuniary", "Mr Gough declared a pecuniary interest in item 57.", 2)),
        false);
  }

  static Minutes february() {
    return new Minutes("Cabinet", LocalDate.of(2015, 2, 26), 5, List.of(
        new MinuteItem("60", "Roads", 5, "text", List.of(new Resolution("That the roads be mended.", 6)))),
        List.of(new Attendee("Gough", "Cllr", null, "member", "apologies", 5),
            new Attendee("C Bell", "Mrs", null, "member", "virtual", 5)),
        List.of(), true);
  }

  @BeforeAll
  static void build() throws Exception {
    new TinyIndex()
        .add(new TinyIndex.PackBuilder("a.pdf", "Cabinet", LocalDate.of(2015, 2, 26)).page("x").page("PRESENT").page("57")
            .minutes(january()))
        .add(new TinyIndex.PackBuilder("b.pdf", "Cabinet", LocalDate.of(2015, 1, 22)).page("PRESENT").page("57")
            .minutes(january()))
        .add(new TinyIndex.PackBuilder("c.pdf", "Cabinet", LocalDate.of(2015, 3, 26)).page("1").page("2").page("3")
            .page("4").page("Apologies").page("60").minutes(february()))
        .open(dir).close();
    backend = new LuceneBackend(dir);
  }

  @AfterAll
  static void close() throws Exception {
    backend.close();
  }

  @Test
  void the_list_counts_each_meeting_once_however_many_files_print_its_minutes() {
    List<PersonSummary> people = backend.people(null);
    assertThat(people).extracting(PersonSummary::slug).containsExactly("c-bell", "d-white", "gough", "r-w-gough");
    PersonSummary bell = people.get(0);
    assertThat(List.of(bell.meetings(), bell.attended(), bell.apologies(), bell.absent(), bell.seconded()))
        .containsExactly(2, 2, 0, 0, 1);
    PersonSummary gough = people.get(3);
    assertThat(List.of(gough.meetings(), gough.attended(), gough.declarations(), gough.moved(), gough.seconded()))
        .containsExactly(1, 1, 1, 1, 0);
    assertThat(people.get(1).absent()).isEqualTo(1);
  }

  @Test
  void a_person_page_gives_attendance_per_committee_and_year_and_every_fact_with_its_page() {
    PersonView bell = backend.person("c-bell").orElseThrow();
    assertThat(bell.attendance()).containsExactly(new PersonView.Attendance("Cabinet", 2015, 2, 0, 1.0));
    assertThat(bell.facts()).extracting(f -> f.date() + " " + f.kind() + " " + f.detail() + " " + f.itemNumber() + " p"
        + f.page() + " " + f.documentId()).containsExactly(
            "2015-02-26 attendance virtual null p5 c",
            "2015-01-22 attendance present null p2 a",
            "2015-01-22 seconded null 57 p3 a",
            "2015-01-22 vote for 57 p3 a");
    PersonView white = backend.person("d-white").orElseThrow();
    assertThat(white.attendance()).containsExactly(new PersonView.Attendance("Cabinet", 2015, 0, 1, 0.0));
    assertThat(white.facts()).extracting(PersonView.Fact::kind, PersonView.Fact::detail)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("attendance", "absent"),
            org.assertj.core.groups.Tuple.tuple("vote", "against"));
    assertThat(backend.person("nobody")).isEmpty();
  }

  @Test
  void spellings_of_one_person_in_one_set_of_minutes_are_kept() {
    PersonView gough = backend.person("r-w-gough").orElseThrow();
    assertThat(gough.spellings()).containsExactly("R W Gough", "R.W. Gough");
    assertThat(gough.facts()).extracting(PersonView.Fact::kind)
        .containsExactly("attendance", "declaration", "moved", "vote");
    assertThat(gough.meetings().get(0).facts().role()).isEqualTo("Chairman");
  }

  @Test
  void the_person_facet_counts_attendance_records_and_resolutions_by_their_movers() {
    SearchResults r = backend.search(SearchRequest.of("budget"));
    assertThat(r.facets().get("person")).extracting(FacetCount::value, FacetCount::count)
        .contains(org.assertj.core.groups.Tuple.tuple("R W Gough", 1), org.assertj.core.groups.Tuple.tuple("C Bell", 1));
    SearchResults people = backend.search(new SearchRequest(null, List.of(), List.of(), List.of("person"), null, null,
        SearchRequest.Sort.NEWEST, 1, 20));
    assertThat(people.total()).isEqualTo(5);
    assertThat(people.facets().get("person")).extracting(FacetCount::value, FacetCount::count).containsExactly(
        org.assertj.core.groups.Tuple.tuple("C Bell", 2), org.assertj.core.groups.Tuple.tuple("D White", 1),
        org.assertj.core.groups.Tuple.tuple("Gough", 1), org.assertj.core.groups.Tuple.tuple("R W Gough", 1));
  }

  @Test
  void a_person_filter_keeps_the_records_naming_them_and_counts_the_other_people_sideways() {
    SearchResults bell = backend.search(SearchRequest.of(null).withPeople(List.of("C Bell")));
    assertThat(bell.total()).isEqualTo(3);
    assertThat(bell.facets().get("type")).extracting(FacetCount::value, FacetCount::count).containsExactly(
        org.assertj.core.groups.Tuple.tuple("person", 2), org.assertj.core.groups.Tuple.tuple("resolution", 1));
    // Sideways: the person facet still offers the others, as choosing one of them would show.
    assertThat(bell.facets().get("person")).extracting(FacetCount::value).contains("C Bell", "D White", "R W Gough");
    // D White's person record and the resolution he voted against; Gough's person record.
    SearchResults either = backend.search(SearchRequest.of(null).withPeople(List.of("D White", "Gough")));
    assertThat(either.total()).isEqualTo(3);
    assertThat(backend.search(SearchRequest.of("roads").withPeople(List.of("R W Gough"))).total()).isZero();
  }

  @Test
  void a_person_filter_must_name_someone() {
    assertThatThrownBy(() -> SearchRequest.of(null).withPeople(List.of(" ")))
        .isInstanceOf(org.agendasearch.search.query.InvalidQueryException.class).hasMessageContaining("person");
  }

  @Test
  void a_meeting_page_lists_its_minutes_people() {
    MeetingView m = backend.meeting("c").orElseThrow();
    MeetingView.MinutesEntry minutes = m.minutes().stream().filter(x -> x.documentId().equals("c")).findFirst().orElseThrow();
    assertThat(minutes.people()).extracting(p -> p.slug() + " " + p.facts().status())
        .containsExactly("gough apologies", "c-bell virtual");
  }

  @Test
  void a_meeting_page_gives_a_resolutions_mover_seconder_and_recorded_votes() {
    MeetingView m = backend.meeting("b").orElseThrow();
    MeetingView.Entry budget = m.minutes().stream().filter(x -> x.documentId().equals("b")).findFirst().orElseThrow()
        .items().get(0).resolutions().get(0);
    assertThat(budget.movedBy().slug()).isEqualTo("r-w-gough");
    assertThat(budget.secondedBy().name()).isEqualTo("C Bell");
    assertThat(budget.votes()).isEqualTo(new Votes(5, 2, 0, List.of("R W Gough", "C Bell"), List.of("D White"), List.of()));
  }
}
