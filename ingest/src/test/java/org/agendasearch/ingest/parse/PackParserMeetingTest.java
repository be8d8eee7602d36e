package org.agendasearch.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.agendasearch.ingest.model.Pack;
import org.agendasearch.ingest.model.Page;
import org.junit.jupiter.api.Test;

/** Which meeting a document of minutes is filed under. */
class PackParserMeetingTest {

  private static final String MINUTES = """
      DEVELOPMENT MANAGEMENT REVIEW COMMITTEE
      MINUTE of MEETING of the DEVELOPMENT MANAGEMENT REVIEW COMMITTEE held in the Town Hall,
      Arbroath on Tuesday 22 June 2010 at 11.00 am.
      Present: Councillors JOHN SMITH and MARY JONES.
      1. APOLOGY
      An apology for absence was intimated on behalf of Councillor Brown.
      2. DECLARATIONS OF INTEREST
      There were no declarations of interest made.""";

  private static Pack parse(String... pages) {
    Page[] ps = new Page[pages.length];
    for (int i = 0; i < pages.length; i++) {
      ps[i] = new Page(i + 1, pages[i], false);
    }
    return PackParser.parse("t.pdf", "0", List.of(ps), List.of());
  }

  @Test
  void an_agenda_that_prints_the_resolution_it_proposes_under_each_item_stays_an_agenda() {
    Pack p = parse("""
        AGENDA
        Regular Council
        Tuesday, June 25, 2019
        A meeting of the Regular Council will be held Tuesday, June 25, 2019 in the Council Chambers
        commencing at 7:00 PM.                                                                             Page
        1.      CALL TO ORDER
        2.      DISCLOSURE OF PECUNIARY INTEREST
        3.      ADOPTION OF MINUTES
                3.1.   Regular Meeting of Council Minutes - May 28, 2019                                   8 - 19
                       Resolved that the Minutes of the Regular Meeting of Council held Tuesday May
                       28, 2019 are hereby adopted as circulated.
        4.      DEPUTATIONS, PRESENTATIONS, PETITIONS & PUBLIC MEETINGS
                4.1.   Collingwood General & Marine Hospital - Hospital Redevelopment Update              20 - 36
                       Resolved that Council receive the presentation from Norah Holder, for information.
        5.      ADJOURNMENT""");
    assertThat(p.minutes()).isEmpty();
    assertThat(p.agendaItems()).extracting(org.agendasearch.ingest.model.AgendaItem::number).contains("1", "3.1", "4.1", "5");
  }

  @Test
  void the_time_it_was_called_to_order_not_a_special_meetings_before_it() {
    Pack p = parse("""
        EDMONDS CITY COUNCIL
        APPROVED MINUTES
        November 13, 2001
        Following a Special Meeting at 6:30 p.m. for an Executive Session regarding a legal matter, the
        Edmonds City Council meeting was called to order at 7:00 p.m. by Mayor Haakenson in the Council
        Chambers, 250 5th Avenue North, Edmonds. The meeting was opened with the flag salute.
        ELECTED OFFICIALS PRESENT
        Gary Haakenson, Mayor
        ELECTED OFFICIALS ABSENT
        Thomas A. Miller, Councilmember
        1. APPROVAL OF AGENDA
        COUNCILMEMBER MARIN MOVED, SECONDED BY COUNCILMEMBER ORVIS, FOR APPROVAL
        OF THE AGENDA. MOTION CARRIED UNANIMOUSLY.
        2. CONSENT AGENDA ITEMS
        The agenda items approved are as follows:""");
    assertThat(p.meeting().time()).isEqualTo(LocalTime.of(19, 0));
    var items = p.minutes().get(0).items();
    assertThat(items).extracting(org.agendasearch.ingest.model.MinuteItem::title).containsExactly("APPROVAL OF AGENDA", "CONSENT AGENDA ITEMS");
    var r = items.get(0).resolutions().get(0);
    assertThat(List.of(r.text(), r.movedBy(), r.secondedBy())).containsExactly("APPROVAL OF THE AGENDA. MOTION CARRIED UNANIMOUSLY.", "Marin", "Orvis");
  }

