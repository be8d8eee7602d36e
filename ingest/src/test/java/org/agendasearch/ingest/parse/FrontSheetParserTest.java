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
  void a_short_note_under_a_title_in_capitals_is_not_the_title_going_on() {
    FrontSheetParser.FrontSheet f = parse("""
        AGENDA
        Wednesday 7th October 2020
        16. EXTERNAL MEETINGS
        17. COUNCILLORS ITEMS
        18. DATE OF NEXT MEETING
        TBC.
        SHOULD YOU WISH TO ATTEND PLEASE EMAIL THE CLERK PRIOR TO THE MEETING""");
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::title).containsExactly("EXTERNAL MEETINGS", "COUNCILLORS ITEMS",
        "DATE OF NEXT MEETING");
  }

  @Test
  void an_outline_with_its_parts_spaced_and_a_page_column() {
    FrontSheetParser.FrontSheet f = parse("""
        Council
        Agenda
        8 December 2015
        Business Page No.
        1. Meeting Conduct 5
        1. 1 Apologies 5
        1. 2 Announcements by the Mayor 5
        1. 3 Conflict of Interest Declarations 5
        2. General Business Nil
        3. Committee Reports Nil
        4. Public Excluded 7
        4.1 Decisions on Major Projects 7""");
    assertThat(f.items()).extracting(i -> i.number() + " " + i.title()).containsExactly("1 Meeting Conduct", "1.1 Apologies",
        "1.2 Announcements by the Mayor", "1.3 Conflict of Interest Declarations", "2 General Business", "3 Committee Reports",
        "4 Public Excluded", "4.1 Decisions on Major Projects");
    assertThat(f.items().get(6).printedPage()).isEqualTo(7);
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
    assertThat(PageRanges.tidyDescription("To consider if they provide assurance. 89 -"))
        .isEqualTo("To consider if they provide assurance.");
    assertThat(PageRanges.tidyDescription("To Follow")).isNull();
    assertThat(PageRanges.tidyDescription("To approve the minutes of the meeting held on 5 July 2017."))
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
  void parts_numbered_under_an_item_are_items_in_order() {
    FrontSheetParser.FrontSheet f = parse("""
        Special City Council
        AGENDA
        Date: Friday, October 06, 2023
        1. Call to Order and Related Business
        1.1 Call to Order and Land Acknowledgement
        1.2 Roll Call
        2. Items for Discussion and Related Business
        2.1 Select Items for Debate
        2.2 Requests to Speak
        Refer to Summary of Agenda Changes
        3. Public Reports
        None
        4. Adjournment""");
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::number)
        .containsExactly("1", "1.1", "1.2", "2", "2.1", "2.2", "3", "4");
    assertThat(f.items().get(2).title()).isEqualTo("Roll Call");
  }

  @Test
  void an_agenda_of_headings_in_capitals_with_no_numbers() {
    FrontSheetParser.FrontSheet f = parse("""
        Regular City Council Meeting
        07/20/2021 06:00 PM
        Council Chambers | City Hall
        INVOCATION: COUNCIL MEMBER BUDDY PALMER
        CALL TO ORDER: COUNCIL PRESIDENT BUDDY PALMER
        CONFIRMATION OR AMENDMENT TO THE AGENDA AND AGENDA ORDER
        MAYOR'S REMARKS
        (CLOSE REGULAR MEETING OPEN PUBLIC AGENDA)
        PUBLIC AGENDA
        PUBLIC HEARINGS
        ADJOURNMENT""");
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::title).containsExactly(
        "INVOCATION: COUNCIL MEMBER BUDDY PALMER", "CALL TO ORDER: COUNCIL PRESIDENT BUDDY PALMER",
        "CONFIRMATION OR AMENDMENT TO THE AGENDA AND AGENDA ORDER", "MAYOR'S REMARKS", "PUBLIC AGENDA", "PUBLIC HEARINGS",
        "ADJOURNMENT");
    assertThat(f.committee()).isEqualTo("Regular City Council Meeting");
    assertThat(f.date()).isEqualTo(java.time.LocalDate.of(2021, 7, 20));
  }

  @Test
  void headings_in_capitals_among_paragraphs_are_no_agenda() {
    assertThat(AgendaHeadings.items(Lines.of(List.of(new Page(1, """
        Planning Committee
        12 March 2024
        PUBLIC AGENDA
        The committee will consider the applications listed in the schedule attached to this notice.
        Members of the public may speak on any application for three minutes each.
        APPLICATIONS
        Speakers must register with the clerk by noon on the day before the meeting.
        SITE VISITS
        Site visits take place on the Monday before the meeting and are open to members only.
        DECISIONS
        Decisions are published within five working days of the meeting on the council's website.
        APPEALS""", false))), 12)).isEmpty();
  }

  @Test
  void a_us_agendas_lettered_sections_with_their_hyphened_items() {
    FrontSheetParser.FrontSheet f = parse("""
        MORRO BAY CITY COUNCIL
        REGULAR MEETING -JANUARY 28, 1985
        AGENDA
        A. PUBLIC HEARINGS, REPORTS & APPEARANCES
        A-1 ORDINANCE NO. 269 AMENDING CERTAIN SECTIONS OF THE MUNICIPAL CODE
        B. UNFINISHED BUSINESS
        NONE
        C. NEW BUSINESS
        C-1 QUARTERLY REPORT ON WATER PROJECTS
        C-2 REPORT ON WELL RELOCATION STUDY
        C-3 AIR POLLUTION CONTROL DISTRICT LEASE AGREEMENT
        D. ADJOURNMENT""");
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::number)
        .containsExactly("A", "A-1", "B", "C", "C-1", "C-2", "C-3", "D");
  }

  @Test
  void a_us_agendas_lettered_sections_with_items_numbered_from_one_under_each() {
    FrontSheetParser.FrontSheet f = parse("""
        BOARD OF WATER AND POWER
        COMMISSIONERS
        REGULAR MEETING AGENDA
        Tuesday, January 25, 2022, at 10:00 A.M.
        Board of Water and Power Commissioners
        President Cynthia McClain-Hill
        THE ORDER OF BUSINESS
        1. Preliminary Matters: The Board President will begin the meeting with opening remarks.
        2. Consideration of Items Recommended for Approval: The Board will consider items.
        A. Roll Call
        B. General Public Comment
        An opportunity for the public to address the Board on items of interest to the public.
        C. Filed Items
        1. Office of the Chief Information Security Officer Monthly Report
        2. Water System Monthly Report – November/December 2021
        D. Closed Session
        The Board shall recess into closed session for a conference with legal regarding
        the below items:
        1. CONFERENCE WITH LEGAL COUNSEL – EXISTING LITIGATION
        (Section 54956.9(d)(1) of the California Government Code)
        2. CONFERENCE WITH LEGAL COUNSEL – ANTICIPATED LITIGATION
        6
        E. Adjournment""");
    assertThat(f.committee()).isEqualTo("Board of Water and Power Commissioners");
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::number)
        .containsExactly("A", "B", "C", "1", "2", "D", "1", "2", "E");
    assertThat(f.items().get(7).title()).isEqualTo("CONFERENCE WITH LEGAL COUNSEL – ANTICIPATED LITIGATION");
  }

  @Test
  void headings_in_capitals_around_the_numbered_items_are_business_but_not_the_one_heading_them() {
    FrontSheetParser.FrontSheet f = parse("""
        PARKS AND RECREATION BOARD
        NOVEMBER 10, 2022
        AGENDA
        FLAG SALUTE
        ROLL CALL
        ANNOUNCEMENTS
        PRESENTATIONS Haunted Adventure Volunteer Recognition
        PUBLIC COMMENT
        PARK BOARD COMMENTS (including reporting on Liaison Assignments):
        NEW BUSINESS
        1. DeBell Golf Course Annual Report for Fiscal Year 2021-2022 The Board will
        receive an annual report on the DeBell Golf Course operations.
        2. Park Patrol Report Park Patrol Report for August and September provided by
        the Burbank Police Department.
        TABLED ITEMS
        ADDITIONAL COMMENTS FROM THE BOARD
        ADJOURNMENT
        NONE""");
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::title).containsExactly(
        "FLAG SALUTE", "ROLL CALL", "ANNOUNCEMENTS", "PRESENTATIONS Haunted Adventure Volunteer Recognition", "PUBLIC COMMENT",
        "PARK BOARD COMMENTS (including reporting on Liaison Assignments):",
        "DeBell Golf Course Annual Report for Fiscal Year 2021-2022", "Park Patrol Report",
        "TABLED ITEMS", "ADDITIONAL COMMENTS FROM THE BOARD", "ADJOURNMENT");
  }

  @Test
  void what_a_standing_heading_lists_under_its_colon_is_no_business_of_its_own() {
    FrontSheetParser.FrontSheet f = parse("""
        MORRO BAY CITY COUNCIL
        AGENDA
        CALL TO ORDER
        PRESENTATIONS:
        CERTIFICATES OF APPRECIATION -OUTGOING BOARDMEMBERS
        EMPLOYEE SERVICE AWARD PINS
        A. PUBLIC HEARINGS, REPORTS & APPEARANCES
        B. UNFINISHED BUSINESS
        C. NEW BUSINESS""");
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::title).containsExactly(
        "CALL TO ORDER", "PRESENTATIONS", "PUBLIC HEARINGS, REPORTS & APPEARANCES", "UNFINISHED BUSINESS", "NEW BUSINESS");
  }

  @Test
  void the_body_heading_the_sheet_above_its_venue_when_nothing_else_names_it() {
    FrontSheetParser.FrontSheet f = parse("""
        PARKS AND RECREATION BOARD
        City Council Chambers
        275 E. Olive Ave.
        Burbank, California 91502
        NOVEMBER 10, 2022
        06:00 P.M.
        Auxiliary aids and services are available for individuals with speech, vision, or hearing
        impairments (48-hour notice is required). For more information, please contact the ADA
        NOTICE IS HEREBY GIVEN that a Regular Parks and Recreation Board Meeting will
        be held on Thursday, November 10, 2022, at 06:00 P.M. in the City Hall Council
        AGENDA
        ROLL CALL
        1. DeBell Golf Course Annual Report for Fiscal Year 2021-2022""");
    assertThat(f.committee()).isEqualTo("PARKS AND RECREATION BOARD");
    assertThat(f.date()).isEqualTo(LocalDate.of(2022, 11, 10));
  }

  @Test
  void a_heading_among_the_items_that_says_none_comes_under_it_is_an_item() {
    FrontSheetParser.FrontSheet f = parse("""
        PLANNING COMMISSION REGULAR MEETING
        AGENDA
        1. CONSIDERATION OF MINUTES - Consideration of Minutes of the Planning
        Commission regular meeting of October 27, 2022.
        REPORTS FROM PRIORITY AGENCIES - None
        CONTINUED BUSINESS - None
        STUDY SESSION
        2. 469 NORTH DOHENY DRIVE - Study Session Regarding Processing""");
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::title).containsExactly(
        "CONSIDERATION OF MINUTES", "REPORTS FROM PRIORITY AGENCIES", "CONTINUED BUSINESS", "469 NORTH DOHENY DRIVE");
  }

  /** A line of a table, its columns' text joined by single spaces, each column after the first starting a cell. */
  @Test
  void parts_that_say_what_the_meeting_is_to_do_are_items_under_their_heading() {
    FrontSheetParser.FrontSheet f = parse("""
        Agenda
        Community Committee
        Date: Tuesday 20 June 2017
        16     Telephone boxes
               To receive an update and agree any actions.
        17     Christmas Festival
        17.1   Christmas Festival Working Group
               To note the next meeting is on July 26, 2pm at the Arts Centre.
        18     Memorial Field Railings
        18.1   To receive an update on the listing.
        18.2   To discuss the costs of repairs and agree any actions.
        19     Clerk’s updates""");
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::number).containsExactly("16", "17", "17.1", "18", "18.1", "18.2", "19");
  }

  private static Line row(String... columns) {
    List<Integer> cells = new java.util.ArrayList<>();
    StringBuilder text = new StringBuilder(columns[0]);
    for (int k = 1; k < columns.length; k++) {
      text.append(' ');
      cells.add(text.length());
      text.append(columns[k]);
    }
    return new Line(1, text.toString(), cells);
  }

  @Test
  void a_contents_pages_page_column_and_notes_after_each_title() {
    List<Line> lines = List.of(new Line(1, "Council Meeting Order Paper"), new Line(1, "Thursday 1 October 2015, 1.00 pm"),
        new Line(1, "Contents"),
        row("4", "Member's conflict of interest", "2"),
        row("5", "Confirmation of agenda", "2"),
        row("6", "Confirmation of Minutes", "2", "Attachment 1*, pages 10-20"),
        row("7", "Mayor's report", "2", "Tabled"),
        row("9", "Administrative matters", "3", "Attachment 2, pages 21-62"));
    FrontSheetParser.FrontSheet f = FrontSheetParser.parse(lines, lines.size(), false, true).orElseThrow();
    assertThat(f.committee()).isEqualTo("Council Meeting");
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::title).containsExactly("Member's conflict of interest",
        "Confirmation of agenda", "Confirmation of Minutes", "Mayor's report", "Administrative matters");
  }

  @Test
  void standing_business_among_the_items_is_an_item_unless_items_come_under_it() {
    FrontSheetParser.FrontSheet f = parse("""
        CITY COUNCIL
        AGENDA
        Tuesday, February 2, 2021
        Call to Order
        Roll Call
        1. Mary Avenue Overcrossing
        CALL TO ORDER
        Call to Order via teleconference.
        ROLL CALL
        PRESENTATION
        2. African American History Month
        ORAL COMMUNICATIONS
        This category provides an opportunity for members of the public to address the Council.
        CONSENT CALENDAR
        3. Approve 2021 Board and Commission Work Plans
        4. Adopt a Resolution Extending the Declaration of Local Emergency
        ADJOURNMENT""");
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::title).containsExactly(
        "Call to Order", "Roll Call", "Mary Avenue Overcrossing", "CALL TO ORDER", "ROLL CALL", "African American History Month",
        "ORAL COMMUNICATIONS", "Approve 2021 Board and Commission Work Plans",
        "Adopt a Resolution Extending the Declaration of Local Emergency", "ADJOURNMENT");
  }

  @Test
  void an_outline_of_roman_numerals_letters_and_numbers_is_items_at_every_level() {
    FrontSheetParser.FrontSheet f = parse("""
        Regular Meeting of the Board of Trustees
        Thursday, September 26, 2019
        AGENDA
        I. ROLL CALL
        II. APPROVAL OF THE MINUTES
        June 25, 2019
        III. COMMITTEE REPORTS
        A. COMMUNITY AFFAIRS/WORKFORCE
        1. Approval of Educational Grants and Gifts
        B. ACCESS, LEARNING AND SUCCESS
        C. MANAGEMENT
        1. Approval of Unum Life Insurance of American Long Term Disability Plan
        2. Medical Mutual of Ohio Medical Administration Services Only Three-Year Contract
        3. Approval of CaremarkPCS Health LLC Prescription Services Two-Year Agreement
        4. Approval of Healthcare Plans and Rates for Calendar Year 2020
        D. INVESTMENT
        IV. ADJOURNMENT""");
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::number)
        .containsExactly("I", "II", "III", "A", "1", "B", "C", "1", "2", "3", "4", "D", "IV");
  }

  @Test
  void an_agenda_tables_papers_column_is_not_the_title_and_a_sentence_under_the_venue_is_not_the_venue() {
    FrontSheetParser.FrontSheet f = parse("""
        DRAFT Agenda
        Board Third Meeting
        8 September 2017 9am – 1pm
        Venue: ORC Council Chamber Level 2, Philip Laing House
        Key topics include the Annual Plan and the Freshwater Planning Instrument under the
        1. Standing Items
        1.1 Welcome and Apologies
        1.2 Approval of Minutes of Meeting held on 19 July 2017\tAttached
        1.3 Stakeholder Meetings\tBD(2017)03.01
        2. Management Reports
        * 2.1 Finance Report to 31 July 2017\tPaper: LH
        • 2.2 Union Recognition\tBD(2017)03.08
        3. Date of Next Meeting\t14 November 2017""");
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::title).containsExactly("Standing Items", "Welcome and Apologies",
        "Approval of Minutes of Meeting held on 19 July 2017", "Stakeholder Meetings", "Management Reports", "Finance Report to 31 July 2017",
        "Union Recognition", "Date of Next Meeting");
    assertThat(f.venue()).isEqualTo("ORC Council Chamber Level 2, Philip Laing House");
  }

  @Test
  void a_page_column_between_the_items_number_and_its_title_is_no_part_of_the_title() {
    FrontSheetParser.FrontSheet f = parse("""
        TIMARU DISTRICT COUNCIL MEETING
        4 OCTOBER 2016
        AGENDA
        Item\tPage
        4\tIdentification of Urgent Business
        5\tIdentification of Matters of a Minor Nature
        6\t1\tConfirmation of Minutes – Council Meeting – 9 August 2016
        7\t7\tSchedule of Functions Attended by the Mayor
        8\t10\tAffixing of the Common Seal
        9\tConsideration of Urgent Business Items""");
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::number).containsExactly("4", "5", "6", "7", "8", "9");
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::title).containsExactly("Identification of Urgent Business",
        "Identification of Matters of a Minor Nature", "Confirmation of Minutes – Council Meeting – 9 August 2016",
        "Schedule of Functions Attended by the Mayor", "Affixing of the Common Seal", "Consideration of Urgent Business Items");
  }

  @Test
  void standing_headings_above_a_paragraph_on_public_comment_are_items() {
    FrontSheetParser.FrontSheet f = parse("""
        PLANNING COMMISSION AGENDA
        Tuesday, December 20, 2022
        CALL TO ORDER
        PLEDGE OF ALLEGIANCE
        ROLL CALL
        APPROVAL OF AGENDA
        PUBLIC COMMENTS
        Members of the audience are invited to address the Commission on any item
        within its purview that is not on the agenda. Each speaker is limited to
        three minutes, and the Commission may not act on any matter raised, but it
        may refer the matter to staff or ask that it be placed on a future agenda.
        Speakers are asked to fill in a card and hand it to the secretary.
        1. November 15, 2022 Planning Commission Action Minutes
        2. Administrative Approvals
        3. Director's Report
        ADJOURNMENT TO TUESDAY, JANUARY 17, 2023 AT 6:00 P.M.""");
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::title).containsExactly("CALL TO ORDER", "PLEDGE OF ALLEGIANCE",
        "ROLL CALL", "APPROVAL OF AGENDA", "PUBLIC COMMENTS", "November 15, 2022 Planning Commission Action Minutes",
        "Administrative Approvals", "Director's Report", "ADJOURNMENT TO TUESDAY, JANUARY 17, 2023 AT 6:00 P.M.");
  }

  @Test
  void an_outlines_level_numbered_through_the_agenda_is_items_under_every_part() {
    FrontSheetParser.FrontSheet f = parse("""
        PLANNING COMMISSION AGENDA
        Wednesday, November 9, 2022
        A. CALL MEETING TO ORDER
        B. PLEDGE TO FLAG
        C. APPROVAL OF MINUTES
        11/09/22-1. Regular Meeting – September 14, 2022
        D. PUBLIC HEARING
        11/09/22-2. Consideration of a Coastal Development Permit for a new building
        E. ETHICS TRAINING
        11/09/22-3. This is the time for the Planning Commission to receive required ethics training.
        F. ADJOURNMENT""");
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::number)
        .containsExactly("A", "B", "C", "11/09/22-1", "D", "11/09/22-2", "E", "11/09/22-3", "F");
  }

  @Test
  void a_level_that_starts_again_under_each_part_is_not_numbered_through_the_agenda() {
    FrontSheetParser.FrontSheet f = parse("""
        CITY COUNCIL AGENDA
        Monday, December 12, 2022
        CLOSED SESSION
        1. CALL MEETING TO ORDER
        2. ROLL CALL
        A. Norm Zezula, Mayor Pro Tempore
        B. Brian Bergman, Council Member
        C. Carol Engelhardt, Council Member
        3. ADJOURN TO CLOSED SESSION
        REGULAR MEETING
        1. CALL MEETING TO ORDER
        2. ROLL CALL
        A. Norm Zezula, Mayor Pro Tempore
        B. Brian Bergman, Council Member
        C. Carol Engelhardt, Council Member
        3. PUBLIC COMMENTS
        4. ADMINISTRATIVE REPORTS
        A. CITY MANAGER’S REPORT
        B. CITY ATTORNEY’S REPORT
        C. COMMUNITY DEVELOPMENT REPORT
        5. WARRANT REPORT FOR NOVEMBER 2022
        6. ADJOURNMENT""");
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::number).doesNotContain("A", "B", "C");
  }

  @Test
  void an_agendas_next_item_after_a_page_of_one_items_description_is_still_the_agendas() {
    List<Line> lines = Lines.of(List.of(
        new Page(1, "AGENDA\nCity Council Regular Meeting\nJanuary 10, 2023\nI. CALL TO ORDER\nII. ROLL CALL", false),
        new Page(2, "III. ANNOUNCEMENTS\nUpcoming city events are announced by the Mayor and the Councilmembers.", false),
        new Page(3, "IV. CLOSED SESSION REPORT\nThe City Attorney reports any action taken in closed session.", false),
        new Page(4, "V. CONSENT CALENDAR\nThe following routine matters will be acted upon by one vote.", false),
        new Page(5, "The consent calendar's reports are described at length on this page.\nEach has its recommendation.", false),
        new Page(6, "VI. MUNICIPAL MATTERS\nVII. ADJOURNMENT", false)));
    FrontSheetParser.FrontSheet f = FrontSheetParser.parse(lines, lines.size()).orElseThrow();
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::number)
        .containsExactly("I", "II", "III", "IV", "V", "VI", "VII");
  }

  @Test
  void the_date_under_the_agenda_title_after_a_long_sidebar() {
    StringBuilder sidebar = new StringBuilder();
    for (int i = 0; i < 45; i++) {
      sidebar.append("the City Council will hear public comments on item ").append(i).append(" of the agenda\n");
    }
    FrontSheetParser.FrontSheet f = parse(sidebar + """
        Rosemead City Council
        AGENDA
        November 8, 2022
        7:00 PM
        1. PUBLIC COMMENT
        2. PRESENTATIONS""");
    assertThat(f.date()).isEqualTo(LocalDate.of(2022, 11, 8));
    assertThat(f.time()).isEqualTo(LocalTime.of(19, 0));
  }

  @Test
  void a_lettered_agenda_with_one_numbered_list_keeps_its_letters() {
    FrontSheetParser.FrontSheet f = parse("""
        City of Manhattan Beach
        Planning Commission Meeting Agenda
        Wednesday, November 9, 2022
        City Council Chambers
        A. CALL MEETING TO ORDER
        B. ROLL CALL
        C. DIRECTOR'S ITEMS
        1. Update on previous Commission projects
        D. ADJOURNMENT""");
    assertThat(f.committee()).isNotEqualTo("City Council Chambers");
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::number).containsExactly("A", "B", "C", "D");
  }

  @Test
  void the_body_on_the_sheets_first_line_when_the_line_under_the_title_names_none() {
    FrontSheetParser.FrontSheet f = parse("""
        MORRO BAY CITY COUNCIL
        REGULAR MEETING -JANUARY 28, 1985
        RECREATION HALL -7:30 P.M.
        AGENDA
        INVOCATION -LANCE POLDBERG, CALVARY LUTHERN CHURCH
        A. PUBLIC HEARINGS, REPORTS & APPEARANCES
        B. UNFINISHED BUSINESS
        C. NEW BUSINESS""");
    assertThat(f.committee()).isEqualTo("MORRO BAY CITY COUNCIL");
  }

  @Test
  void a_parish_summons_with_bulleted_items_and_their_wrapped_words() {
    FrontSheetParser.FrontSheet f = parse("""
        YOU ARE HEREBY SUMMONED TO ATTEND A MEETING OF CASTOR PARISH
        COUNCIL TO BE HELD in the Cedar Centre on Thursday 2nd March 2023, at 7.30PM
        AGENDA
        • Note attendance and receive apologies for absence. –
        • declarations of interest on items on this agenda and approve dispensations to
        members.
        • Minutes of the previous meeting – To Consider a resolution to approve the minutes
        of the meeting held on Monday 6th February, 2023
        • PUBLIC FORUM – Opportunity for public questions or presentations to the council –""");
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::title).containsExactly(
        "Note attendance and receive apologies for absence.",
        "declarations of interest on items on this agenda and approve dispensations to members.",
        "Minutes of the previous meeting – To Consider a resolution to approve the minutes of the meeting held on Monday 6th"
            + " February, 2023",
        "PUBLIC FORUM – Opportunity for public questions or presentations to the council");
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::number).containsOnlyNulls();
  }

  @Test
  void text_without_an_agenda_title_is_no_front_sheet() {
    List<Line> lines = Lines.of(List.of(new Page(1, "The Seven Principles of Public Life\n1. Selflessness", false)));
    assertThat(FrontSheetParser.parse(lines, lines.size())).isEmpty();
  }

  @Test
  void a_sectioned_agenda_numbers_each_section_from_one_and_keeps_its_bare_headings() {
    FrontSheetParser.FrontSheet f = parse("""
        Rivergrove City Council Meeting
        Agenda
        May 14, 2018, 7:00 p.m.
        CALL TO ORDER / ROLL CALL
        CONSENT AGENDA
        1. Minutes – April 7, 2018.
        2. Financials – April 2018.
        OLD BUSINESS
        1. Adoption of Resolution 256-2018 to amend appeal fees.
        EXECUTIVE SESSION
        COMMITTEE REPORTS
        1. Transportation
        2. Parks""");
    assertThat(f.committee()).isEqualTo("Rivergrove City Council");
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::number)
        .containsExactly(null, "1", "2", "1", null, "1", "2");
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::title).containsExactly(
        "CALL TO ORDER / ROLL CALL", "Minutes – April 7, 2018.", "Financials – April 2018.",
        "Adoption of Resolution 256-2018 to amend appeal fees.", "EXECUTIVE SESSION", "Transportation", "Parks");
  }

  @Test
  void legistar_rows_are_items_by_their_file_numbers_whatever_order_their_numbers_run_in() {
    FrontSheetParser.FrontSheet f = parse("""
        Agenda - Final
        Thursday, June 15, 2017
        Call to Order
        ROLL CALL
        33.     SUBJECT:       STATE AND FEDERAL REPORT                                       2017-0346
        RECEIVE AND FILE State and Federal Legislative Report.
        43.     SUBJECT:       BOARD RULES AND PROCEDURES                                     2017-0424
        1.A       21-0177       Approve City Council Meeting Minutes of January 26, 2021
        Recommendation: Approve the City Council Meeting Minutes of January 26, 2021
                  21-0196       Tentative Council Meeting Agenda Calendar
        ADJOURNMENT""");
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::number).containsExactly(null, null, "33", "43", "1.A", null, null);
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::title).containsExactly("Call to Order", "ROLL CALL",
        "STATE AND FEDERAL REPORT", "BOARD RULES AND PROCEDURES", "Approve City Council Meeting Minutes of January 26, 2021",
        "Tentative Council Meeting Agenda Calendar", "ADJOURNMENT");
  }

  @Test
  void an_agenda_after_pages_of_notices_is_read_past_the_front_sheets_first_pages() {
    List<Page> pages = new java.util.ArrayList<>();
    pages.add(new Page(1, "City Council Meeting\nAgenda\nTuesday, January 5, 2021\n1:30 PM", false));
    for (int p = 2; p <= 4; p++) {
      pages.add(new Page(p, "Please be advised that, by law, the City Council is unable to discuss issues presented during Open Forum.", false));
    }
    pages.add(new Page(5, "1. CEREMONIAL ITEMS\nOaths of Office.\n2. CONSENT CALENDAR\n3. STRATEGIC SUPPORT", false));
    List<Line> lines = Lines.of(pages);
    FrontSheetParser.FrontSheet f = FrontSheetParser.parse(lines, lines.size()).orElseThrow();
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::title)
        .containsExactly("CEREMONIAL ITEMS", "CONSENT CALENDAR", "STRATEGIC SUPPORT");
  }

  @Test
  void a_sections_items_that_print_their_file_numbers_on_later_pages_stay_among_the_legistar_rows() {
    List<Page> pages = List.of(
        new Page(1, "City Council Meeting\nAgenda\nTuesday, January 5, 2021\n1:30 PM\n1. CEREMONIAL ITEMS\n"
            + "2. CONSENT CALENDAR\n2.1 Approval of City Council Minutes.\n2.2 Final Adoption of Ordinances.", false),
        new Page(2, "21-023    Final Adoption of Ordinances.\nRecommendation: (a) Ordinance No. 30508 - An Ordinance of the City.\n"
            + "2.3 Approval of Council Committee Minutes.\n2.4 City Council Travel Reports.", false),
        new Page(3, "2.5     21-024   Amendment to the Self-Service Luggage Cart Agreement.\n"
            + "2.6     21-025   Approval to Provide Financial Relief to Concessionaires.\n3. STRATEGIC SUPPORT\n"
            + "3.1     21-030   Draft Framework Related to Nonprofit Transfers.", false));
    List<Line> lines = Lines.of(pages);
    FrontSheetParser.FrontSheet f = FrontSheetParser.parse(lines, lines.size()).orElseThrow();
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::number)
        .containsExactly("1", "2", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "3", "3.1");
  }

  @Test
  void lettered_parts_that_outnumber_the_numbers_around_them_stay_parts() {
    FrontSheetParser.FrontSheet f = parse("""
        Select Board Agenda
        Thursday, August 24th, 2017
        1. Call to Order
        2. Review minutes from previous meeting(s) 08/07/2017
        3. Appointments
             A. Budget Committee (Four Openings)
             B. Connecticut River Development Corporation
             C. Connecticut River Joint Commission
             D. Conservation Commission (One four year term open)
             E. Fence Viewer (One Opening)
        4. Approve Warrant
        5. Adjourn""");
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::number).containsExactly("1", "2", "3", "4", "5");
  }

  @Test
  void ways_to_watch_or_reach_the_meeting_are_no_items() {
    FrontSheetParser.FrontSheet f = parse("""
        City Council Agenda
        Tuesday, January 5, 2021
        How to observe the Meeting (no public comment):
        1) Cable Channel 26,
        2) https://www.sanjoseca.gov/news-stories/watch-a-meeting, or
        3) https://www.youtube.com/CityofSanJoseCalifornia
        3) By email to city.clerk@sanjoseca.gov by 10:00 a.m. the day of the meeting.
        4) By Phone: (888) 475 4499.""");
    assertThat(f.items()).isEmpty();
  }

  @Test
  void legistar_parts_of_sections_keep_their_sections_and_their_wrapped_titles() {
    FrontSheetParser.FrontSheet f = parse("""
        Agenda - Final
        Tuesday, January 9, 2024
        CALL TO ORDER
        INVOCATION
        A.        PRESENTATIONS AND PROTOCOL DOCUMENTS
        A.-1.     23-6764   Presentation of a Proclamation declaring December 16, 2023 as "Coral Gables
                            Congregational United Church of Christ Day".
        A.-2.     23-6792   Recognition of Coral Gables Fire Department Rescue 4 Crew by the City of Miami Fire
                            Department.
        B.        APPROVAL OF MINUTES
        B.-1.     23-6735   Regular City Commission Meeting of November 14, 2023.
        C.        PUBLIC COMMENTS
                            During this portion of the meeting, an individual may address the City Commission on an
                            item that is on the agenda or on a matter which is not on the agenda.
        D.        CONSENT AGENDA
        D.-1.     23-6830   A Resolution of the City Commission appointing Judith Alexander to the Senior Citizens Board.
        D.-2.     23-6829   A Resolution of the City Commission confirming the appointment of John Maronto.
        ADJOURNMENT""");
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::number)
        .containsExactly(null, null, "A", "A.-1", "A.-2", "B", "B.-1", "C", "D", "D.-1", "D.-2", null);
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::title).containsExactly("CALL TO ORDER", "INVOCATION",
        "PRESENTATIONS AND PROTOCOL DOCUMENTS",
        "Presentation of a Proclamation declaring December 16, 2023 as \"Coral Gables Congregational United Church of Christ Day\".",
        "Recognition of Coral Gables Fire Department Rescue 4 Crew by the City of Miami Fire Department.",
        "APPROVAL OF MINUTES", "Regular City Commission Meeting of November 14, 2023.", "PUBLIC COMMENTS", "CONSENT AGENDA",
        "A Resolution of the City Commission appointing Judith Alexander to the Senior Citizens Board.",
        "A Resolution of the City Commission confirming the appointment of John Maronto.", "ADJOURNMENT");
  }

  @Test
  void lists_numbered_from_one_again_under_items_are_read_through_and_kept() {
    FrontSheetParser.FrontSheet f = parse("""
        Agenda
        MARCH 14, 2024 - REGULAR COUNCIL MEETING - 6:30 P.M.
        1. Call Meeting to Order
        1. Regrets
        2. Invitation to Stand and Move
        1. Prayer
        2. National Anthem
        3. Land Acknowledgement
        3. Approval of Agenda
        4. Committee Reports
        1. Yarmouth Area Industrial Commission
        2. REMO Executive
        3. Mariners Centre Management Authority
        4. Mariners Centre Expansion Board
        5. Nakile Board
        5. For Decision and Discussion
        1. Veterans Banner 2024
        2. Use of Parking Lot on Myrtle Lane
        6. Correspondence and For Information""");
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::number)
        .containsExactly("1", "1", "2", "1", "2", "3", "3", "4", "1", "2", "3", "4", "5", "5", "1", "2", "6");
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::title).element(6).isEqualTo("Approval of Agenda");
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::title).element(13).isEqualTo("For Decision and Discussion");
  }

  @Test
  void a_section_label_with_a_paragraph_under_it_heads_items_numbered_from_one_again_and_a_bare_one_is_an_item() {
    FrontSheetParser.FrontSheet f = parse("""
        AGENDA
        RANCHO PALOS VERDES CITY COUNCIL MEETING
        DECEMBER 6, 2022
        FRED HESSE COMMUNITY PARK, MCTAGGART HALL
        7:00 P.M. REGULAR MEETING
        NEXT ORDINANCE NO. 671
        CALL TO ORDER:
        Mayor Bradley
        APPROVAL OF AGENDA:
        CEREMONIAL MATTERS:
        1. Presentation to Mayor Bradley
        2. Council Reorganization
        CONSENT CALENDAR:
        Items listed under the Consent Calendar consists of routine items and will be approved in
        one motion. Any member of the Council may pull an item for discussion or clarification.
        A. Motion to Waive Full Reading
        B. Approval of Minutes (Takaoka)
        PUBLIC HEARINGS:
        This section is for hearings that have been noticed, published, and/or mailed. None.
        REGULAR BUSINESS:
        This section contains items of general business.
        1. Consideration and possible action to determine the limits of removal of the fence.
        ADJOURNMENT:
        Adjourn to 6:00 P.M. on December 20, 2022.""");
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::number)
        .containsExactly(null, null, "1", "2", "A", "B", null, "1", null);
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::title).containsExactly(
        "CALL TO ORDER", "APPROVAL OF AGENDA", "Presentation to Mayor Bradley", "Council Reorganization",
        "Motion to Waive Full Reading", "Approval of Minutes (Takaoka)", "PUBLIC HEARINGS",
        "Consideration and possible action to determine the limits of removal of the fence.", "ADJOURNMENT");
  }

  @Test
  void labelled_headings_in_capitals_are_items_and_capital_titles_end_at_their_dash() {
    FrontSheetParser.FrontSheet f = parse("""
        AGENDA
        Regular Meeting of the City Council
        CITY OF WESTLAKE VILLAGE
        WEDNESDAY, DECEMBER 14, 2022 6:30 p.m.
        Written comments may be sent to the City Clerk's Office no later than noon.
        PUBLIC PARTICIPATION OPTIONS:
        The Public may join this meeting virtually or attend in-person.
        Due to the pandemic, members may be participating via teleconference.
        Please click the link below to join the webinar.
        Teleconference participants will be muted until recognized by the Mayor.
        CALL TO ORDER: 6:30 p.m.
        PLEDGE OF ALLEGIANCE:
        ROLL CALL: Councilmembers McSweeney, Honig, Halpern, Mayor Pearl
        PUBLIC COMMENTS: Members of the public may address the City Council on items not on the
        printed agenda. Please observe the time limit of three minutes.
        CITY COUNCIL COMMITTEE REPORTS: Reports on City Council Committee meetings held.
        1. PUBLIC SAFETY COMMITTEE REPORT - Authorize the City Manager to
        purchase a new Volunteers on Patrol Vehicle.
        2. CULTURAL RECREATION COMMITTEE REPORT - Continue with the current support.
        PUBLIC HEARINGS:
        1. PUBLIC HEARING: ADOPTION OF THE 2022 CALIFORNIA FIRE CODE; ORDINANCE NO. 298-
        22 - Waive second reading in full and adopt Ordinance No. 298-22.
        GENERAL BUSINESS:
        1. AWARD OF CONTRACT FOR ADVANCED STREET SIGN
        REPLACEMENT PROJECT AND APPROVAL OF CEQA NOTICE OF
        EXEMPTION FILING – Approve staff’s filing of a CEQA notice of exemption.
        2. ORDINANCE SECOND READING: ADOPTION OF ORDINANCE 297-22
        REGARDING ACCESSORY DWELLING UNIT REGULATIONS - Waive the second reading.
        3. 2023 CITY COUNCIL COMMITTEE ASSIGNMENTS - Approve 2023 City Council
        Committee Assignments as submitted by Mayor Pearl.
        ADJOURNMENT:
        This agenda was posted on Thursday, December 8, 2022 at 4:30 p.m.""");
    assertThat(f.date()).isEqualTo(LocalDate.of(2022, 12, 14));
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::number)
        .containsExactly(null, null, null, null, "1", "2", "1", "1", "2", "3", null);
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::title).containsExactly(
        "CALL TO ORDER", "PLEDGE OF ALLEGIANCE", "ROLL CALL", "PUBLIC COMMENTS",
        "PUBLIC SAFETY COMMITTEE REPORT", "CULTURAL RECREATION COMMITTEE REPORT",
        "PUBLIC HEARING: ADOPTION OF THE 2022 CALIFORNIA FIRE CODE; ORDINANCE NO. 298-22",
        "AWARD OF CONTRACT FOR ADVANCED STREET SIGN REPLACEMENT PROJECT AND APPROVAL OF CEQA NOTICE OF EXEMPTION FILING",
        "ORDINANCE SECOND READING: ADOPTION OF ORDINANCE 297-22 REGARDING ACCESSORY DWELLING UNIT REGULATIONS",
        "2023 CITY COUNCIL COMMITTEE ASSIGNMENTS", "ADJOURNMENT");
    assertThat(f.items().get(7).description()).startsWith("Approve staff’s filing");
  }

  @Test
  void a_meeting_pages_agenda_table_without_its_numbers_lists_its_short_lines() {
    FrontSheetParser.FrontSheet f = parse("""
        County Council - Thursday, 18th July, 2024 2.00 pm
        Venue: Council Chamber - Council Chamber
        Contact: Democratic Services
        No. Item
        Apologies for absence
        To confirm the minutes of the meeting held on 16th May 2024
        Motions to Council
        Submitted by County Councillor Lisa Dymock
        This council calls upon the Prime Minister to continue the work of the former government and
        to appoint a dedicated Veterans Minister within the government to address the unique needs
        and challenges faced by our veterans.
        Submitted by County Councillor Richard John
        Notes that the Welsh Government has legislated to prevent parliamentarians from double
        jobbing as county councillors.""");
    assertThat(f.committee()).isEqualTo("County Council");
    assertThat(f.date()).isEqualTo(LocalDate.of(2024, 7, 18));
    assertThat(f.time()).isEqualTo(LocalTime.of(14, 0));
    assertThat(f.venue()).isEqualTo("Council Chamber - Council Chamber");
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::title).containsExactly(
        "Apologies for absence", "To confirm the minutes of the meeting held on 16th May 2024", "Motions to Council");
    assertThat(f.items().get(2).description()).startsWith("Submitted by County Councillor Lisa Dymock This council");
  }

  @Test
  void lettered_parts_under_an_item_are_items_and_end_the_title_above_them() {
    FrontSheetParser.FrontSheet f = parse("""
        REGULAR CITY COUNCIL MEETING
        Monday, December 12, 2022
        AGENDA
        3. AUDIENCE
        Members of the audience are invited to address the Council at this time on items that are not on the
        printed agenda. Please observe the time limit of three minutes. Per California Government Code Section
        54954.2, the City Council is prohibited from discussing or taking immediate action on any item not on the
        agenda unless it can be demonstrated that the item is of an emergency nature.
        4. CONSENT CALENDAR
        4.A City Council Minutes – November 14, 2022 Regular Meeting
        4A - 12-12-22.pdf
        4.B Demand List
        4B - 12-12-22.pdf
        5. PRESENTATIONS TO OUTGOING COUNCIL MEMBER STUART E. SIEGEL
        A. Presentations to Outgoing City Council Member Siegel
        6. CERTIFICATION OF 11/8/22 GENERAL MUNICIPAL ELECTION RESULTS AND
        PROPOSED RESOLUTION
        6.A A RESOLUTION OF THE CITY COUNCIL OF THE CITY OF HIDDEN HILLS
        6 - 12-12-22.pdf
        7. ADJOURNMENT""");
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::number)
        .containsExactly("3", "4", "4.A", "4.B", "5", "6", "6.A", "7");
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::title).containsExactly(
        "AUDIENCE", "CONSENT CALENDAR", "City Council Minutes – November 14, 2022 Regular Meeting", "Demand List",
        "PRESENTATIONS TO OUTGOING COUNCIL MEMBER STUART E. SIEGEL",
        "CERTIFICATION OF 11/8/22 GENERAL MUNICIPAL ELECTION RESULTS AND PROPOSED RESOLUTION",
        "A RESOLUTION OF THE CITY COUNCIL OF THE CITY OF HIDDEN HILLS", "ADJOURNMENT");
  }

  @Test
  void a_meeting_kind_under_the_title_gives_way_to_the_body_and_a_bullet_list_ends_a_capital_title() {
    FrontSheetParser.FrontSheet f = parse("""
        AGENDA
        REGULAR MEETING
        LOMITA CITY COUNCIL
        TUESDAY, DECEMBER 6, 2022
        1. APPROVAL OF AGENDA
        2. PRESENTATIONS
        • SWEARING IN CEREMONY FOR APPOINTED OFFICIALS AND PRESENTATION OF
        PLAQUE TO OUTGOING MAYOR CINDY SEGAWA
        3. SCHEDULED ITEMS
        a. DISCUSSION AND CONSIDERATION OF COUNCIL MEMBERS ASSIGNMENTS
        4. ADJOURNMENT""");
    assertThat(f.committee()).isEqualToIgnoringCase("LOMITA CITY COUNCIL");
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::title)
        .containsExactly("APPROVAL OF AGENDA", "PRESENTATIONS", "SCHEDULED ITEMS", "ADJOURNMENT");
  }

  @Test
  void a_date_and_time_label_without_a_year_takes_the_year_of_the_sheets_first_full_date() {
    FrontSheetParser.FrontSheet f = parse("""
        NOTICE AND AGENDA OF DISTRICT COUNCIL MEETING
        Notice is hereby given that District Council ___ will hold a public meeting.
        Date/Time: June 6, 530pm
        Location/Address: Maggie Daley Fieldhouse, 337 E Randolph St
        MEETING AGENDA
        1. Roll Call & Quorum Determination
        2. Approval of minutes from meeting date: May 9, 2023
        3. Announcement of the next regular meeting""");
    assertThat(f.committee()).isEqualTo("District Council");
    assertThat(f.date()).isEqualTo(LocalDate.of(2023, 6, 6));
    assertThat(f.time()).isEqualTo(LocalTime.of(17, 30));
    assertThat(f.venue()).isEqualTo("Maggie Daley Fieldhouse, 337 E Randolph St");
  }

  @Test
  void a_pair_of_numbers_that_runs_down_is_a_reference_not_a_page_range() {
    assertThat(PageRanges.stripRange("ADOPTION OF ORDINANCE 297-22 REGARDING")).isEqualTo("ADOPTION OF ORDINANCE 297-22 REGARDING");
    assertThat(PageRanges.stripRange("PROCUREMENT EXERCISE IN 109 - 114 RESPECT OF")).isEqualTo("PROCUREMENT EXERCISE IN RESPECT OF");
  }

  @Test
  void a_sentence_title_runs_on_to_its_full_stop_and_a_reference_gives_way_to_the_title() {
    FrontSheetParser.FrontSheet f = parse("""
        CITY COUNCIL AGENDA FOR OCTOBER 16, 2012
        1. File No. B2026-2
        Council to discuss the Recommended Fiscal Year 2026 Budget for the City of Tampa
        2. Whitney Cipolla – Appointment to the Human Rights Commission replacing Josiah
        Robinson; term expires July 1, 2028. (CD‐4) [PW 8/6/25; CC 8/20/25] 25‐650‐1""");
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::title).containsExactly(
        "Council to discuss the Recommended Fiscal Year 2026 Budget for the City of Tampa",
        "Whitney Cipolla – Appointment to the Human Rights Commission replacing Josiah Robinson; term expires July 1, 2028.");
  }

  @Test
  void a_starred_key_under_an_untitled_list_is_no_agenda_title() {
    List<Line> lines = Lines.of(List.of(new org.agendasearch.ingest.model.Page(1, """
        The Next Regular Meeting of Board of Park Commissioners -January 17, 2012 at 7pm
        I.\tCall Meeting to Order - Roll Call
        II.\tPledge of Allegiance
        III.\tComments from Citizens
        IV.\tConsent Agenda Approval
        V.\tAdjournment
        *Consent Agenda""", false)));
    FrontSheetParser.FrontSheet f = FrontSheetParser.parse(lines, lines.size(), false, true).orElseThrow();
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::number).containsExactly("I", "II", "III", "IV", "V");
    assertThat(f.date()).isEqualTo(java.time.LocalDate.of(2012, 1, 17));
  }

  @Test
  void an_agenda_table_gives_titles_apart_from_the_description_column_and_ends_the_venue() {
    List<Line> lines = Lines.of(List.of(new org.agendasearch.ingest.model.Page(1, """
        Shropshire and Wrekin Fire and Rescue Authority
        20 May 2020
        Date:\tWednesday, 20 May, 2020
        Time:\t14:00
        Location:\tVirtual Meeting
        Item
        no.
        Agenda Item\tDetails\tStatus
        01\tApologies for Absence
        02\tDisclosable Pecuniary Interests\tMembers are reminded that they must not
        participate in the discussion of, or voting on any matter.
        03\tPublic Questions\tMembers are asked to receive any questions,
        statements or petitions.""", false)));
    FrontSheetParser.FrontSheet f = FrontSheetParser.parse(lines, lines.size(), false, true).orElseThrow();
    assertThat(f.venue()).isEqualTo("Virtual Meeting");
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::title)
        .containsExactly("Apologies for Absence", "Disclosable Pecuniary Interests", "Public Questions");
    assertThat(f.items().get(1).description()).startsWith("Members are reminded that they must not participate");
  }

  @Test
  void a_long_item_is_titled_by_its_first_sentence_over_its_wrapped_lines() {
    List<Line> lines = Lines.of(List.of(new org.agendasearch.ingest.model.Page(1, """
        Omaha City Council Agenda
        October 16, 2012
        8. Res. that the preliminary plat entitled BUCKY’S CROSSROADS PLAZA ADDITION, located
        northeast of 78th and Dodge Streets, is hereby accepted;
        and, the preparation of the final plat of this subdivision is hereby authorized.
        9. Res. that the legal representation in the matter of Case No. 23-CV-257, Paul Tubbs v.
        City of Tulsa et al filed in the District Court, is hereby approved.
        10. CLASS “C” – YAP, Inc., dba “Varsity Sports Café and Roman Coin Pizza”, 14529
        “F” Street. New application, Old location, New location. ANNEXED by
        Ordinance #39394 passed July 17, 2012.""", false)));
    FrontSheetParser.FrontSheet f = FrontSheetParser.parse(lines, lines.size(), true, true).orElseThrow();
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::title).containsExactly(
        "Res. that the preliminary plat entitled BUCKY’S CROSSROADS PLAZA ADDITION, located northeast of 78th and Dodge"
            + " Streets, is hereby accepted; and, the preparation of the final plat of this subdivision is hereby authorized.",
        "Res. that the legal representation in the matter of Case No. 23-CV-257, Paul Tubbs v. City of Tulsa et al filed in"
            + " the District Court, is hereby approved.",
        "CLASS “C” – YAP, Inc., dba “Varsity Sports Café and Roman Coin Pizza”, 14529 “F” Street.");
  }

  @Test
  void standing_business_around_lettered_items_is_items_and_a_wrapped_address_is_not() {
    FrontSheetParser.FrontSheet f = parse("""
        AGENDA
        REGULAR MEETING
        PLANNING COMMISSION
        DECEMBER 6, 2022
        CALL TO ORDER
        ROLL CALL
        PLEDGE OF ALLEGIANCE
        ORAL COMMUNICATIONS
        A. MINUTES OF PREVIOUS PLANNING COMMISSION MEETING
        B. UNFINISHED BUSINESS OF THE PLANNING COMMISSION - None
        C. PUBLIC HEARINGS BEFORE THE PLANNING COMMISSION
        ORAL COMMENTS FROM STAFF
        ADJOURNMENT
        AVAILABILITY
        Any writings will be available at the Reference Desk at the Library located at 15920
        E. Central during normal business hours.""");
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::number)
        .containsExactly(null, null, null, null, "A", "B", "C", null, null);
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::title).startsWith("CALL TO ORDER", "ROLL CALL")
        .endsWith("ORAL COMMENTS FROM STAFF", "ADJOURNMENT");
  }

  @Test
  void a_recommendations_own_numbered_list_is_no_agenda_item() {
    FrontSheetParser.FrontSheet f = parse("""
        City Council
        REGULAR MEETING AGENDA
        January 20, 2021
        3. APPROVE CITY POSITION AND COMMUNICATION REGARDING VTA'S PROPOSED
        MEASURE B FUNDING REALIGNMENT
        Recommendation:
        1. Ratify City position and accept City communication sent to Santa Clara County Board of
        Supervisors regarding opposition of the proposed funding realignment;
        2. Authorize City Manager to communicate the City’s position to Valley Transportation Authority
        Board when the matter is placed on its agenda;
        4. APPROVE AGREEMENT WITH BLACK & VEATCH FOR RISK AND RESILIENCY ASSESSMENT
        Recommendation:
        Approve and authorize the City Manager to execute an agreement.
        5. APPROVE FIRST AMENDMENT TO AGREEMENT WITH SANTA CLARA COUNTY
        Recommendation(s): 1. Approve the schematic design for Rengstorff Park Aquatics Center
        2. Approve the Urban Forestry Board’s recommended mitigation of a two-for-one ratio tree
        6. APPROVE A CONTRACT FOR STREET SWEEPING""");
    assertThat(f.items()).extracting(i -> i.number()).containsExactly("3", "4", "5", "6");
  }

  @Test
  void the_agendas_numbers_over_its_pages_not_the_consent_calendars_letters_that_outnumber_them_on_the_first() {
    List<Line> lines = Lines.of(List.of(
        new Page(1, """
            Regular Meeting Agenda
            CITY COUNCIL
            Tuesday, December 13, 2022 7:00 PM
            1. CALL MEETING TO ORDER
            2. SALUTE TO THE FLAG
            3. ROLL CALL""", false),
        new Page(2, """
            4. CONSENT CALENDAR
            A. READING OF ORDINANCES AND RESOLUTIONS
            B. DEMANDS AND WARRANTS OF NOVEMBER 2022
            C. SCHEDULE OF INVESTMENTS REPORT""", false),
        new Page(3, """
            D. REVENUE AND EXPENDITURE REPORT
            E. CITY COUNCIL MINUTES OF NOVEMBER 8, 2022
            Attachments: Draft Minutes
            F. EQUESTRIAN COMMITTEE MINUTES""", false),
        new Page(4, """
            G. PLANNING COMMISSION MINUTES
            H. PARK AND ACTIVITIES COMMISSION MINUTES
            J. ATTENDANCE REPORT""", false),
        new Page(5, """
            5. CEREMONIAL ITEMS
            A. PRESENTATION TO RETIRING COUNCIL MEMBER
            6. OATH OF OFFICE
            7. NEW BUSINESS
            8. OLD BUSINESS
            9. CITY ATTORNEY ITEMS
            10. CLOSED SESSION
            11. ADJOURNMENT""", false)));
    FrontSheetParser.FrontSheet f = FrontSheetParser.parse(lines, lines.size()).orElseThrow();
    assertThat(f.items()).extracting(FrontSheetParser.ListedItem::number).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11");
    assertThat(f.items().get(4).title()).isEqualTo("CEREMONIAL ITEMS");
  }

  @Test
  void top_letters_before_any_number_and_one_holding_a_run_right_under_it_are_an_outline() {
    FrontSheetParser.FrontSheet f = parse("""
        TOWNSHIP OF ADELAIDE METCALFE AGENDA
        MONDAY, JUNE 5, 2017 7:00 PM
        AGENDA
        A) CALL TO ORDER
        B) MOMENT OF SILENT REFLECTION
        C) DECLARATION OF PECUNIARY INTEREST AND GENERAL NATURE THEREOF
        D) DELEGATIONS & TIMED EVENTS
        7:05 PM Employee Recognition – Truck Roadeo
        E) MINUTES OF PREVIOUS MEETINGS
        Minutes - May 15, 2017 - Regular Meeting
        F) CORRESPONDENCE
        1) CC-1 AMO-Ontario Announces Changes to OMB Hearing Process
        2) CC-2 AMO-Changing Workplaces Report Released
        3) CC-3 AMO-Municipal Delegations at AMO Conference
        4) CC-4 OGRA-FCM Unveils Municipal Asset Management Program""");
    assertThat(f.items()).extracting(i -> i.number() + " " + i.title()).containsExactly("A CALL TO ORDER",
        "B MOMENT OF SILENT REFLECTION", "C DECLARATION OF PECUNIARY INTEREST AND GENERAL NATURE THEREOF",
        "D DELEGATIONS & TIMED EVENTS", "E MINUTES OF PREVIOUS MEETINGS", "F CORRESPONDENCE",
        "1 CC-1 AMO-Ontario Announces Changes to OMB Hearing Process", "2 CC-2 AMO-Changing Workplaces Report Released",
        "3 CC-3 AMO-Municipal Delegations at AMO Conference", "4 CC-4 OGRA-FCM Unveils Municipal Asset Management Program");
  }
}
