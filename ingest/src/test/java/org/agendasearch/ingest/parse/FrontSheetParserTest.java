package org.agendasearch.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.agendasearch.ingest.model.Page;
import org.junit.jupiter.api.Test;

class FrontSheetParserTest {

  private static FrontSheetParser.FrontSheet parse(String text) {
    List<Line> lines = Lines.of(List.of(new Page(1, text, false)));
    return FrontSheetParser.parse(lines, lines.size()).orElseThrow();
  }

  @Test
  void reads_committee_date_time_and_a_wrapped_place() {
    FrontSheetParser.FrontSheet f = parse("""
        Agenda
        Children and Young People Scrutiny Committee
        Date: Tuesday 26 July 2022
        Time: 2.30 pm
        Place: Herefordshire Council Offices, Plough Lane, Hereford,
        HR4 0LE
        Notes: Please note the time, date and venue of the meeting.""");
    assertThat(f.committee()).isEqualTo("Children and Young People Scrutiny Committee");
    assertThat(f.date()).isEqualTo(LocalDate.of(2022, 7, 26));
    assertThat(f.time()).isEqualTo(LocalTime.of(14, 30));
    assertThat(f.venue()).isEqualTo("Herefordshire Council Offices, Plough Lane, Hereford, HR4 0LE");
  }

  @Test
  void prefers_the_agenda_for_the_meeting_of_line_and_joins_its_wrap() {
    FrontSheetParser.FrontSheet f = parse("""
        Agenda
        Date: Monday 2 October 2017
        Agenda for the meeting of the Children and young people scrutiny
        committee
        Membership""");
    assertThat(f.committee()).isEqualTo("Children and young people scrutiny committee");
  }

  @Test
  void reads_items_with_ranges_beside_after_or_inside_titles() {
    FrontSheetParser.FrontSheet f = parse("""
        AGENDA
        Cabinet
        1. APOLOGIES FOR ABSENCE
        To receive any apologies for absence.
        3 - 6
        2. APPROVAL TO UNDERTAKE A PROCUREMENT EXERCISE IN 109 - 114 RESPECT OF PUPIL REFERRAL SERVICES
        To obtain Cabinet approval.
        3.
        MINUTES
        To approve and sign the minutes of the meeting held on 22 January 2015.
        4. COMMISSIONING INTENTIONS FOR CHILDREN, 11
        YOUNG PEOPLE AND FAMILIES
        88
        To preview the draft decision report.
        115 - 120
        185 - 212""");
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::number).containsExactly("1", "2", "3", "4");
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::title).containsExactly(
        "APOLOGIES FOR ABSENCE",
        "APPROVAL TO UNDERTAKE A PROCUREMENT EXERCISE IN RESPECT OF PUPIL REFERRAL SERVICES",
        "MINUTES",
        "COMMISSIONING INTENTIONS FOR CHILDREN, YOUNG PEOPLE AND FAMILIES");
    assertThat(f.items().get(2).description())
        .isEqualTo("To approve and sign the minutes of the meeting held on 22 January 2015.");
    assertThat(f.items().get(3).description()).isEqualTo("To preview the draft decision report.");
  }

  @Test
  void a_key_decision_table_number_and_a_year_range_are_not_items_or_ranges() {
    FrontSheetParser.FrontSheet f = parse("""
        AGENDA
        Cabinet
        Item No Title
        5
        Delivering the strategic approach
        1. APOLOGIES FOR ABSENCE
        2. CHILDREN'S SOCIAL CARE IMPROVEMENT PLAN 2022-2024
        To consider the plan for 2015-2018.""");
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::title)
        .containsExactly("APOLOGIES FOR ABSENCE", "CHILDREN'S SOCIAL CARE IMPROVEMENT PLAN 2022-2024");
    assertThat(f.items().get(1).description()).isEqualTo("To consider the plan for 2015-2018.");
  }

  @Test
  void a_description_loses_the_range_pieces_the_layout_left_at_its_end() {
    assertThat(FrontSheetParser.tidyDescription("To consider if they provide assurance. 89 -"))
        .isEqualTo("To consider if they provide assurance.");
    assertThat(FrontSheetParser.tidyDescription("To Follow")).isNull();
    assertThat(FrontSheetParser.tidyDescription("To approve the minutes of the meeting held on 5 July 2017."))
        .isEqualTo("To approve the minutes of the meeting held on 5 July 2017.");
  }

  @Test
  void reads_an_html_table_rendering_of_the_agenda() {
    FrontSheetParser.FrontSheet f = parse("""
        # Agenda
        ## Cabinet
        Date: **Monday 2 October 2017**
        1.\t<p><b>APOLOGIES FOR ABSENCE</b></p> <p>To receive apologies for absence</p>\t
        2.\t<p><b>MINUTES</b></p> <p>To approve the minutes.</p>\t5 - 10""");
    assertThat(f.committee()).isEqualTo("Cabinet");
    assertThat(f.date()).isEqualTo(LocalDate.of(2017, 10, 2));
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::title).containsExactly("APOLOGIES FOR ABSENCE", "MINUTES");
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::description)
        .containsExactly("To receive apologies for absence", "To approve the minutes.");
  }

  @Test
  void text_without_an_agenda_title_is_no_front_sheet() {
    List<Line> lines = Lines.of(List.of(new Page(1, "The Seven Principles of Public Life\n1. Selflessness", false)));
    assertThat(FrontSheetParser.parse(lines, lines.size())).isEmpty();
  }
}
