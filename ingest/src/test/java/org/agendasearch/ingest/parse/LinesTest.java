package org.agendasearch.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.agendasearch.ingest.model.Page;
import org.junit.jupiter.api.Test;

class LinesTest {

  @Test
  void cleans_ligatures_spaces_html_and_private_use_bullets() {
    assertThat(Lines.clean("\uF0B7  29<sup>th</sup>\u00A0September")).isEqualTo("• 29th September");
    assertThat(Lines.clean("e\uFB03cient  staff")).isEqualTo("efficient staff");
  }

  @Test
  void drops_a_videos_time_stamp_at_a_lines_start_but_not_a_meetings_time() {
    assertThat(Lines.clean("7:21:45 PM OPENING CEREMONY")).isEqualTo("OPENING CEREMONY");
    assertThat(Lines.clean("#1. 7:21:56 PM The Council led the Pledge of Allegiance.")).isEqualTo("#1. The Council led the Pledge of Allegiance.");
    assertThat(Lines.clean("7:00 PM Regular Meeting")).isEqualTo("7:00 PM Regular Meeting");
  }

  @Test
  void a_bold_openings_length_is_counted_in_the_cleaned_lines_characters() {
    assertThat(Lines.leadLength("236/20  Apologies for Absence Apologies were received", "236/20ApologiesforAbsence")).isEqualTo(29);
    assertThat(Lines.leadLength("236/20 Apologies", "236/20ApologiesforAbsence")).isZero(); // the whole line: no plain rest
    assertThat(Lines.leadLength("• Apologies for Absence were received", "ApologiesforAbsence")).isZero(); // cleaning added a bullet
  }

  @Test
  void drops_a_forms_blanks_and_keeps_what_was_typed_in_them() {
    assertThat(Lines.clean("Notice is hereby given that District Council _00_1_ will hold a public meeting."))
        .isEqualTo("Notice is hereby given that District Council 001 will hold a public meeting.");
    assertThat(Lines.clean("Signed: ______ Date: ____")).isEqualTo("Signed: Date:");
    assertThat(Lines.clean("view_id=2&&_afrLoop=3")).isEqualTo("view_id=2&&_afrLoop=3");
  }

  @Test
  void drops_page_footers_alone_or_glued_to_a_line() {
    List<Line> lines = Lines.of(List.of(new Page(1, "Some text\nPage 1", false),
        new Page(2, "CHILDREN, 11 Page 1\nmore", false)));
    assertThat(lines).extracting(Line::text).containsExactly("Some text", "CHILDREN, 11", "more");
    assertThat(lines).extracting(Line::page).containsExactly(1, 2, 2);
  }

  @Test
  void splits_a_flattened_table_into_its_cells() {
    assertThat(Lines.split("|---|-----------| | 10. ESTABLISHMENT OF A GROUP | To Follow"))
        .containsExactly("10. ESTABLISHMENT OF A GROUP", "To Follow");
  }

  @Test
  void splits_a_label_glued_after_a_sentence() {
    assertThat(Lines.split("celebrating successes. Meeting: Children and young people scrutiny committee"))
        .containsExactly("celebrating successes.", "Meeting: Children and young people scrutiny committee");
  }

  @Test
  void joins_a_label_wrapped_after_its_first_word() {
    List<Line> lines = Lines.of(List.of(new Page(5, "Meeting\ndate:\n2 October 2017\nTitle of\nreport:", false)));
    assertThat(lines).extracting(Line::text).containsExactly("Meeting date:", "2 October 2017", "Title of report:");
  }

  @Test
  void drops_markdown_emphasis_links_and_headings() {
    assertThat(Lines.clean("Date: **Monday 2 October 2017**")).isEqualTo("Date: Monday 2 October 2017");
    assertThat(Lines.clean("## Children and young people scrutiny committee"))
        .isEqualTo("Children and young people scrutiny committee");
    assertThat(Lines.clean("Email: [a.b@example.gov.uk](mailto:a.b@example.gov.uk)")).isEqualTo("Email: a.b@example.gov.uk");
    assertThat(Lines.clean("*The service shared best practice.* Was it?")).isEqualTo("The service shared best practice. Was it?");
    assertThat(Lines.clean("2 * 3 = 6")).isEqualTo("2 * 3 = 6");
  }

  @Test
  void measures_capitals() {
    assertThat(Lines.upperShare("APOLOGIES FOR ABSENCE")).isEqualTo(1.0);
    assertThat(Lines.upperShare("Schools update")).isLessThan(0.2);
    assertThat(Lines.upperShare("1234")).isZero();
  }

  @Test
  void a_tab_between_table_cells_keeps_one_line_and_says_where_each_cell_starts() {
    List<Line> lines = Lines.of(List.of(new Page(1, "02\tDisclosable Pecuniary Interests\tMembers are reminded that\nplain line", false)));
    assertThat(lines).extracting(Line::text)
        .containsExactly("02 Disclosable Pecuniary Interests Members are reminded that", "plain line");
    assertThat(lines.get(0).cells()).containsExactly(3, 35);
    assertThat(lines.get(1).cells()).isEmpty();
  }
}
