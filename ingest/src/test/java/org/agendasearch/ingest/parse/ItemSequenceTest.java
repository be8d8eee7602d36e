package org.agendasearch.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemSequenceTest {

  private static ItemSequence.Result choose(String... lines) {
    List<ItemSequence.Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      MinuteItemHeading h = MinuteItemHeading.parse(lines[i]).orElseThrow();
      candidates.add(new ItemSequence.Candidate(i, h.number(), h.strength()));
    }
    return ItemSequence.choose(candidates, "minute");
  }

  private static List<String> numbers(ItemSequence.Result r) {
    return r.items().stream().map(c -> c.number().number()).toList();
  }

  @Test
  void a_numbered_list_inside_an_item_does_not_break_the_run() {
    ItemSequence.Result r = choose("4. Management Report", "5. To approve a Statement of Consistency",
        "1. The core strategy and the objectives of the plan;", "2. The Midland Regional Planning Guidelines;",
        "6. Update on Regeneration Programme", "7. Correspondence");
    assertThat(numbers(r)).containsExactly("4", "5", "6", "7");
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void parts_of_one_item_between_it_and_the_next_leave_the_plain_numbers_the_items() {
    ItemSequence.Result r = choose("1. OPENING AND ATTENDANCE", "1.1 ELECTED MEMBERS PRESENT", "1.2 STAFF MEMBERS PRESENT",
        "1.3 APOLOGIES", "1.4 ABSENT WITHOUT APOLOGIES", "1.5 DISCLOSURE OF INTEREST", "2. CONFIRMATION OF MINUTES",
        "2.1 COUNCIL MEETING MINUTES - 19 MARCH 2015", "3. BUSINESS ARISING REPORT");
    assertThat(numbers(r)).containsExactly("1", "2", "3");
  }

  @Test
  void parts_of_sections_whose_own_numbers_are_not_printed_run_on_as_one_list() {
    ItemSequence.Result r = choose("1.1 Welcome and Introduction", "1.2 Disclosures of Interest",
        "2.1 Minutes of Council Meeting", "2.2 Minutes of Special Meeting");
    assertThat(numbers(r)).containsExactly("1.1", "1.2", "2.1", "2.2");
  }

  @Test
  void parts_of_lettered_sections_whose_own_letters_are_not_printed_run_on_as_one_list() {
    ItemSequence.Result r = choose("A.1 Call to Order and Announce a Quorum.", "A.2 Public Comments or Presentations.",
        "B.1 Review and Discuss the Preliminary Budget", "C.1 Receive District Manager's Report", "C.2 Receive Finance Director's Report");
    assertThat(numbers(r)).containsExactly("A.1", "A.2", "B.1", "C.1", "C.2");
  }

  @Test
  void a_skipped_number_is_reported_and_the_run_goes_on() {
    ItemSequence.Result r = choose("55. MATTERS ARISING", "57. DEFIBRILLATORS", "58. AUTISM REPORT");
    assertThat(numbers(r)).containsExactly("55", "57", "58");
    assertThat(r.warnings()).containsExactly("minute numbering jumps from 55 to 57");
  }

  @Test
  void a_repeated_number_is_reported() {
    ItemSequence.Result r = choose("11. COUNCILLOR'S REPORTS", "12. AOCB: POLICE ACTION", "12. NEXT MEETING MONDAY 2 SEPTEMBER");
    assertThat(numbers(r)).containsExactly("11", "12", "12");
    assertThat(r.warnings()).containsExactly("minute numbering repeats 12");
  }

  @Test
  void a_list_that_starts_again_after_the_numbers_went_on_is_no_repeat() {
    ItemSequence.Result r = choose("1. PARTICIPATE BEFORE THE MEETING by emailing", "2. ATTEND THE MEETING IN PERSON",
        "1. CALL MEETING TO ORDER", "2. ROLL CALL", "3. PLEDGE OF ALLEGIANCE", "4. APPROVAL OF MINUTES");
    assertThat(r.items()).extracting(c -> c.number().rest()).containsExactly("CALL MEETING TO ORDER", "ROLL CALL",
        "PLEDGE OF ALLEGIANCE", "APPROVAL OF MINUTES");
  }

  @Test
  void in_minutes_a_list_on_following_lines_loses_a_tie_to_items_with_text_between() {
    String[] lines = {"1. Roll Call", "2. Agenda Changes", "3. Announcements", "4. Consent Calendar", "5. New Business",
        "6. Staff Communications", "1. Point-to-Point Car Sharing Policy", "2. Charter Bus Protocol", "3. Ferry Terminal Access",
        "4. Multimodal Transportation", "5. Bay Farm Traffic Calming", "6. AC Transit's Service Plan", "7. Announcements",
        "8. Adjournment"};
    List<ItemSequence.Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      MinuteItemHeading h = MinuteItemHeading.parse(lines[i]).orElseThrow();
      candidates.add(new ItemSequence.Candidate(i < 6 ? i * 30 : 150 + i, h.number(), h.strength())); // minutes' text between
    }
    ItemSequence.Result r = ItemSequence.chooseMinutes(candidates, java.util.Set.of(), "minute");
    assertThat(r.items()).extracting(ItemSequence.Candidate::line).containsExactly(0, 30, 60, 90, 120, 150, 162, 163);
  }

  @Test
  void slashed_numbers_with_the_year_first_follow_each_other_by_their_second_part() {
    ItemSequence.Result r = choose("24/22 To receive Disclosures of Interest on any matter before the Council",
        "24/23 To approve the minutes of the previous meeting", "24/24 Mayor's announcements", "24/25 Leader of the Council announcements");
    assertThat(numbers(r)).containsExactly("24/22", "24/23", "24/24", "24/25");
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void schemes_and_families_do_not_mix() {
    ItemSequence.Result r = choose("82/23 Apologies", "83/23 Declarations of Interest", "84/22 Old Business",
        "84/23 County Councillor's Report");
    assertThat(numbers(r)).containsExactly("82/23", "83/23", "84/23");
  }

  @Test
  void one_weak_line_alone_is_no_list() {
    assertThat(choose("5 Delivering the strategic approach for children with disabilities and their families this year")
        .items()).isEmpty();
  }

  @Test
  void an_item_taken_out_of_order_keeps_its_place() {
    ItemSequence.Result r = choose("6. Consider motion and vote to enter Executive Session",
        "8. Consider motion and vote to enter Executive Session", "7. Exit the Executive Session",
        "9. Exit the Executive Session", "10. Adjournment");
    assertThat(numbers(r)).containsExactly("6", "8", "7", "9", "10");
    assertThat(r.warnings()).containsExactly("minute 8 is out of order");
  }

  @Test
  void a_lower_number_after_the_gap_it_does_not_fill_stays_text() {
    ItemSequence.Result r = choose("6. Consider motion and vote to enter Executive Session",
        "8. Consider motion and vote to enter Executive Session", "9. Exit the Executive Session",
        "7. Exit the Executive Session", "10. Adjournment");
    assertThat(numbers(r)).containsExactly("6", "8", "9", "10");
  }

  @Test
  void a_minute_number_with_the_year_after_a_stop_is_read_as_minute_and_year() {
    ItemSequence.Result r = choose("73.24 Chair of Meeting by Cllr. Cummins Leas-Cathaoirleach",
        "74.24 Disclosure of Conflict of Interest", "75.24 Adoption of Minutes", "76.24 Matters Arising");
    assertThat(numbers(r)).containsExactly("73.24", "74.24", "75.24", "76.24");
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void an_outline_keeps_its_parts() {
    List<ItemSequence.Candidate> candidates = new ArrayList<>();
    String[] lines = {"1.1 Call to Order", "1.2 Roll Call", "2.1 Minutes of the Last Meeting", "2.2 Matters Arising",
        "10.10 Finance Report", "11.10 Planning Report", "11.11 Applications"};
    for (int i = 0; i < lines.length; i++) {
      MinuteItemHeading h = MinuteItemHeading.parse(lines[i]).orElseThrow();
      candidates.add(new ItemSequence.Candidate(i, h.number(), h.strength()));
    }
    assertThat(ItemSequence.yearSuffixed(candidates)).isEqualTo(candidates);
  }

  @Test
  void a_capital_i_among_letters_is_the_letter() {
    ItemSequence.Result r = choose("G. PUBLIC HEARING", "H. ETHICS TRAINING", "I. DIRECTOR’S ITEMS", "J. PLANNING COMMISSION ITEMS");
    assertThat(numbers(r)).containsExactly("G", "H", "I", "J");
  }
}