  @Test
  void not_the_time_of_a_meeting_that_was_canceled() {
    Pack p = parse("""
        Seal Beach, California
        April 23, 2001
        The regular adjourned meeting scheduled for 6:00 p.m. this
        date to meet in Closed Session was canceled.
        Seal Beach, California
        April 23, 2001
        The City Council of the City of Seal Beach met in regular
        session at 7:05 p.m. with Mayor Campbell calling the meeting
        to order with the Salute to the Flag.
        ROLL CALL
        Present: Mayor Campbell
        APPROVAL OF AGENDA
        Yost moved, second by Doane, to amend the agenda to include the appointment.
        AYES: Boyd, Campbell, Doane, Larson, Yost
        NOES: None Motion carried""");
    assertThat(p.meeting().time()).isEqualTo(LocalTime.of(19, 5));
  }

  @Test
  void an_agenda_roll_call_at_the_top_of_a_page_opens_no_minutes() {
    Pack p = parse("""
        AGENDA
        Regular Meeting of the City Council
        WEDNESDAY, DECEMBER 14, 2022 6:30 p.m.
        Written comments may be sent to the City Clerk no later than noon.""", """
        CALL TO ORDER: 6:30 p.m.
        ROLL CALL: Councilmembers McSweeney, Honig, Halpern, Mayor Pearl
        APPROVAL OF MINUTES:
        Minutes of November 9, 2022 City Council Regular Meeting.
        GENERAL BUSINESS:
        1. ARTERIAL SYSTEM FINANCING PROGRAM ANNUAL REVIEW - City Council to receive and file this report.
        2. AWARD OF CONTRACT FOR STREET SIGNS - Approve the contract.
        OLD BUSINESS:
        1. 2023 CITY COUNCIL COMMITTEE ASSIGNMENTS""");
    assertThat(p.minutes()).isEmpty();
    assertThat(p.agendaItems()).extracting(org.agendasearch.ingest.model.AgendaItem::title).contains(
        "ROLL CALL", "ARTERIAL SYSTEM FINANCING PROGRAM ANNUAL REVIEW", "2023 CITY COUNCIL COMMITTEE ASSIGNMENTS");
  }

  @Test
  void a_numbered_list_under_a_dated_title_is_an_agenda_though_the_page_number_comes_first() {
    Pack p = parse("""
        1
        Council Meeting 6th October 2020 7pm
        Full Council
        Date: Tuesday, 6th October 2020 Time: 07:00 PM
        1. The Mayor’s Business
        2. Apologies
        3. Declarations of Members’ Interests""");
    assertThat(p.kind()).isEqualTo(org.agendasearch.ingest.model.DocumentKind.AGENDA_PACK);
    assertThat(p.meeting().date()).isEqualTo(java.time.LocalDate.of(2020, 10, 6));
    assertThat(p.agendaItems()).extracting(org.agendasearch.ingest.model.AgendaItem::title).containsExactly(
        "The Mayor’s Business", "Apologies", "Declarations of Members’ Interests");
  }

  @Test
  void an_agenda_that_says_how_meetings_are_presided_over_is_no_minutes() {
    Pack p = parse("""
        REGULAR MEETING AGENDA
        Tuesday, January 25, 2022, at 10:00 A.M.
        Board of Water and Power Commissioners
        BOARD MEETINGS
        Board meetings are presided over by the Board President or, in his or her absence, as provided in Board
        Rule No. 5.
        A. Roll Call
        B. General Public Comment
        C. Adjournment""");
    assertThat(p.minutes()).isEmpty();
    assertThat(p.agendaItems()).extracting(org.agendasearch.ingest.model.AgendaItem::title)
        .containsExactly("Roll Call", "General Public Comment", "Adjournment");
  }

