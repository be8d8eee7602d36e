package org.agendasearch.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RunInHeadingTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Police Matters : Report circulated to members .      | Police Matters       | Report circulated to members .
      Highway Commissioner – See Attached Report           | Highway Commissioner | See Attached Report
      CORRESPONDENCE –                                     | CORRESPONDENCE       | ''
      APPROVAL OF MINUTES:                                 | APPROVAL OF MINUTES  | ''
      Declarations of Interest : None                      | Declarations of Interest | None
      """)
  void reads_a_heading_run_in_with_its_text(String line, String title, String rest) {
    TitleSplit h = RunInHeading.of(line.strip()).orElseThrow();
    assertThat(h.title()).isEqualTo(title.strip());
    assertThat(h.rest()).isEqualTo(rest == null ? "" : rest.strip());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Present: Cllr Smith, Cllr Jones", "In Attendance: Councillor J Tepp", "Motion: Councilor Tuttle moved",
      "Proponents:", "The committee noted the report: it was long", "Seconded: Cr Bethel",
      "Trustee Albrecht – yes, Trustee Piacentini – yes, Trustee Hawkins – yes", "County Manager: Jackie Maguire",
      "Directors of Service: Tadhg McDonnell, Kevin Stewart, Fiona Lawless, Des Foley. Joe", "Officials in Attendance:",
      "Status: Noted", "Business: There were no apologies for absence", "Duration: Start - 8.04pm",
      "Janet Jankura – Chairperson", "Jeff Shupe - Vice Chairperson", "Also in Attendance:", "FURTHER DISCUSSION: NONE"})
  void attendance_votes_labels_and_sentences_are_no_headings(String line) {
    assertThat(RunInHeading.of(line)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void a_mover_and_seconder_over_their_motion_is_no_heading() {
    List<Line> body = List.of(new Line(1, "KEY - SPRINGER"), new Line(1, "Motion to approve the agenda."));
    assertThat(RunInHeading.fitsContext(body, 0, RunInHeading.of("KEY - SPRINGER").orElseThrow())).isFalse();
    assertThat(RunInHeading.moverPair("BUDGET – Report of the Treasurer")).isFalse();
  }
}
