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
      Calling To Order:                                    | Calling To Order     | ''
      SECRETARY'S REPORT - Secretary Hastings presented the minutes | SECRETARY'S REPORT | Secretary Hastings presented the minutes
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
      "Janet Jankura – Chairperson", "Jeff Shupe - Vice Chairperson", "Also in Attendance:", "FURTHER DISCUSSION: NONE",
      "REEVE: David Turchyn", "Clerk: Mrs M Hay", "Aye: County Judge Dan A. Gattis", "Voting AYE: Updike Pogue and Yelk", "Voting Nay: none",
      "Other: Commissioner Precinct 1 Lisa Birkman (Absent from the Dais)", "Attachments:"})
  void attendance_votes_labels_and_sentences_are_no_headings(String line) {
    assertThat(RunInHeading.of(line)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void a_mover_and_seconder_over_their_motion_is_no_heading() {
    List<Line> body = List.of(new Line(1, "KEY - SPRINGER"), new Line(1, "Motion to approve the agenda."));
    assertThat(RunInHeading.fitsContext(body, 0, RunInHeading.of("KEY - SPRINGER").orElseThrow())).isFalse();
    assertThat(RunInHeading.moverPair("BUDGET – Report of the Treasurer")).isFalse();
  }

  @org.junit.jupiter.api.Test
  void a_heading_in_title_case_alone_with_its_colon_heads_what_is_below_it() {
    List<Line> minute = List.of(new Line(1, "Calling To Order:"), new Line(1, "Mayor Greene called this meeting to order at 7:30 pm."));
    assertThat(RunInHeading.fitsContext(minute, 0, RunInHeading.of("Calling To Order:").orElseThrow())).isTrue();
    List<Line> post = List.of(new Line(1, "Fire Chief:"), new Line(1, "Barry Lavers"));
    assertThat(RunInHeading.fitsContext(post, 0, RunInHeading.of("Fire Chief:").orElseThrow())).isFalse();
    List<Line> column = List.of(new Line(1, "Trustees Present:"), new Line(1, "Trustees Absent:"));
    assertThat(RunInHeading.labelOverProse(column, 0)).isFalse();
    List<Line> decision = List.of(new Line(1, "And Resolved:"), new Line(1, "That the agenda be adopted as amended."));
    assertThat(RunInHeading.labelOverProse(decision, 0)).isFalse();
    List<Line> underCapitals = List.of(new Line(1, "ABORIGINAL RECOGNITION"), new Line(1, "Statement by the Chairman:"),
        new Line(1, "\"We recognise the traditional inhabitants of the land we are meeting on tonight"));
    assertThat(RunInHeading.labelOverProse(underCapitals, 1)).isFalse();
  }
}
