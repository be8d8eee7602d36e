package org.agendasearch.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProposedAndAgreedTest {

  private static Optional<DecisionStart> at(String text) {
    List<Line> body = Arrays.stream(text.split("\n")).map(t -> new Line(1, t.strip())).toList();
    return ProposedAndAgreed.at(body, 0);
  }

  @Test
  void a_subject_that_says_what_was_done_then_who_proposed_and_seconded_it() {
    assertThat(at("Minutes adopted, proposed by Iain Gillespie, seconded by Robert MacIntyre.")).get()
        .extracting(DecisionStart::text).isEqualTo("Minutes adopted, proposed by Iain Gillespie, seconded by Robert MacIntyre.");
  }

  @Test
  void a_subject_proposed_and_seconded_then_agreed_in_the_next_sentence() {
    assertThat(at("""
        (5.1) The minutes of Parish Council meeting held on Monday 23rd September
        2019, proposed Cllr Needham and seconded by Cllr N Hole. Agreed unanimously.""")).get()
        .extracting(DecisionStart::text).isEqualTo("The minutes of Parish Council meeting held on Monday 23rd September");
  }

  @Test
  void a_lettered_subject_agreed_at_the_end_of_the_seconders_clause_past_initials() {
    assertThat(at("""
        (b) Annual Meeting held on June 30th, 2015 proposed by Cllr. O’Ryan seconded by
        Cllr. O’Leary and agreed.""")).get()
        .extracting(DecisionStart::text).isEqualTo("Annual Meeting held on June 30th, 2015 proposed by Cllr. O’Ryan seconded by");
    // the subject is no "It": "It was proposed by Councillor J. Gildea, seconded by ..., and RESOLVED" is DecisionStart's
    assertThat(at("""
        It was proposed by Councillor J. Gildea, seconded by Councillor S. Nic
        Cormic, and agreed:""")).isEmpty();
  }

  @Test
  void a_roman_numbered_subject_its_movers_in_brackets_then_all_in_favour_after_a_dash() {
    assertThat(at("""
        i. Management and collation of information for the speed devices – Cllr K Fox (Proposed Cllr J
        Trafford, Seconded Cllr A Wilkinson) – All in favour
        ii. Review of Standing Orders – Clerk to liaise with Cllrs""")).get().extracting(DecisionStart::text)
        .isEqualTo("Management and collation of information for the speed devices – Cllr K Fox (Proposed Cllr J");
    assertThat(at("""
        ii. Review of Standing Orders – Clerk to liaise with Cllrs (Proposed Cllr J Trafford, Seconded Cllr A Boyles)
        iii. Village Survey""")).isEmpty();
  }

  @Test
  void what_was_proposed_after_that_when_who_seconded_it_and_that_it_was_agreed_follow() {
    assertThat(at("""
        reserves proposed that precept be kept at same level of £1000 for 2020-21.
        Proposed Cllr S Needham, Seconded Cllr N Hole agreed unanimously.""")).get()
        .extracting(DecisionStart::text).isEqualTo("precept be kept at same level of £1000 for 2020-21.");
  }

  @Test
  void who_proposed_and_seconded_then_what_was_agreed_in_the_passive() {
    assertThat(at("""
        On the proposal of Cllr. M. Buckley, seconded by Cllr. D. Dolan, the minutes of
        March Monthly Meeting held in Áras an Chontae on 26th March 2012 were
        agreed and adopted.""")).get().extracting(DecisionStart::text).isEqualTo("the minutes of");
  }

  @Test
  void a_proposal_nobody_agreed_or_a_proposer_as_the_subject_is_no_decision() {
    assertThat(at("""
        The clerk's report, proposed Cllr Needham and seconded by Cllr N Hole.
        The clerk will write to the county council.""")).isEmpty();
    assertThat(at("""
        Councillor Carole Gandy proposed and Councillor Diana Toynbee seconded the recommendations.
        Agreed unanimously.""")).isEmpty();
    assertThat(at("It was proposed that the hall be repainted. No seconder was found.")).isEmpty();
  }

  @Test
  void a_subject_proposed_seconded_and_passed() {
    assertThat(at("""
        The nomination to re-elect Mr Gregory Lauder- Frost as Chairman
        was proposed by Howard Doherty and seconded by Julia Trotter, and passed by the""")).get()
        .extracting(DecisionStart::text).isEqualTo("The nomination to re-elect Mr Gregory Lauder- Frost as Chairman");
  }
}
