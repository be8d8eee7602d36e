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
}
