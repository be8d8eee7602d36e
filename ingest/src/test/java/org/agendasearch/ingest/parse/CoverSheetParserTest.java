package org.agendasearch.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.agendasearch.ingest.model.Page;
import org.junit.jupiter.api.Test;

class CoverSheetParserTest {

  private static List<CoverSheetParser.CoverSheet> parse(String... pages) {
    Page[] ps = new Page[pages.length];
    for (int i = 0; i < pages.length; i++) {
      ps[i] = new Page(i + 1, pages[i], false);
    }
    return CoverSheetParser.parse(Lines.of(List.of(ps)));
  }

  @Test
  void reads_labels_with_values_on_the_same_line_and_a_wrapped_title() {
    List<CoverSheetParser.CoverSheet> sheets = parse("""
        Meeting: Children and young people scrutiny committee
        Meeting date: Tuesday 1 December 2020
        Title of report: Update on reducing the number of children looked
        after (CLA)
        Report by: Assistant director safeguarding and family support
        Classification
        Open""");
    assertThat(sheets).singleElement().satisfies(s -> {
      assertThat(s.meeting()).isEqualTo("Children and young people scrutiny committee");
      assertThat(s.meetingDate()).isEqualTo(LocalDate.of(2020, 12, 1));
      assertThat(s.title()).isEqualTo("Update on reducing the number of children looked after (CLA)");
      assertThat(s.reportBy()).isEqualTo("Assistant director safeguarding and family support");
      assertThat(s.page()).isEqualTo(1);
    });
  }

  @Test
  void reads_values_on_the_line_after_each_label_in_any_case_and_order() {
    List<CoverSheetParser.CoverSheet> sheets = parse("""
        TITLE OF REPORT:
        Children's Safeguarding Update
        MEETING:
        Cabinet
        REPORT BY:
        Head of Safeguarding and Review
        MEETING DATE:
        26 th February 2015
        Classification""");
    assertThat(sheets).singleElement().satisfies(s -> {
      assertThat(s.title()).isEqualTo("Children's Safeguarding Update");
      assertThat(s.meeting()).isEqualTo("Cabinet");
      assertThat(s.meetingDate()).isEqualTo(LocalDate.of(2015, 2, 26));
      assertThat(s.reportBy()).isEqualTo("Head of Safeguarding and Review");
    });
  }

  @Test
  void a_cover_sheet_split_by_a_page_break_is_found_on_its_first_page() {
    List<CoverSheetParser.CoverSheet> sheets = parse(
        "text\nMeeting: Cabinet\nMeeting date: Tuesday 1 December 2020\nPage 17",
        "Title of report: Work programme\nReport by: Democratic Services Officer");
    assertThat(sheets).singleElement().satisfies(s -> {
      assertThat(s.page()).isEqualTo(1);
      assertThat(s.title()).isEqualTo("Work programme");
    });
  }

  @Test
  void a_work_programme_row_with_a_meeting_date_is_not_a_cover_sheet() {
    assertThat(parse("""
        Meeting date: 4 December 2017
        Budget monitoring
        Children's centres
        Meeting date: 22 January 2018
        Performance""")).isEmpty();
  }

  @Test
  void a_memo_cover_with_from_to_and_subject_is_a_report() {
    List<Line> lines = Lines.of(List.of(new org.agendasearch.ingest.model.Page(1, """
        From: Roger Smith, Leader of the Council
        To: Cabinet, 7 March 2024
        Subject: Budget 2024-25 and Medium Term Financial Plan
        Classification: Unrestricted""", false)));
    List<CoverSheetParser.CoverSheet> sheets = CoverSheetParser.parse(lines);
    assertThat(sheets).singleElement().satisfies(c -> {
      assertThat(c.title()).isEqualTo("Budget 2024-25 and Medium Term Financial Plan");
      assertThat(c.meeting()).isEqualTo("Cabinet");
      assertThat(c.meetingDate()).isEqualTo(java.time.LocalDate.of(2024, 3, 7));
      assertThat(c.reportBy()).isEqualTo("Roger Smith, Leader of the Council");
    });
  }

  @Test
  void a_front_sheets_title_agenda_is_no_report() {
    List<Line> lines = Lines.of(List.of(new org.agendasearch.ingest.model.Page(1, """
        South Hams Executive
        Title: Agenda
        Date: Thursday, 18th April, 2024""", false)));
    assertThat(CoverSheetParser.parse(lines)).isEmpty();
  }

  @Test
  void a_numbered_heading_above_the_labels_is_the_title_and_the_running_header_gives_the_meeting() {
    List<CoverSheetParser.CoverSheet> sheets = parse("""
        Ordinary Council Meeting Agenda 2 September 2020
        10 Business
        10.1 Governance Issues : Council Appointed Review and Observer
        Team
        File Number: A11777976
        Author: Christine Jones, General Manager: Strategy & Growth
        Purpose of the Report""");
    assertThat(sheets).singleElement().satisfies(s -> {
      assertThat(s.title()).isEqualTo("Governance Issues : Council Appointed Review and Observer Team");
      assertThat(s.meeting()).isEqualTo("Ordinary Council Meeting");
      assertThat(s.meetingDate()).isEqualTo(LocalDate.of(2020, 9, 2));
      assertThat(s.reportBy()).isEqualTo("Christine Jones, General Manager: Strategy & Growth");
    });
  }