  @Test
  void minutes_on_their_own_are_filed_under_the_meeting_they_minute() {
    Pack p = parse(MINUTES);
    assertThat(p.meeting().date()).isEqualTo(LocalDate.of(2010, 6, 22));
    assertThat(p.minutes()).hasSize(1);
  }

  @Test
  void a_volume_of_minutes_is_filed_under_the_meeting_its_cover_summons() {
    Pack p = parse("""
        ANGUS COUNCIL
        to be held on
        16 SEPTEMBER 2010
        MINUTES 2010
        VOLUME 101""", MINUTES);
    assertThat(p.meeting().committee()).isEqualToIgnoringCase("Angus Council");
    assertThat(p.meeting().date()).isEqualTo(LocalDate.of(2010, 9, 16));
    assertThat(p.minutes()).hasSize(1);
    assertThat(p.minutes().get(0).date()).isEqualTo(LocalDate.of(2010, 6, 22));
  }

  @Test
  void a_pack_with_a_front_sheet_is_filed_under_the_front_sheets_meeting() {
    Pack p = parse("""
        Agenda
        Planning Committee
        You are summoned to a meeting of the Committee to be held at the Town Hall
        Date: Thursday 16 September 2010
        Time: 10.00 am
        Place: Town Hall, Arbroath
        1. Apologies
        2. Minutes""", MINUTES);
    assertThat(p.meeting().committee()).isEqualTo("Planning Committee");
    assertThat(p.meeting().date()).isEqualTo(LocalDate.of(2010, 9, 16));
    assertThat(p.meeting().time()).isEqualTo(LocalTime.of(10, 0));
  }

  @Test
  void a_minute_referred_to_another_committee_is_a_report_to_it_and_the_minutes_it_quotes() {
    Pack p = parse("""
        Agenda Item No.
        VALE OF GLAMORGAN COUNCIL
        CABINET: 22ND SEPTEMBER, 2014
        REFERENCE FROM SCRUTINY COMMITTEE (CORPORATE RESOURCES):
        23RD JULY, 2014
        283 REGIONALISING REGULATORY SERVICES PROJECT (DDS) -
        The Chairman advised that the purpose of the Special Meeting was to consider a draft report.""");
    assertThat(p.meeting().committee()).isEqualToIgnoringCase("Cabinet");
    assertThat(p.meeting().date()).isEqualTo(LocalDate.of(2014, 9, 22));
    assertThat(p.reports()).singleElement().satisfies(r -> {
      assertThat(r.title()).isEqualTo("REGIONALISING REGULATORY SERVICES PROJECT (DDS)");
      assertThat(r.meetingDate()).isEqualTo(LocalDate.of(2014, 9, 22));
    });
    assertThat(p.minutes()).singleElement().satisfies(m -> {
      assertThat(m.committee()).containsIgnoringCase("Scrutiny Committee (Corporate Resources)");
      assertThat(m.date()).isEqualTo(LocalDate.of(2014, 7, 23));
      assertThat(m.items()).extracting(i -> i.number()).containsExactly("283");
    });
  }

  @Test
  void a_summons_gives_the_time_before_the_date() {
    Pack p = parse("""
        Parish and Planning Meeting
        You are summoned to attend a meeting of Eccleshall Parish Council, to be held at 7.30pm on
        Wednesday January 16th, 2019 at Eccleshall Community Centre, followed by a meeting of
        the Planning Committee.
        1. To receive apologies for absence.
        2. Public Participation.
        3. To approve the minutes of the Parish Council meeting held on November 21st 2018.""");
    assertThat(p.meeting().date()).isEqualTo(LocalDate.of(2019, 1, 16));
    assertThat(p.meeting().time()).isEqualTo(LocalTime.of(19, 30));
  }

