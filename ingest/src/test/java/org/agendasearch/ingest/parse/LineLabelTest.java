package org.agendasearch.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineLabelTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Page 3 of 12                                                              | PAGE_NUMBER
      - 2 -                                                                     | PAGE_NUMBER
      MINUTES OF A MEETING OF HERTINGFORDBURY PARISH COUNCIL                    | MINUTES_TITLE
      JOURNAL OF THE PROCEEDINGS OF THE REGULAR MEETING OF THE CITY             | MINUTES_TITLE
      Rivergrove City Council Meeting Minutes                                   | MINUTES_TITLE
      CITY OF OAKLAND Meeting Minutes - DRAFT                                   | MINUTES_TITLE
      ANN ARBOR CITY COUNCIL MINUTES REGULAR SESSION - DECEMBER                 | MINUTES_TITLE
      Agenda and minutes                                                        | MINUTES_TITLE
      Decision details                                                          | MINUTES_TITLE
      To all members of Council: - Minutes of a PENMAENMAWR TOWN COUNCIL MEETING held at Centre | MINUTES_TITLE
      ADOPTION OF MINUTES                                                       | TEXT
      BUSINESS ARISING FROM MINUTES                                             | TEXT
      Matters arising from the minutes                                          | TEXT
      AGENDA                                                                    | AGENDA_TITLE
      A G E N D A                                                               | AGENDA_TITLE
      RHAGLEN                                                                   | AGENDA_TITLE
      Cofnodion Cyfarfod Cyffredin y Cyngor a gynhaliwyd yng Nghanolfan Genus, Llanrhydd, nos Lun, | MINUTES_TITLE
      PRESENNOL – Y Cynghorwyr John Pugh [Cadeirydd], David Baker, Wini Davies | ATTENDANCE
      (REVISED) AGENDA                                                          | AGENDA_TITLE
      Members of the Council are hereby summoned to attend a Meeting of        | AGENDA_TITLE
      CITY COUNCIL AGENDA FOR OCTOBER 16, 2012                                  | AGENDA_TITLE
      AGENDA – April 24, 2019                                                   | AGENDA_TITLE
      BUSINESS TO BE TRANSACTED                                                 | AGENDA_TITLE
      Minutes from the Extraordinary Meeting of the Town Council held on Tuesday 1st August | MINUTES_TITLE
      Present: Councillor CA Gandy (Chairman)                                   | ATTENDANCE
      I LATHAIR FREISIN:                                                        | ATTENDANCE
      I Láthair: Cllr. M. Hoade, Cllr. T. Broderick                             | ATTENDANCE
      (Item 1)                                                                  | ITEM_REFERENCE
      57. BUDGET AND MEDIUM TERM FINANCIAL STRATEGY                             | NUMBERED
      3) Minutes – it was RESOLVED unanimously to agree and sign the minutes     | NUMBERED
      1. To elect Chairman: It was resolved to appoint Cllr T Lawford-Randall   | NUMBERED
      4398        Appointment of Chairman RESOLVED that Councillor L Bromham-Nichols be appointed | NUMBERED
      5.3.2 The Council RESOLVED that they would like to take part in the Lengthsman | DECISION
      3564      MINUTES – Resolved – That the minutes of the meeting of the Authority held on 19 | NUMBERED
      266/08    GANGE – That we read for the first time Bylaw 12-2008 | DECISION
      5. APPROVAL OF AGENDA p2 Motion by Yarnell/ 2nd by Houston to approve agenda as | NUMBERED
      Proposed, seconded and unanimously approved RESOLVED to adopt the draft minutes | DECISION
      RESOLVED: That the minutes be approved.                                   | DECISION
      Be it resolved that the agenda for the Council meeting be adopted          | DECISION
      The meeting lasted 45 minutes                                             | TEXT
      Minutes of the meeting of October 7, 2019 were presented for review.     | TEXT
      RESOLUTION #326 – 3/2012 - Approval of Minutes                            | TEXT
      ROLL CALL: Yeas (4) Mrs. Blum, Mrs. Carter, Mrs. Cromer, Mr. Gibson        | TEXT
      1.     A motion was offered by Carlos A. Mayeux, Jr., seconded by Van Kojis, to adopt | NUMBERED
      Tab 1 - October 27, 2022 Minutes                                          | TEXT
      Attachments: Draft Minutes                                                | TEXT
      Attachments (a) 9/23/2020 ROGC Minutes                                    | TEXT
      (b) 10/7/2020 ROGC Minutes                                                | TEXT
      To consider matters arising not scheduled later on the Agenda             | TEXT
      INFORMATION ITEMS: 1. Municipal Planning Commission Minutes – October 4, 2019 | TEXT
      """)
  void labels_a_line_by_what_it_is(String line, LineLabel label) {
    assertThat(LineLabel.of(line.strip(), Set.of())).isEqualTo(label);
  }

  @Test
  void a_clerks_stamp_at_the_top_of_a_page_is_not_an_item() {
    List<Line> lines = List.of(new Line(1, "Item 153b"), new Line(1, "28 Mar 18"),
        new Line(1, "Amenities, Leisure and Community Services"), new Line(1, "Tuesday 13th March 2018"),
        new Line(2, "Item 4"), new Line(2, "Minutes of the last meeting"));
    LineLabel[] labels = LineLabel.label(lines);
    assertThat(labels[0]).isEqualTo(LineLabel.RUNNING);
    assertThat(labels[4]).isEqualTo(LineLabel.NUMBERED);
  }

  @Test
  void a_line_on_the_edge_of_three_pages_or_more_is_a_running_header() {
    List<Line> lines = new java.util.ArrayList<>();
    for (int p = 1; p <= 4; p++) {
      lines.add(new Line(p, "Planning Commission January 27, 2020 Minutes Page " + p + " of 4"));
      List<String> words = List.of("alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india",
          "juliet", "kilo", "lima", "mike", "november");
      for (int i = 0; i < 10; i++) {
        lines.add(new Line(p, "The committee discussed " + words.get((i + p) % words.size()) + " and "
            + words.get((i * p) % words.size()) + " at length"));
      }
    }
    LineLabel[] labels = LineLabel.label(lines);
    assertThat(labels[0]).isEqualTo(LineLabel.RUNNING);
    assertThat(labels[11]).isEqualTo(LineLabel.RUNNING);
    assertThat(labels[5]).isEqualTo(LineLabel.TEXT);
    assertThat(labels).filteredOn(l -> l == LineLabel.RUNNING).hasSize(4);
  }

  @Test
  void of_two_pages_a_line_with_its_page_number_at_the_foot_of_one_and_the_top_of_the_other_runs() {
    List<Line> lines = List.of(new Line(1, "MINUTES OF ORDINARY MEETING OF COUNCIL"), new Line(1, "Seconded Cr Duncan"),
        new Line(1, "CARRIED"), new Line(1, "1 District Council of Grant – Minutes of Meeting held 6 July 2020"),
        new Line(2, "2 District Council of Grant – Minutes of Meeting held 6 July 2020"), new Line(2, "Seconded Cr Duncan"),
        new Line(2, "CARRIED"));
    LineLabel[] labels = LineLabel.label(lines);
    assertThat(labels[3]).isEqualTo(LineLabel.RUNNING);
    assertThat(labels[4]).isEqualTo(LineLabel.RUNNING);
    assertThat(labels[1]).isNotEqualTo(LineLabel.RUNNING); // no page number: two pages are too few to tell
  }

  @Test
  void an_agendas_title_in_a_tables_first_cell_beside_an_address() {
    LineLabel[] labels = LineLabel.label(List.of(new Line(1, "Meeting Agenda Council Chambers - 3rd", List.of(15)),
        new Line(1, "Meeting Notes Council Chambers - 3rd", List.of(14)), new Line(1, "Meeting Agenda Council Chambers - 3rd")));
    assertThat(labels).containsExactly(LineLabel.AGENDA_TITLE, LineLabel.TEXT, LineLabel.TEXT);
  }

  @Test
  void people_by_initial_and_surname_under_present_are_no_lettered_items() {
    LineLabel[] labels = LineLabel.label(List.of(new Line(1, "Present:"), new Line(1, "Mayor David Ryan"),
        new Line(1, "Councillors:"), new Line(1, "K. Ashe"), new Line(1, "D. Dickerson"), new Line(1, "Also Present:"),
        new Line(1, "T. Prevedel - Chief Administrative Officer"), new Line(1, "(1) Invocation"),
        new Line(1, "(2) Minutes of the last meeting")));
    assertThat(labels).containsExactly(LineLabel.ATTENDANCE, LineLabel.TEXT, LineLabel.TEXT, LineLabel.TEXT, LineLabel.TEXT,
        LineLabel.TEXT, LineLabel.TEXT, LineLabel.NUMBERED, LineLabel.NUMBERED);
  }

  @Test
  void minutes_an_agenda_asks_to_approve_are_no_minutes_title() {
    LineLabel[] labels = LineLabel.label(List.of(new Line(1, "APPROVAL OF MINUTES:"),
        new Line(1, "Minutes of November 9, 2022 City Council Regular Meeting."),
        new Line(1, "Minutes of the Meeting of the Planning Committee held on 9 November 2022")));
    assertThat(labels).containsExactly(LineLabel.TEXT, LineLabel.TEXT, LineLabel.MINUTES_TITLE);
  }

  @Test
  void an_agm_title_a_short_heading_with_its_colon_and_a_numbered_sentence_are_minutes_before_a_decision() {
    LineLabel[] labels = LineLabel.label(List.of(new Line(1, "Fossoway and District Community Council"),
        new Line(1, "Minutes of AGM"), new Line(1, "May 1st 2012 7.30pm"),
        new Line(1, "2. Minutes: Minutes of the 2011 AGM meeting were read, approved, and signed off."),
        new Line(1, "3. The Chair said the minutes were approved."), new Line(1, "The Chair said the minutes were approved.")));
    assertThat(labels).containsExactly(LineLabel.TEXT, LineLabel.MINUTES_TITLE, LineLabel.TEXT, LineLabel.NUMBERED,
        LineLabel.NUMBERED, LineLabel.DECISION);
  }

  @Test
  void a_numbered_paragraph_telling_its_decision_in_prose_is_a_minute_and_a_numbered_resolved_a_decision() {
    LineLabel[] labels = LineLabel.label(List.of(new Line(1, "Minutes of the Annual General Meeting"),
        new Line(1, "5. The council voted in favour of agreement to the Minutes of the previous Annual General"),
        new Line(1, "(1) RESOLVED that the accounts be approved.")));
    assertThat(labels).containsExactly(LineLabel.MINUTES_TITLE, LineLabel.NUMBERED, LineLabel.DECISION);
  }
}
