package org.agendasearch.search.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.agendasearch.ingest.model.Attendee;
import org.agendasearch.ingest.model.Declaration;
import org.agendasearch.ingest.model.MinuteItem;
import org.agendasearch.ingest.model.Minutes;
import org.agendasearch.ingest.model.Resolution;
import org.agendasearch.ingest.model.Votes;
import org.junit.jupiter.api.Test;

class MinutesPeopleTest {

  @Test
  void one_entry_per_person_attendance_first_then_who_only_declared_moved_or_voted() {
    Minutes m = new Minutes("Cabinet", LocalDate.of(2015, 1, 22), 1, List.of(
        new MinuteItem("7", "Budget", 2, "", List.of(new Resolution("Approved.", 3, "Councillor A Smith", "B Jones",
            new Votes(2, 1, null, List.of("A Smith", "B Jones"), List.of("C Brown"), List.of()))))),
        List.of(new Attendee("A Smith", "Cllr", "Chairman", "member", "present", 1),
            new Attendee("B Jones", "Mrs", null, "member", "apologies", 1)),
        List.of(new Declaration("A. Smith", "7", "pecuniary", "Cllr Smith declared a pecuniary interest.", 2)), false);
    List<PersonFacts> people = MinutesPeople.of(m);
    assertThat(people).extracting(PersonFacts::name, PersonFacts::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("A Smith", "present"),
            org.assertj.core.groups.Tuple.tuple("B Jones", "apologies"),
            org.assertj.core.groups.Tuple.tuple("C Brown", null));
    PersonFacts smith = people.get(0);
    assertThat(smith.spellings()).containsExactly("A Smith", "A. Smith", "Councillor A Smith");
    assertThat(smith.declarations()).containsExactly(
        new PersonFacts.Declared("7", "pecuniary", "Cllr Smith declared a pecuniary interest.", 2));
    assertThat(smith.motions()).containsExactly(new PersonFacts.Motion("moved", "7", "Budget", 3));
    assertThat(smith.votes()).containsExactly(new PersonFacts.Vote("for", "7", "Budget", 3));
    assertThat(people.get(2).page()).isEqualTo(3);
    assertThat(PersonFacts.fromJson(smith.toJson())).isEqualTo(smith);
  }

  @Test
  void a_surname_alone_is_the_one_person_of_that_surname_in_the_minutes() {
    Minutes m = new Minutes("Scrutiny", LocalDate.of(2017, 7, 5), 1, List.of(),
        List.of(new Attendee("JA Hyde", "Councillor", null, "member", "present", 1),
            new Attendee("A Smith", "Councillor", null, "member", "present", 1),
            new Attendee("B Smith", "Councillor", null, "member", "present", 1)),
        List.of(new Declaration("Hyde", "4", "other", "Councillor Hyde as the support team member", 3),
            new Declaration("Smith", "4", "other", "Councillor Smith as a governor", 3)), false);
    List<PersonFacts> people = MinutesPeople.of(m);
    assertThat(people).extracting(PersonFacts::name).containsExactly("JA Hyde", "A Smith", "B Smith", "Smith");
    assertThat(people.get(0).declarations()).hasSize(1);
  }
}