  @Test
  void a_title_block_names_the_meeting_of_a_sheet_that_says_neither_agenda_nor_minutes() {
    Pack p = parse("""
        Illinois Department of Corrections
        Advisory Board Meeting
        Monday, November 4th, 2019
        10:30am -12:00pm
        Logan Correctional Center
        Welcome, Introductions and Roll Call – Phil Whittington
        IDOC Reports - Director Jeffreys""");
    assertThat(p.meeting().committee()).isEqualTo("Advisory Board Meeting");
    assertThat(p.meeting().date()).isEqualTo(LocalDate.of(2019, 11, 4));
    assertThat(p.meeting().time()).isEqualTo(LocalTime.of(10, 30));
  }

  @Test
  void an_agendas_roll_call_and_minutes_item_open_no_minutes_and_the_minutes_on_their_own_page_do() {
    Pack p = parse("""
        NORWALK HOUSING AUTHORITY
        AGENDA
        REGULAR MEETING
        TUESDAY, NOVEMBER 15, 2022 5:45 P.M.
        CALL TO ORDER Chair Ramirez
        ROLL CALL Theresa Devoy, CMC
        CONSENT CALENDAR
        1. MEETING MINUTES – Staff recommends the Housing Authority approve the minutes of the regular
        meeting of October 18, 2022, as submitted.
        b) REPORT
        CITY COUNCIL MEETING MINUTES
        Recommendation: Staff recommends the Authority approve the minutes of October 18, 2022.
        ADJOURNMENT""", """
        MINUTES OF THE REGULAR MEETING
        NORWALK HOUSING AUTHORITY
        OCTOBER 18, 2022
        Chair Ramirez called the meeting to order at 5:48 p.m. in the Council Chambers.
        CONSENT CALENDAR
        Commissioner Perez moved and Chair Ramirez seconded to approve the consent calendar as recommended.""");
    assertThat(p.minutes()).hasSize(1);
    assertThat(p.minutes().get(0).date()).isEqualTo(LocalDate.of(2022, 10, 18));
    assertThat(p.minutes().get(0).page()).isEqualTo(2); // not from the agenda's roll call on page 1
  }

  @Test
  void a_fault_of_the_parser_keeps_the_files_pages_and_says_where_it_stopped() {
    List<Page> pages = new java.util.ArrayList<>();
    pages.add(new Page(1, "MINUTES OF THE PLANNING COMMITTEE", false));
    pages.add(new Page(2, null, false)); // a page no parser expects: its text missing
    Pack p = PackParser.parse("t.pdf", "0", pages, List.of("extractor's note"));
    assertThat(p.kind()).isEqualTo(org.agendasearch.ingest.model.DocumentKind.OTHER);
    assertThat(p.pages()).hasSize(2);
    assertThat(p.warnings()).containsExactly("extractor's note");
    assertThat(p.quality()).singleElement().asString().startsWith("the parser stopped on this file (NullPointerException at ");
  }

  @Test
  void an_untitled_agenda_whose_roll_call_names_who_takes_it_is_no_minutes() {
    Pack p = parse("""
        CITY OF ANNISTON
        NOVEMBER 13, 2012
        6:00 P.M.
        INVOCATION (Mayor)
        CALL TO ORDER (Mayor)
        ROLL CALL (Mayor)
        ADOPTION OF AGENDA (Mayor calls for a motion, second, roll call)
        I.     ORDINANCES
               (a)   An ordinance establishing the order of procedure for the meetings
        II.    RESOLUTIONS
               (a)   A resolution authorizing reimbursements to city officials for
        III.   MOTIONS
               (a)   A motion to approve a Retail Beer (On or Off Premises) ABC license.""");
    assertThat(p.minutes()).isEmpty();
    assertThat(p.agendaItems()).extracting(org.agendasearch.ingest.model.AgendaItem::title).contains("ORDINANCES", "RESOLUTIONS", "MOTIONS");
  }
}