  @Test
  void labels_followed_by_the_motion_moved_on_them_summarise_an_item_of_minutes() {
    assertThat(parse("""
        4.1        Subject:        Honoring Gay Plair Cobb
                   From:           Councilmember Gallo And McElhaney
                   Recommendation: Adopt A Resolution Honoring Gay Plair Cobb
                   18-2014
                   There were 8 speakers on this item
                   A motion was made by Noel Gallo, seconded by Lynette McElhaney, that this matter be Adopted.""")).isEmpty();
  }

  @Test
  void a_record_header_and_the_reports_own_labels_are_one_report() {
    List<Line> lines = Lines.of(List.of(new org.agendasearch.ingest.model.Page(1, """
        File created: 11/30/2018 In control: Council
        On agenda: 12/17/2018 Final action: 12/17/2018
        Title: 2019 Council and Committee of the Whole Meeting Schedule
        REQUEST FOR DECISION
        DATE: December 06, 2018
        TO: Laurie Hurst, Chief Administrative Officer
        FROM: Rachel Dumas, Deputy Corporate Officer
        SUBJECT:
        2019 Council and Committee of the Whole Meeting Schedule
        RECOMMENDATION:""", false)));
    assertThat(CoverSheetParser.parse(lines, true)).singleElement().satisfies(s -> {
      assertThat(s.title()).isEqualTo("2019 Council and Committee of the Whole Meeting Schedule");
      assertThat(s.meeting()).isEqualTo("Council");
      assertThat(s.meetingDate()).isEqualTo(LocalDate.of(2018, 12, 17));
      assertThat(s.reportBy()).isEqualTo("Rachel Dumas, Deputy Corporate Officer");
    });
  }

  @Test
  void a_table_of_labels_in_capitals_without_colons_and_a_title_wrapped_in_title_case() {
    assertThat(parse("""
        Council 24 June 2024 Item 8.1
        SUBJECT Parking for Committee Members Attending Meetings
        REFERENCE F2024/00282 - D09498691
        REPORT OF Lord Mayor Councillor Pierre Esber""")).singleElement().satisfies(s -> {
          assertThat(s.title()).isEqualTo("Parking for Committee Members Attending Meetings");
          assertThat(s.meeting()).isEqualTo("Council");
          assertThat(s.meetingDate()).isEqualTo(LocalDate.of(2024, 6, 24));
          assertThat(s.reportBy()).isEqualTo("Lord Mayor Councillor Pierre Esber");
        });
    assertThat(parse("""
        STAFF REPORT
        Meeting Date: March 19, 2025
        To: Board of Directors
        Subject: Veteran's Memorial Amphitheatre Hanger Door
        Stage Change Order
        I. Recommendation""")).singleElement().extracting(CoverSheetParser.CoverSheet::title)
        .isEqualTo("Veteran's Memorial Amphitheatre Hanger Door Stage Change Order");
  }

  @Test
  void a_bilingual_label_is_read() {
    assertThat(CoverLabels.of("Report to/Rapport au: Corporate Services and Economic Development Committee"))
        .contains(CoverLabels.Label.MEETING);
    assertThat(CoverLabels.inlineValue("Submitted by/Soumis par: Essam Hamed, Chair")).isEqualTo("Essam Hamed, Chair");
  }

  @Test
  void a_line_of_several_labels_is_split_into_cells_but_a_label_of_two_words_is_not() {
    List<Integer> origin = new java.util.ArrayList<>();
    List<Line> cells = CoverLabels.cells(List.of(new Line(1, "File created: 11/30/2018 In control: Council"),
        new Line(1, "Meeting Date: March 19, 2025")), origin);
    assertThat(cells).extracting(Line::text)
        .containsExactly("File created: 11/30/2018", "In control: Council", "Meeting Date: March 19, 2025");
    assertThat(origin).containsExactly(0, 0, 1);
  }

  @Test
  void a_report_under_a_heading_with_no_labels() {
    assertThat(parse("""
        CLERK'S REPORT FOR COUNCIL MEETING 1st FEBRUARY 2024
        1. Defibrillator
        The defibrillator has been checked.""")).singleElement().satisfies(s -> {
          assertThat(s.title()).isEqualTo("CLERK'S REPORT");
          assertThat(s.meeting()).isEqualTo("COUNCIL MEETING");
          assertThat(s.meetingDate()).isEqualTo(LocalDate.of(2024, 2, 1));
        });
    assertThat(parse("""
        ARGYLL AND BUTE COUNCIL\tCOUNCIL
        26th September 2019
        LEADER'S REPORT
        1. INTRODUCTION""")).singleElement().satisfies(s -> {
          assertThat(s.title()).isEqualTo("LEADER'S REPORT");
          assertThat(s.meeting()).isEqualTo("COUNCIL");
          assertThat(s.meetingDate()).isEqualTo(LocalDate.of(2019, 9, 26));
        });
    assertThat(parse("""
        Annual Report 2023
        The year in review""")).isEmpty();
  }

  @Test
  void a_memos_date_is_not_the_meetings() {
    assertThat(parse("""
        STAFF REPORT
        To: Board of Directors
        From: Donna Silva, Director of Finance
        Date: December 16, 2020
        Subject: Rescission of Policies Comprising Employee Manual
        RECOMMENDED ACTION""")).singleElement().satisfies(s -> {
          assertThat(s.title()).isEqualTo("Rescission of Policies Comprising Employee Manual");
          assertThat(s.meeting()).isEqualTo("Board of Directors");
          assertThat(s.meetingDate()).isNull();
        });
  }
}
