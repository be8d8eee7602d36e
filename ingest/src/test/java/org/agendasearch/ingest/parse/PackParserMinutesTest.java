package org.agendasearch.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.agendasearch.ingest.model.MinuteItem;
import org.agendasearch.ingest.model.Minutes;
import org.agendasearch.ingest.model.Pack;
import org.agendasearch.ingest.model.Page;
import org.agendasearch.ingest.model.Resolution;
import org.junit.jupiter.api.Test;

/** How the lines of a set of minutes are segmented into minutes and their decisions. */
class PackParserMinutesTest {

  private static Minutes minutes(String... pages) {
    Page[] ps = new Page[pages.length];
    for (int i = 0; i < pages.length; i++) {
      ps[i] = new Page(i + 1, pages[i], false);
    }
    Pack p = PackParser.parse("t.pdf", "0", List.of(ps), List.of());
    assertThat(p.minutes()).hasSize(1);
    return p.minutes().get(0);
  }

  private static List<String> titles(Minutes m) {
    return m.items().stream().map(MinuteItem::title).toList();
  }

  @Test
  void minutes_that_never_say_minutes_but_who_presided() {
    Minutes m = minutes("""
        REGULAR COUNCIL MEETING
        November 1, 2010
        7:00 P.M. meeting called to order in the Council Chambers at 322 Wilson Highway, Millsboro,
        Mayor Larry Gum presiding. Present were Vice-Mayor Bob Bryan and Secretary Greg Hastings.
        TREASURER'S REPORT - Treasurer Truitt presented the bills and bank balances to
        Council for approval. Bryan moved Hastings seconded to pay the bills from the designated
        accounts as presented. Motion approved unanimously.""");
    assertThat(m.date()).hasToString("2010-11-01");
  }

  @Test
  void a_moderngov_meeting_page_with_its_minutes_is_titled_by_the_line_above_agenda_and_minutes() {
    Minutes m = minutes("""
        Agenda for Overview and Scrutiny Committee on Wednesday, 5th April, 2017, 2.00 pm
        Agenda and minutes
        Venue: Ground Floor Committee Room - Loxley House, Station Street, Nottingham, NG2 3NG.
        Items
        No.     Item
        56.     APOLOGIES FOR ABSENCE
                Minutes:
                Councillor Josh Cook – other Council business
        57.     DECLARATIONS OF INTERESTS
                Minutes:
                None.
        58.     MINUTES
                Minutes:
                The minutes of the meeting held on 8 March 2017 were confirmed as a correct record.""");
    assertThat(m.committee()).isEqualTo("Overview and Scrutiny Committee");
    assertThat(m.date()).hasToString("2017-04-05");
    assertThat(titles(m)).containsExactly("APOLOGIES FOR ABSENCE", "DECLARATIONS OF INTERESTS", "MINUTES");
  }

  @Test
  void minutes_numbered_in_the_meeting_then_its_month_and_year_with_parts_under_one() {
    Minutes m = minutes("""
        MINUTES OF A MEETING OF PURLEIGH PARISH COUNCIL,
        HELD IN THE WELLS PAVILION, HOWE GREEN ROAD ON FRIDAY, 14TH JULY 2017 AT 7.30 P.M.
        Members present: Mr. N. Arthur (Chairman), Mr. C. Ash and Mr. G. Rayner.
        1/07/17 APOLOGIES FOR ABSENCE
        Apologies were received from Mr. S. Bardwell.
        2/07/17 DECLARATIONS OF INTEREST
        There were no new declarations of interest made.
        3/07/17 TO DISCUSS ANY MATTERS OF INFORMATION ARISING FROM THOSE MINUTES:
        3.1/07/17 Clerk: The Clerk did not have any matters arising to report to Members.
        3.2/07/17 Members’: Members did not have any matters arising to discuss.
        4/07/17 PLANNING
        There were no applications.""");
    assertThat(m.items()).extracting(i -> i.number()).containsExactly("1/07/17", "2/07/17", "3/07/17", "3.1/07/17", "3.2/07/17", "4/07/17");
  }

  @Test
  void a_numbered_motion_with_its_mover_and_seconder_then_resolve_that_and_those_in_favour_named() {
    Minutes m = minutes("""
        Minutes of the Regular Public Meeting of Council held on Monday, September 13th, 2021 in Council Chambers.
        Attendees:\tMayor Keith Howell (Chair)
        Councillor Shawn Budgell
        Absent:\tCouncillor Dwight Day
        Call to Order:\tChair @ 7:30 p.m.
        Agenda:\tMotion-4831-21-Councillor S. Budgell/Councillor M. Wheaton
        Resolve that the Agenda be adopted as circulated.
        In favour:\tMayor Howell\tCouncillor M. Wheaton
        Councillor S. Budgell\tCouncillor D. Howell
        Opposed:0
        Abstaining:0
        Motion Carried.
        Business Arising:\tMotion-4833-21-Councillor G. Blackwood/Councillor S. Budgell
        Resolve to go to tender for removal of cement.
        In favour:\tMayor Howell\tCouncillor D. Howell
        Councillor S. Budgell\tCouncillor G. Blackwood
        Opposed:\tCouncillor M. Wheaton
        Abstaining:0
        Motion Carried.
        """);
    List<Resolution> rs = m.items().stream().flatMap(i -> i.resolutions().stream()).toList();
    assertThat(rs).extracting(Resolution::text).containsExactly("that the Agenda be adopted as circulated.",
        "to go to tender for removal of cement.");
    assertThat(rs).extracting(Resolution::movedBy).containsExactly("S. Budgell", "G. Blackwood");
    assertThat(rs).extracting(Resolution::secondedBy).containsExactly("M. Wheaton", "S. Budgell");
    assertThat(rs).extracting(r -> r.votes().inFavour() + "-" + r.votes().against()).containsExactly("4-0", "4-1");
    assertThat(m.attendance()).extracting(a -> a.name() + "/" + a.status()).containsExactly("Keith Howell/present",
        "Shawn Budgell/present", "Dwight Day/absent");
  }

  @Test
  void unnumbered_headings_under_a_list_of_those_attending_and_a_resolutions_number_under_its_result() {
    Pack p = PackParser.parse("t.pdf", "0", List.of(new Page(1, """
        Waikato District Council 1 Minutes: 29 June 2020
        Version: 1, Version Date: 02/07/2020
        Minutes of a meeting of the District Council held in the Council Chambers on MONDAY, 29 JUNE 2020 commencing at 9.30am.
        Present:\tHis Worship the Mayor, Mr AM Sanson (Chairperson)
        \tCr SD Lynch [until 10.21am and then from 10.25am]
        \tCr NMD Smith
        Attending:\tMrs D Lovell (Chairperson, Taupiri Community Board)
        \tMr GJ Ion (Chief Executive)
        \tMr B Stringer (Democracy Manager)
        APOLOGIES AND LEAVE OF ABSENCE
        All members were present
        CONFIRMATION OF STATUS OF AGENDA ITEMS
        Resolved: (Crs McInally/Henderson)
        THAT the agenda for a meeting of the Council held on Monday, 29 June 2020 be confirmed.
        CARRIED
        WDC2006/17
        DISCLOSURES OF INTEREST
        There were no disclosures of interest.
        """, false)), List.of());
    assertThat(p.meeting().date()).isEqualTo(java.time.LocalDate.of(2020, 6, 29));
    Minutes m = p.minutes().get(0);
    assertThat(titles(m)).containsExactly("APOLOGIES AND LEAVE OF ABSENCE", "CONFIRMATION OF STATUS OF AGENDA ITEMS",
        "DISCLOSURES OF INTEREST");
    assertThat(m.items()).extracting(MinuteItem::number).containsOnlyNulls();
    assertThat(m.attendance()).extracting(a -> a.name() + "/" + a.status()).containsExactly("AM Sanson/present", "SD Lynch/present",
        "NMD Smith/present", "D Lovell/present", "GJ Ion/present", "B Stringer/present");
  }

  @Test
  void a_minutes_title_wrapped_before_its_meeting_word_and_the_approval_under_it() {
    Pack p = PackParser.parse("t.pdf", "0", List.of(new Page(1, """
        MINUTES OF THE JUNE 13, 2023 REGULAR
        MEETING OF THE PRESIDENT AND BOARD OF
        TRUSTEES OF THE VILLAGE OF OAK BROOK
        APPROVED AS WRITTEN ON
        JULY 11, 2023
        1.CALL TO ORDER
        The Regular Meeting of the Village Board of Trustees was called to order by President
        Laurence Herman in the Samuel E. Dean Boardroom at 7:00 p.m.
        2.ROLL CALL
        Village Clerk Netasha Scarpiniti called the roll:""", false)), List.of());
    assertThat(p.minutes()).hasSize(1);
    assertThat(p.minutes().get(0).committee()).isEqualTo("PRESIDENT AND BOARD OF TRUSTEES OF THE VILLAGE OF OAK BROOK");
    assertThat(p.minutes().get(0).date()).isEqualTo(java.time.LocalDate.of(2023, 6, 13));
    assertThat(titles(p.minutes().get(0))).containsExactly("CALL TO ORDER", "ROLL CALL");
  }

  @Test
  void minutes_that_name_their_body_in_a_sentence_of_its_own_and_count_a_vote_told_by_names() {
    Minutes m = minutes("""
        November 24, 2014
        North Platte, Nebraska
        Meeting of the Lincoln County Board of Commissioners. Present were Commissioners
        Duane Deterding, Willis Roethemeyer, Joe Hewgley and County Clerk, Rebecca
        Rossell. Chairman Deterding called the meeting to order at 9:00 A.M.
        Motion by Roethemeyer, seconded by Hewgley to receive and order filed the
        treasurer’s receipts. Upon roll call vote Roethemeyer, Hewgley and Deterding voted
        “aye”. Nays, none.""");
    assertThat(m.committee()).isEqualTo("Lincoln County Board of Commissioners");
    assertThat(m.date()).isEqualTo(java.time.LocalDate.of(2014, 11, 24));
    Resolution r = m.items().get(m.items().size() - 1).resolutions().get(0);
    assertThat(r.votes().inFavour()).isEqualTo(3);
    assertThat(r.votes().against()).isZero();
  }

  @Test
  void a_title_with_words_before_its_minutes_wraps_and_the_minutes_it_lists_as_pending_open_none() {
    Pack p = PackParser.parse("t.pdf", "0", List.of(new Page(1, """
        APPROVED
        MEETING MINUTES OF THE
        CITY OF ALAMEDA PLANNING BOARD
        MONDAY, OCTOBER 12, 2009
        7:00 p.m.
        1. CONVENE: President Ezzy Ashcraft called the meeting to order at 7:10 p.m.
        2. MINUTES:
        Minutes from the meeting of September 10, 2009 (Pending)
        3. ADJOURNMENT""", false)), List.of());
    assertThat(p.minutes()).hasSize(1);
    assertThat(p.minutes().get(0).committee()).isEqualTo("CITY OF ALAMEDA PLANNING BOARD");
    assertThat(p.minutes().get(0).date()).isEqualTo(java.time.LocalDate.of(2009, 10, 12));
    assertThat(titles(p.minutes().get(0))).containsExactly("CONVENE", "MINUTES", "ADJOURNMENT");
  }

  @Test
  void a_meeting_named_by_its_kind_takes_the_body_from_the_sentence_under_it_and_title_case_openings_are_minutes() {
    Minutes m = minutes("""
        CITY OF MENDOTA HEIGHTS
        Minutes of the Regular Meeting
        Held Tuesday, November 18, 2003
        Pursuant to due call and notice thereof, the regular meeting of the City Council, City of Mendota
        Heights, Minnesota was held at 7:30 o'clock p.m. at City Hall, 1101 Victoria Curve, Mendota
        Heights, Minnesota.
        Call to Order:
        Mayor Huber called the meeting to order at 7:30 p.m. The following members were present: Mayor
        Huber, Councilmembers Duggan, Krebsbach, Schneeman and Vitelli.
        Agenda Changes:
        Motion by Commissioner Langford, seconded by Commissioner Bush, to accept the agenda. The
        motion carried unanimously.""");
    assertThat(m.committee()).startsWith("City Council");
    assertThat(titles(m)).containsExactly("Call to Order", "Agenda Changes");
    assertThat(m.attendance()).extracting(org.agendasearch.ingest.model.Attendee::name)
        .containsExactly("Huber", "Duggan", "Krebsbach", "Schneeman", "Vitelli");
  }

  @Test
  void a_minutes_title_ends_above_the_pages_its_paper_is_on() {
    Minutes m = minutes("""
        MINUTES OF A MEETING OF THE BRECON TOWN COUNCIL
        HELD IN THE COUNCIL CHAMBER, THE GUILDHALL, BRECON ON MONDAY 23 OCTOBER 2017 AT 7.00 P.M.
        429/17 Submitted – Minutes of the Meeting of the Planning Committee held on 2 October 2017
        (pages 103 to 106) copies of which had been previously circulated
        430/17 Submitted – Minutes of the Meeting of the Civic Committee held on 2 October 2017
        (pages 108 to 111) copies of which had been previously circulated""");
    assertThat(titles(m)).containsExactly(
        "Submitted – Minutes of the Meeting of the Planning Committee held on 2 October 2017",
        "Submitted – Minutes of the Meeting of the Civic Committee held on 2 October 2017");
  }

  @Test
  void parts_lettered_after_a_hyphen_are_minutes_under_their_item_and_the_calendars_vote_is_its_own() {
    Minutes m = minutes("""
        MINUTES OF THE REGULAR MEETING
        OF THE
        PENSION BOARD OF THE CITY OF ALAMEDA
        HELD 4:30 P.M., OCTOBER 31, 2005
        1. The meeting was called to order by William Soderlund at 4:36 p.m.
        2. ROLL CALL: Present: Trustees William Soderlund, Robert Follrath and Karen Willis.
        3. MINUTES: The minutes of the Regular Meeting of July 25, 2005. No action taken.
        4. CONSENT CALENDAR:
        4-A. PENSION PAYROLL FOR THE MONTH OF JULY 2005:
        a. In the amount of $ 252,576.80 for the members under
        4-B. PENSION PAYROLL FOR THE MONTH OF AUGUST 2005:
        Member Follrath motioned to adopt the consent calendar as presented, Member Willis
        seconded; all were in favor and passed with a 3-0 vote.
        5. AGENDA ITEMS:
        5-A. Continuation of discussion on purchasing and erecting new flagpoles at City Hall.
        6. ADJOURNMENT:
        There being no further business the meeting was adjourned at 4:46 p.m.""");
    assertThat(m.items()).extracting(MinuteItem::number).containsExactly("1", "2", "3", "4", "4-A", "4-B", "5", "5-A", "6");
    assertThat(titles(m).get(0)).isEqualTo("The meeting was called to order by William Soderlund at 4:36 p.m.");
    // the calendar's one vote is the calendar's, not its last part's
    assertThat(m.items().get(3).resolutions()).extracting(Resolution::text).singleElement().asString()
        .startsWith("adopt the consent calendar as presented");
    assertThat(m.items().get(5).resolutions()).isEmpty();
  }

  @Test
  void a_bulleted_heading_in_capitals_over_a_recorded_vote_for_nominees() {
    Minutes m = minutes("""
        Minutes of the Full Council held on May 1, 2018 @ 19:00
        Present:
        Councillor Sally Loates (In the Chair)
        • TO ELECT A CHAIRMAN / MAYOR FOR THE ENSUING YEAR
        The Chairman opened the meeting and requested nominations for Chairman.
        At the request of Councillor Dobbie a recorded vote was taken as follows: –
        Councillor Hopkinson
        For Councillors: – C Davies, T Davies, Hopkinson, Hopper, Schofield
        Councillor Craig
        For Councillors: – Clarke, Cook, Dobbie, Key, Loates, Panter, Ward
        RESOLVED that the 2018 / 2019 Chairman / Mayor is Councillor Craig.""");
    assertThat(m.items()).extracting(MinuteItem::title).containsExactly("TO ELECT A CHAIRMAN / MAYOR FOR THE ENSUING YEAR");
  }

  @Test
  void minutes_numbered_twice_take_the_reference_beside_each_ordinal_heading() {
    Minutes m = minutes("""
        MINUTES OF A MEETING OF ARNE PARISH COUNCIL held in Village Hall on Thursday, 18th October 2012 at 7.00 pm
        1. DECLARATIONS OF INTEREST
        12/123     Chairman to ask councillors for any Declarations of Disclosable Pecuniary Interest.
        2. APOLOGIES
        12/124     There were apologies for absence from Mrs BJ Kenward (family).
        3. MINUTES
        12/125     Mr T Heritage proposed and Mr M Frenchman seconded the motion it was RESOLVED that
                   the Minutes of the last meeting were confirmed as a true record.""");
    assertThat(m.items()).extracting(MinuteItem::number).containsExactly("12/123", "12/124", "12/125");
    assertThat(titles(m)).containsExactly("DECLARATIONS OF INTEREST", "APOLOGIES", "MINUTES");
    assertThat(m.items().get(1).text()).startsWith("There were apologies");
    Minutes runIn = minutes("""
        Minutes of the Extraordinary Meeting of Dorrington Parish Council held on Tuesday 17 October 2023
        1. Chairperson's welcome: 065/23 The Chairman welcomed everyone to the meeting.
        2. Apologies and reasons for absence: 066/23: Cllrs Bell and Bailey sent their apologies.
        3. Banking: 067/23: All Cllrs agreed that the most appropriate bank account would be the Lloyds account.""");
    assertThat(runIn.items()).extracting(MinuteItem::number).containsExactly("065/23", "066/23", "067/23");
    assertThat(runIn.items().get(2).resolutions()).extracting(Resolution::text)
        .containsExactly("that the most appropriate bank account would be the Lloyds account.");
  }

  @Test
  void a_date_beside_an_aside_that_names_the_next_meeting_is_the_meetings() {
    Minutes m = minutes("""
        Minutes of a meeting of the Community Council held at the Community Centre on
        31.01.2018 (Subject to confirmation at the next meeting).
        1. APOLOGIES– Cllrs Huw Jones, Tony Killow.
        2. MINUTES – The minutes of the meeting held on 20th December 2017 were confirmed as a correct record.""");
    assertThat(m.date()).isEqualTo(java.time.LocalDate.of(2018, 1, 31));
    assertThat(titles(m)).containsExactly("APOLOGIES", "MINUTES");
  }

  @Test
  void the_minutes_an_item_approves_under_a_numbered_heading_are_not_a_second_opening() {
    Minutes m = minutes("""
        Licensing Committee
        Wednesday, 25th November, 2009 6.30 pm
        Item Description Resolution
        12 APOLOGIES FOR ABSENCE
        No apologies for absence were received.
        13 DECLARATION OF INTERESTS
        There were no interests declared.
        14 MINUTES
        Minutes of the Meeting held on Wednesday, 9th September, 2009
        RESOLVED THAT:
        The minutes of the meeting held on 9 September 2009 be approved as a correct record.""");
    assertThat(m.date()).isEqualTo(java.time.LocalDate.of(2009, 11, 25));
    assertThat(m.items()).extracting(MinuteItem::number).containsExactly("12", "13", "14");
  }

  @Test
  void references_on_some_headings_only_leave_the_ordinals() {
    Minutes m = minutes("""
        Minutes of the Annual Parish Meeting held on Wednesday 9 May, 2018
        1. Welcome
        The Chairman welcomed all present
        2. Minutes of the Annual Parish Meeting 2017 (18/01)
        The minutes of the meeting held 10 May 2017 were accepted as a true record.
        3. Personal Representation (18/02)
        No members of the public present.""");
    assertThat(m.items()).extracting(MinuteItem::number).containsExactly("1", "2", "3");
  }

  @Test
  void a_township_title_block_over_motions_supported_and_a_sentence_on_the_last_minutes() {
    Minutes m = minutes("""
        LYONS TOWNSHIP REGULAR MEETING
        November 4, 2019
        The meeting was called to order at 7:00 pm by Supervisor Babcock with the Pledge of Allegiance to
        the Flag. Board members present were: J. Heckman, R. Scheurer, J. Thelen, T. Thelen.
        Minutes of the meeting of October 7, 2019 were presented for review. A motion was made by
        Treasurer J. Thelen, supported by Trustee T. Thelen to approve the minutes as amended. Motion
        carried.
        CORRESPONDENCE: None
        TREASURER’S REPORT: It was moved by Trustee T. Thelen, supported by Trustee Scheurer to
        approve the Treasurer’s report as presented. Motion carried. Bills in the amount of $20,167.20
        were presented for payment. A motion to
        pay the bills was made by T. Thelen, supported by Scheurer. Motion carried.""");
    assertThat(m.committee()).isEqualTo("LYONS TOWNSHIP REGULAR MEETING");
    // the decision before the first heading keeps no title: the title block names the meeting, not its business
    assertThat(m.items().get(0).title()).isNull();
    assertThat(m.items().get(0).resolutions()).extracting(Resolution::text).containsExactly("approve the minutes as amended.");
    assertThat(m.items().get(0).resolutions().get(0).secondedBy()).isEqualTo("T. Thelen");
    assertThat(m.items()).flatExtracting(MinuteItem::resolutions).extracting(Resolution::text)
        .contains("approve the Treasurer’s report as presented.");
    assertThat(m.items()).flatExtracting(MinuteItem::resolutions).extracting(Resolution::text)
        .anyMatch(t -> t.startsWith("pay the bills"));
  }

  @Test
  void a_title_block_in_the_margins_labels_gives_the_meetings_day_beside_them() {
    Minutes m = minutes("""
        CITY OF SOUTH SALT LAKE CITY COUNCIL MEETING
        COUNCIL MEETING\tWednesday, April 25, 2012
        \t7:00 p.m.
        CITY OFFICES\t220 East Morris Avenue – Suite 200
        PRESIDING\tCouncil Vice-Chair Michael Rutter
        CONDUCTING\tCouncil Member LeRoy Turner
        APPROVAL OF MINUTES\tMarch 28, 2012 Work Meeting
        \tCouncil Member Fitts moved to approve these minutes.
        PUBLIC COMMENT\tNone.
        ORDINANCES\tAn ordinance amending the city code was read.""");
    assertThat(m.date()).isEqualTo(java.time.LocalDate.of(2012, 4, 25));
    assertThat(titles(m)).contains("APPROVAL OF MINUTES", "ORDINANCES");
  }

  @Test
  void a_heading_in_the_margin_repeated_beside_the_text_is_one_minute() {
    Minutes m = minutes("""
        MINUTES OF THE REGULAR MEETING OF
        THE MAYOR AND BOARD OF TRUSTEES
        OF THE VILLAGE OF MOUNT PROSPECT
        November 6, 2007
        CALL TO ORDER
        Mayor Wilks called the meeting to order at 7: 13 p.m.
        PLEDGE OF ALLEGIANCE
        Mayor Wilks led the Pledge of Allegiance.
        APPROVE BILLS &
        FINANCIALS
        APPROVE BILLS and FINANCIALS
        Mayor Wilks stated the next item on the agenda was noted by an asterisk.""");
    assertThat(titles(m)).containsExactly("CALL TO ORDER", "PLEDGE OF ALLEGIANCE", "APPROVE BILLS and FINANCIALS");
  }

  @Test
  void headings_in_capitals_after_a_motions_result_and_headings_that_say_nothing_came_under_them() {
    Minutes m = minutes("""
        A meeting of Council was held Monday April 14, 2014 in the Council Chambers, Town Hall,
        Collingwood commencing at 5:00pm.
        Members of Council Present: Mayor Cooper
        ADOPTION OF AGENDA
        No. 146 Moved by Deputy Mayor Lloyd
        Seconded by Councillor Edwards
        THAT the content of the Council Agenda for April 14th, 2014 be adopted as amended.
        CARRIED
        DECLARATIONS OF PECUNIARY INTEREST AND/OR RECEIPT OF GIFT (over $200) - Nil
        ADOPTION OF MINUTES
        No. 147 Moved by Councillor Edwards
        Seconded by Deputy Mayor Lloyd
        THAT the minutes of the regular meeting of Council held April 7th, 2014 be approved as amended.
        CARRIED
        BUSINESS ARISING FROM THE PREVIOUS MINUTES - Nil
        COMMUNITY ANNOUNCEMENTS
        Council reported on various community events they had attended and announced upcoming events.
        DEPUTATION - Nil""");
    assertThat(titles(m)).containsExactly("ADOPTION OF AGENDA", "DECLARATIONS OF PECUNIARY INTEREST AND/OR RECEIPT OF GIFT (over $200)",
        "ADOPTION OF MINUTES", "BUSINESS ARISING FROM THE PREVIOUS MINUTES", "COMMUNITY ANNOUNCEMENTS", "DEPUTATION");
    assertThat(m.items().get(0).resolutions()).extracting(org.agendasearch.ingest.model.Resolution::text)
        .containsExactly("THAT the content of the Council Agenda for April 14th, 2014 be adopted as amended.");
    assertThat(m.items().get(2).resolutions()).hasSize(1);
  }

  @Test
  void a_decimal_outline_numbers_its_sections_one_point_nought_and_its_minutes_under_them() {
    Minutes m = minutes("""
        Miontuairiscí / Meeting Minutes
        Ordinary Meeting 10th June 2013, Council Chamber
        Members Present: Councillors Joe Bonner, Sirena Campbell
        Officials in Attendance:
        County Manager: Jackie Maguire
        Directors of Service: Tadhg McDonnell, Kevin Stewart
        Meetings Administrator: Shane Donnelly
        1.0 Confirmation of Minutes
        1.1 Confirmation of minutes of Ordinary meeting held on 13th May, 2013.
        The minutes of Ordinary meeting held on 13th May, 2013 were confirmed on the proposal of Councillor Francis
        Deane and seconded by Councillor John V. Farrelly.
        2.0 Matters arising from the Minutes
        No matters arising.""");
    assertThat(m.items()).extracting(MinuteItem::number).containsExactly("1.0", "1.1", "2.0");
    assertThat(m.items().get(1).resolutions()).hasSize(1);
  }

  @Test
  void a_heading_in_capitals_after_the_staff_list_when_a_sentence_follows_it() {
    Minutes m = minutes("""
        TOWNSHIP OF SOUTH-WEST OXFORD
        COUNCIL MEETING MINUTES
        July 19, 2011
        MEMBERS PRESENT:
        Mayor: David Mayberry
        STAFF PRESENT:
        Mary Ellen Greb, CAO
        Dianne Harnett, Deputy Clerk
        MEETING CALLED TO ORDER
        The meeting was called to order at 9:02 a.m. by Mayor David Mayberry.
        APPROVAL OF AGENDA
        Resolution No. 1
        Moved by Ron Sackrider
        Seconded by Gerry Mitchell
        RESOLVED that the agenda for the July 19, 2011 meeting of Council be approved.""");
    assertThat(titles(m)).containsExactly("MEETING CALLED TO ORDER", "APPROVAL OF AGENDA");
  }

  @Test
  void a_title_block_under_a_dated_running_title_and_standing_business_in_title_case() {
    Minutes m = minutes("""
        Ordinary Council Meeting Minutes 23 July 2020
        MINUTES
        COFFS HARBOUR CITY COUNCIL
        Ordinary Council Meeting
        COUNCIL ADMINISTRATION BUILDING
        ON
        Thursday, 23 July 2020 AT 5.00pm
        PRESENT: Cr Denise Knight, Cr Michael Adendorff, Cr Paul Amos
        Opening of Ordinary Meeting
        The meeting commenced at 5.00pm with the Mayor, Cr D Knight in the chair.
        Acknowledgement of Country
        We respectfully acknowledge the traditional custodians of the land on which we meet.
        Apologies
        No apologies.
        Confirmation of Minutes
        2020/152
        Resolved (Cr George Cecato / Cr Paul Amos)
        That the minutes of the Ordinary Meeting held on 9 July 2020 be confirmed.
        Carried""");
    assertThat(titles(m)).containsExactly("Opening of Ordinary Meeting", "Acknowledgement of Country", "Apologies",
        "Confirmation of Minutes");
    assertThat(m.items().get(3).resolutions()).extracting(Resolution::text)
        .containsExactly("That the minutes of the Ordinary Meeting held on 9 July 2020 be confirmed.");
  }

  @Test
  void infocouncil_minutes_a_table_of_who_was_present_then_run_in_business_and_bracketed_movers() {
    Minutes m = minutes("""
        Council Meeting 28 September 2021
        Minutes of Ordinary Council Meeting held remotely and livestreamed on
        Council’s website on 28 September 2021
        Meeting commenced at 6.30pm
        Present:
        Rochelle Porteous Mayor
        Pauline Lockie Deputy Mayor
        Mark Drury Councillor
        Peter Gainsford General Manager
        APOLOGIES: Nil
        DISCLOSURES OF INTERESTS:
        Councillor Lockie declared a non-significant, non-pecuniary interest in Item 3 Infrastructure
        Contribution Reforms Status Update as it refers to the City of Sydney and she works there.
        Motion: (Porteous/McKenna OAM)
        THAT Council note the disclosure of interest.
        Motion Carried
        For Motion: Crs Byrne, Da Cruz, Drury, Hesse, Iskandar, Kiat, Lockie,
        Macri, McKenna OAM, Passas, Porteous, Raciti,
        Stamolis, Steer and York
        Against Motion: Nil""");
    assertThat(titles(m)).containsExactly("APOLOGIES", "DISCLOSURES OF INTERESTS");
    var r = m.items().get(1).resolutions().get(0);
    assertThat(r.text()).isEqualTo("THAT Council note the disclosure of interest.");
    assertThat(r.movedBy() + "/" + r.secondedBy()).isEqualTo("Porteous/McKenna OAM");
    assertThat(r.votes().inFavour()).isEqualTo(15);
    assertThat(r.votes().against()).isZero();
  }

  @Test
  void a_time_labelled_in_a_cell_beside_the_list_of_who_was_present() {
    Pack p = PackParser.parse("t.pdf", "0", List.of(new Page(1, """
        THE TOWNSHIP OF ORO- MEDONTE
        REGULAR COUNCIL MEETING MINUTES
        Council Chambers
        Wednesday, June 27, 2012
        Present:    Mayor H.S. Hughes                                                TIME: 6:04 p.m.
        Deputy Mayor Ralph Hough
        1. CALL TO ORDER - PRIVATE PRAYER/MOMENT OF REFLECTION:
        Mayor H.S. Hughes assumed the Chair and called the meeting to order followed by a private
        prayer /moment of reflection.
        2. ADOPTION OF THE AGENDA:
        Moved by Crawford, Seconded by Meyer
        Be it resolved that the agenda for the Council meeting of Wednesday, June 27, 2012 be received and adopted.
        Carried.""", false)), List.of());
    assertThat(p.meeting().time()).isEqualTo(java.time.LocalTime.of(18, 4));
    assertThat(p.minutes().get(0).items()).extracting(MinuteItem::number).containsExactly("1", "2");
  }

  @Test
  void an_agendas_roll_call_above_its_title_opens_no_minutes() {
    Pack p = PackParser.parse("t.pdf", "0", List.of(new Page(1, """
        MORRO BAY CITY COUNCIL
        REGULAR MEETING -JANUARY 28, 1985
        RECREATION HALL -7:30 P.M.
        ROLL CALL
        PLEDGE OF ALLEGIANCE
        AGENDA
        INVOCATION -LANCE POLDBERG, CALVARY LUTHERN CHURCH
        A. PUBLIC HEARINGS, REPORTS & APPEARANCES
        A-1 ORDINANCE NO. 269 AMENDING CERTAIN SECTIONS OF THE MUNICIPAL CODE
        A-2 STUDY SESSION AND PUBLIC DISCUSSIONS OF CITY'S UNALLOCATED RESERVE FUNDS
        B. UNFINISHED BUSINESS
        NONE
        C. NEW BUSINESS
        C-1 QUARTERLY REPORT ON WATER PROJECTS
        C-2 REPORT ON WELL RELOCATION STUDY
        C-3 AIR POLLUTION CONTROL DISTRICT LEASE AGREEMENT""", false)), List.of());
    assertThat(p.minutes()).isEmpty();
    assertThat(p.kind()).isEqualTo(org.agendasearch.ingest.model.DocumentKind.AGENDA_PACK);
  }

  @Test
  void a_summons_whose_items_name_the_minutes_they_approve_is_an_agenda() {
    Pack p = PackParser.parse("t.pdf", "0", List.of(new Page(1, """
        20th March 2019.
        To: The Cathaoirleach and Members of Westmeath County Council
        I should be obliged if you would arrange to attend the March Monthly Meeting of Westmeath
        County Council, to be held on Monday next, 25th March at 3.00pm in Council Chamber, Áras
        an Chontae, Mullingar to consider the items set out on the Agenda hereunder.
        Billy Coughlan
        Meetings Administrator
        1. Miontuairiscí
        (i) To approve the minutes of the February Monthly Meeting of Westmeath County
        Council held in Council Chambers, Áras an Chontae, Mullingar on Monday, 25th February
        2019 at 3:00 pm.
        Minutes of February Monthly Meeting of WMCC 25th February 2019
        (ii) To note the minutes of CPG meeting of Westmeath County Council held in the Board
        Room, Áras an Chontae, Mullingar on Wednesday, 20th February 2019 at 8.30 a.m.
        Minutes of CPG Meeting 20th February 2019
        2. Management Report
        3. Chief Executive Orders
        4. Disposal of Land/Property""", false)), List.of());
    assertThat(p.minutes()).isEmpty();
    assertThat(p.kind()).isEqualTo(org.agendasearch.ingest.model.DocumentKind.AGENDA_PACK);
    assertThat(p.agendaItems()).extracting(org.agendasearch.ingest.model.AgendaItem::number).containsExactly("1", "2", "3", "4");
  }

  @Test
  void a_bilingual_councils_name_in_english_above_its_welsh_and_running_numbers_in_brackets() {
    Pack p = PackParser.parse("t.pdf", "0", List.of(new Page(1, """
        WELSH ST DONATS COMMUNITY COUNCIL
        CYNGOR CYMUNED LLANDDWUDD
        MINUTES OF COMMUNITY COUNCIL REMOTE MEETING ON 23rd June 2020
        PRESENT: Councillors Emma Hall (Vice Chair), Mark Hastings, Nick Craddock and Graham Duffield.
        1 (547) PUBLIC FORUM: No member of the public attended the meeting and no requests for items for the agenda
        had been received. It was agreed to consult OVW for advice on possible ways of including members of the public in
        remote meetings.
        2 (548) RECEIVE APOLOGIES: Councillors Ann Thomas, Peter Castle and Glyn Jenkins
        3 (549) DECLARATION OF MEMBERS’ INTERESTS: None.
        4 (550) MINUTES AND AGENDA: Minutes of the meeting on 3rd March 2020 and the agenda for this meeting were
        approved and signed.
        5. (551) POLICE REPORT: No report had been received, but it was agreed to invite a representative of SW Police to
        future remote meetings.
        6 .(552) REPORT FROM COUNTY COUNCILLOR MICHAEL MORGAN: No report had been received, but it was
        agreed to extend an invitation to attend future remote meetings.""", false)), List.of());
    assertThat(p.minutes()).hasSize(1);
    assertThat(p.minutes().get(0).items()).extracting(MinuteItem::number).containsExactly("1", "2", "3", "4", "5", "6");
    assertThat(p.minutes().get(0).items()).extracting(i -> i.resolutions().size()).containsExactly(1, 0, 0, 1, 1, 1);
    assertThat(p.minutes().get(0).items().get(5).resolutions().get(0).text()).startsWith("to extend an invitation");
    assertThat(p.meeting().committee()).isEqualToIgnoringCase("Welsh St Donats Community Council");
    assertThat(titles(p.minutes().get(0))).startsWith("PUBLIC FORUM", "RECEIVE APOLOGIES", "DECLARATION OF MEMBERS’ INTERESTS");
  }

  @Test
  void lettered_parts_under_an_unnumbered_heading_among_unnumbered_headings_and_the_roll_call_as_a_heading() {
    Minutes m = minutes("""
        SYCAMORE CITY COUNCIL – REGULAR MEETING
        MINUTES OF APRIL 20, 2015
        ROLL CALL
        Mayor Ken Mundy called the meeting to order at 7:00 p.m. and City Clerk Candy Smith called the roll. Those
        Alderpersons present were: Alan Bauer, Steven Braser and Janice Tripp.
        INVOCATION
        Deacon Chuck Ridulph of St. John Lutheran Church gave the invocation.
        AUDIENCE TO VISITORS
        None came forward to address the council.
        CONSENT AGENDA
        A. Approval of the Minutes for the Regular City Council Meeting of April 6, 2015.
        B. Plan Commission Minutes from the Meeting of March 9, 2015.
        C. Payment of the Bills for April 20, 2015 in the amount of $236,278.63.
        Motion
        Alderperson Bauer moved to approve the Consent Agenda and Alderperson Braser seconded the motion.""");
    assertThat(titles(m)).containsExactly("ROLL CALL", "INVOCATION", "AUDIENCE TO VISITORS", "CONSENT AGENDA");
    assertThat(m.items().get(3).resolutions()).extracting(Resolution::text).singleElement().asString().startsWith("approve the Consent Agenda");
  }

  @Test
  void the_roll_call_above_its_list_of_who_was_present_is_a_heading() {
    Minutes m = minutes("""
        MINUTES OF A REGULAR MEETING OF COUNCIL HELD ON MONDAY, MARCH 11, 1996, AT 9:30 A.M.
        ROLL CALL
        Present Were:
        Mayor D. Hamre
        Councillor A. Dreslinski
        Councillor J. Rowe
        MINUTES OF PREVIOUS MEETING
        Resolution #C-185-96
        Moved by Councillor Rowe, seconded by Councillor Dreslinski
        THAT the minutes of a regular meeting of Council held on February 26, 1996, be approved.
        "CARRIED\"""");
    assertThat(titles(m)).containsExactly("ROLL CALL", "MINUTES OF PREVIOUS MEETING");
  }

  @Test
  void headings_in_a_column_wrapped_over_two_lines_and_a_passive_decision_after_its_proposer() {
    Minutes m = minutes("""
        MINUTES OF APRIL MONTHLY MEETING OF OFFALY COUNTY COUNCIL HELD IN ÁRAS
        AN CHONTAE, TULLAMORE ON MONDAY, 16TH APRIL 2012 AT 2.00 P.M.
        PRESENT: Cllr. D. Owens (Presiding), Cllrs. N. Bourke, M. Buckley, J. Butterfield, J. Carroll,
        P. Clendennen, D. Dolan, E. Dooley, S. Dooley and P. Rowland, Members of the Council.
        VOTES OF
        SYMPATHY:
        Votes of sympathy were unanimously extended to the following:-
        Marie Dillon-Spain, staff member of Offaly County Council on the death of her father, John.
        CONFIRMATION OF
        MINUTES:
        On the proposal of Cllr. M. Buckley, seconded by Cllr. D. Dolan, the minutes of
        March Monthly Meeting held in Áras an Chontae on 26th March 2012 were
        agreed and adopted.
        MINUTES FOR
        NOTING:
        The following minutes were noted: -
        - Corporate Policy Group Meeting held on 20th February 2012.""");
    assertThat(titles(m)).containsExactly("VOTES OF SYMPATHY", "CONFIRMATION OF MINUTES", "MINUTES FOR NOTING");
    assertThat(m.items().get(1).resolutions()).extracting(Resolution::text).singleElement().asString()
        .startsWith("the minutes of March Monthly Meeting");
  }

  @Test
  void standing_business_makes_the_other_headings_in_capitals_minutes_and_one_ends_the_list_of_who_was_present() {
    Minutes m = minutes("""
        MINUTES OF Ordinary Meeting
        Held at Council Chambers, HORNSBY
        on Wednesday, 21 April, 2010
        at 6.31pm
        PRESENT
        Councillors Berman (Chairman), Chopra, Evans, Hutchence, Martin, Mills and Smart
        NATIONAL ANTHEM
        OPENING PRAYER
        Father Jim McKeon from the Catholic Cathedral opened the Meeting in prayer.
        ABORIGINAL RECOGNITION
        Statement by the Chairman:
        "We recognise the traditional inhabitants of the land we are meeting on tonight."
        APOLOGIES / leave of absence
        RESOLVED ON THE MOTION OF COUNCILLOR EVANS, seconded by COUNCILLOR
        MARTIN,
        THAT the apologies from Councillors McMurdo, Russell and Browne be accepted.
        presentations
        Nil""");
    assertThat(titles(m)).containsExactly("NATIONAL ANTHEM", "OPENING PRAYER", "ABORIGINAL RECOGNITION", "APOLOGIES / leave of absence",
        "presentations");
    assertThat(m.items().get(3).resolutions()).extracting(Resolution::text).singleElement().asString()
        .startsWith("THAT the apologies from Councillors");
  }

  @Test
  void an_iqm2_motion_its_result_and_its_vote_rows_are_no_headings() {
    Minutes m = minutes("""
        Minutes of a Meeting of the Council of the Regional Municipality of Wood Buffalo held in the
        Council Chamber at the Municipal Offices in Fort McMurray, Alberta, on Tuesday, April 10,
        2018, commencing at 6:00 PM.
        Present:
        Don Scott, Mayor
        Mike Allen, Councillor
        CALL TO ORDER
        Mayor D. Scott called the meeting to order at 3:00 p.m.
        MOTION TO MOVE IN CAMERA
        Motion to Move in Camera
        MOTION:
        THAT the Council Meeting move in camera pursuant to sections 23(1) and 24(1) of the
        Freedom of Information and Protection of Privacy Act.
        RESULT: CARRIED [UNANIMOUS]
        MOVER: Verna Murphy, Councillor
        SECONDER: Jane Stroud, Councillor
        FOR: Scott, Allen, Balsom
        ABSENT: Peddle""");
    assertThat(titles(m)).doesNotContain("MOVER", "SECONDER", "FOR", "ABSENT");
    assertThat(m.items()).flatExtracting(MinuteItem::resolutions).extracting(Resolution::text).singleElement().asString()
        .startsWith("THAT the Council Meeting move in camera");
  }

  @Test
  void a_decision_with_no_heading_above_it_is_kept_in_a_minute_without_heading_and_said() {
    Pack p = PackParser.parse("t.pdf", "0", List.of(new Page(1, """
        MINUTES OF MAYO COUNTY COUNCIL MEETING HELD ON MONDAY, 18th JULY, 2005, AT 2.00 p.m.
        At the outset, it was -
        Proposed by Cllr. H. Kenny
        Seconded by Cllr. T. Quinn
        Resolved:-
        “That “Standing Orders” be suspended in order to allow discussion on the release of the Rossport Five.”""", false)),
        List.of());
    assertThat(p.quality()).anyMatch(w -> w.startsWith("decisions before any minute heading, kept under no heading (page 1)"));
    MinuteItem headless = p.minutes().get(0).items().get(0);
    assertThat(headless.number()).isNull();
    assertThat(headless.title()).isNull();
    assertThat(headless.resolutions()).extracting(Resolution::text).singleElement().asString()
        .startsWith("“That “Standing Orders” be suspended");
    assertThat(p.minutes().get(0).committee()).isEqualTo("MAYO COUNTY COUNCIL");
  }

  @Test
  void minutes_that_say_the_body_met_in_session_and_print_no_headings_keep_their_motions() {
    Minutes m = minutes("""
        TIPTON, IOWA January 3, 2017
        The Cedar County Board of Supervisors met in regular session at 8:30 a.m., January 3,
        2017 with the following members present: Agne, Bell, Gaul, Kaufmann and Smith.
        The Board viewed correspondence from various agencies.
        Moved by Kaufmann seconded by Gaul to approve the agenda.
        Ayes: Smith, Agne, Gaul, Kaufmann
        Nay: Bell
        Sup. Agne reviewed the 2017 Heartland training sessions schedule.
        Moved by Gaul seconded by Kaufmann to approve Claim Disbursements #408740 -
        #408840.""");
    assertThat(m.committee()).isEqualTo("Cedar County Board of Supervisors");
    assertThat(m.date()).isEqualTo(java.time.LocalDate.of(2017, 1, 3));
    assertThat(m.items()).singleElement().satisfies(i -> assertThat(i.title()).isNull());
    assertThat(m.items().get(0).resolutions()).extracting(Resolution::text)
        .containsExactly("approve the agenda.", "approve Claim Disbursements #408740 - #408840.");
  }

  @Test
  void minutes_that_open_saying_the_meeting_was_held_and_motions_moved_and_seconded_over_their_words() {
    Minutes m = minutes("""
        The Council’s Regular Monthly Meeting was held on Monday, December 14, 2015 at 7: pm in
        the Municipal Office, Board room.
        Approval of Agenda
        Copies of the agenda were included in the council’s package.
        It was moved by Councillor Gerald Keough and seconded by Councillor Jeff Hackett:
        That the agenda be approved with the addition under New Business, section 8.b and c.
        Motion Carried
        Approval of Minutes
        It was moved by Councillor Debbie Fennessey and seconded by Councillor Angel Murphy:
        That the minutes of the Council’s Regular Monthly Meeting of November 9th, 2015 be
        approved as presented. Motion Carried""");
    assertThat(m.date()).isEqualTo(java.time.LocalDate.of(2015, 12, 14));
    assertThat(m.items()).extracting(MinuteItem::title).containsExactly("Approval of Agenda", "Approval of Minutes");
    Resolution agenda = m.items().get(0).resolutions().get(0);
    assertThat(agenda.text()).startsWith("That the agenda be approved with the addition");
    assertThat(agenda.movedBy() + "/" + agenda.secondedBy()).isEqualTo("Gerald Keough/Jeff Hackett");
    assertThat(m.items().get(1).resolutions()).extracting(Resolution::text).singleElement().asString()
        .startsWith("That the minutes of the Council’s Regular Monthly Meeting of November 9th, 2015 be approved");
  }

  @Test
  void minutes_whose_heading_gives_no_date_take_the_day_of_the_motion_that_called_the_meeting_to_order() {
    Minutes m = minutes("""
        Council Meeting Minutes
        Council Meeting
        Location:        Council Chambers - Hybrid
        60 Snyder's Road West
        Members Present: Mayor N. Salonen
        Councillor S. Cressman
        1. Call to Order
        Moved by:          Councillor S. Martin
        Seconded by:       Councillor S. Cressman
        THAT the Regular Council Meeting held on May 27, 2024 be called to order at 6:04
        p.m.
        Motion Carried Unanimously, By All Members Present""");
    assertThat(m.date()).isEqualTo(java.time.LocalDate.of(2024, 5, 27));
    assertThat(m.items()).extracting(MinuteItem::number).containsExactly("1");
  }

  @Test
  void a_meeting_page_with_the_minutes_under_each_agenda_item_is_minutes() {
    Minutes m = minutes("""
        Meeting Details
        Meeting Summary
        Full Council
        19 May 2025 - 18:30 to 19:53
        Agenda
        Members are invited to a Meeting of the Full Council
        to be held in the Conference Room, Riverside,
        on Monday, 19 May 2025 at 6:30 PM
        Open To The Public
        1 Election of a Chair
        To elect a Chair of East Suffolk Council for the 2025 / 2026 municipal year.
        1
        On the proposition of Councillor Topping, seconded by Councillor Whitelock, Councillor Speca was
        nominated as Chair of the Council.
        RESOLVED
        That Councillor Speca be elected as Chair of East Suffolk Council for the 2025/26 municipal year.""");
    assertThat(m.date()).isEqualTo(java.time.LocalDate.of(2025, 5, 19));
    assertThat(titles(m)).containsExactly("Election of a Chair");
    assertThat(m.items().get(0).resolutions()).extracting(org.agendasearch.ingest.model.Resolution::text)
        .containsExactly("That Councillor Speca be elected as Chair of East Suffolk Council for the 2025/26 municipal year.");
  }

  @Test
  void headings_numbered_under_a_minute_are_minutes_and_numbered_paragraphs_are_not() {
    Minutes m = minutes("""
        Minutes of the Committee of the Whole Meeting Open to the Public
        Monday, April 9, 2018 at 4:30 p.m.
        Present: Mayor Don Darling
        1. Meeting Called To Order
        The Mayor called the Committee of the Whole Open Session Meeting to order.
        1.2 Disclosures of Conflict of Interest
        The City Manager advised members of the process to declare a conflict of interest.
        2. Budget Report
        2.1 The Committee considered the report of the Treasurer on the year's spending.
        RESOLVED that the report be received.""");
    assertThat(m.items()).extracting(MinuteItem::number).containsExactly("1", "1.2", "2");
  }

  @Test
  void minutes_without_headings_take_each_items_wording_from_the_sentence_above_its_motion() {
    Minutes m = minutes("""
        MINUTES OF THE REGULAR SESSION
        OF THE CITY COUNCIL OF THE CITY OF BAYTOWN
        August 12, 2004
        The meeting was opened with a quorum present and the following business was conducted:
        Consider approval of minutes of the work session held on July 22, 2004.
        Council Member Mahan moved approval of the minutes of the work session held on July 22, 2004.
        Council Member Murray seconded the motion. The vote follows:
        Ayes: Council Members Anderson, Mahan, Murray, Renteria, and Sheley.
        Nays: None.
        The motion carried.
        Consider approval of the minutes of the special meeting held on July 30, 2004.
        Council Member Mahan moved approval of the minutes of the special meeting held on July 30, 2004.
        Council Member Sheley seconded the motion.
        The motion carried.""");
    assertThat(m.committee()).isEqualTo("CITY COUNCIL");
    assertThat(titles(m)).containsExactly("Consider approval of minutes of the work session held on July 22, 2004.",
        "Consider approval of the minutes of the special meeting held on July 30, 2004.");
    assertThat(m.items()).allSatisfy(i -> assertThat(i.resolutions()).hasSize(1));
    assertThat(m.items().get(1).resolutions().get(0).movedBy()).isEqualTo("Mahan");
  }

  @Test
  void lettered_parts_under_a_minute_are_minutes() {
    Minutes m = minutes("""
        City Commission Meeting
        Minutes
        September 26, 2023, 5:30 pm
        Present: Mayor Ken Johnson
        4. Roll Call
        As recorded above
        5. Honors, Awards, and Presentations
        5.a Commendation Letter Presentation to Muskegon Fire Department
        from Lakeside Aerie #3306
        Mayor Johnson read and presented a Letter of Commendation to the Fire Department.
        6. Public Comment on Agenda Items
        None.""");
    assertThat(m.items()).extracting(MinuteItem::number).containsExactly("4", "5", "5.a", "6");
    assertThat(titles(m).get(2)).startsWith("Commendation Letter Presentation to Muskegon Fire Department");
  }

  @Test
  void the_body_named_above_the_minutes_title_is_no_minute_and_a_date_split_over_lines_is_read() {
    Minutes m = minutes("""
        BARCOO SHIRE COUNCIL
        MINUTES OF THE ORDINARY MEETING OF THE BARCOO SHIRE
        COUNCIL HELD AT THE INFORMATION CENTRE, , ON MONDAY 10th
        NOVEMBER 2008 COMMENCING AT 9:06AM
        ATTENDANCE:
        Councillors B Scott (Mayor), M Pratt (Deputy Mayor), I Groves
        APOLOGIES
        Nil
        CONFIRMATION OF MEETING MINUTES
        RESOLUTION: That the minutes of the General Meeting be confirmed as a true account of the events.
        Moved: Cr Hubbard Seconded: Cr Groves CARRIED: 5/0""");
    assertThat(m.date()).isEqualTo(java.time.LocalDate.of(2008, 11, 10));
    assertThat(titles(m)).contains("CONFIRMATION OF MEETING MINUTES").doesNotContain("BARCOO SHIRE COUNCIL");
  }

  @Test
  void an_agenda_that_recommends_is_no_minutes() {
    Pack p = PackParser.parse("t.pdf", "0", List.of(new Page(1, """
        AGENDA
        Cabinet
        Monday, 19 May 2025 at 6:30 PM
        1. Budget Monitoring
        RECOMMENDED – that the report be noted.
        2. Housing Strategy
        Recommendation: That Cabinet approves the strategy.""", false)), List.of());
    assertThat(p.minutes()).isEmpty();
    assertThat(p.agendaItems()).hasSize(2);
  }

  @Test
  void sections_that_number_their_own_items_from_1_keep_every_item() {
    Minutes m = minutes("""
        Rivergrove City Council Meeting Minutes
        December 10, 2018
        UNFINISHED BUSINESS
        1. Review of Notice of Decision for a development permit application
        Motion: Councilor Tuttle moved to approve the final findings. The motion passed 5-0.
        CONSENT AGENDA
        1. Minutes from the November 14, 2018 City Council Meeting
        Motion: Councilor Nyberg moved to accept the November 14, 2018 minutes with the following
        amendment. Councilor Tuttle seconded the motion. It passed 4-0.
        1. Note that there was an inconsistency in the duplex plans presented to Council.
        2. Financials – November 2018
        Motion: Mayor Kibbey moved to accept the November 2018 financials as presented. Councilor Nyberg
        seconded the motion. It passed 5-0.
        COMMITTEE REPORTS
        1. Transportation
        Councilor Bahrman will no longer be the transportation chair.
        2. Parks
        The water was shut off in all the City parks.
        3. Giving
        None.""");
    assertThat(titles(m)).containsExactly("Review of Notice of Decision for a development permit application",
        "Minutes from the November 14, 2018 City Council Meeting", "Financials – November 2018",
        "Transportation", "Parks", "Giving");
    assertThat(m.items().get(2).resolutions()).extracting(Resolution::text)
        .singleElement().asString().startsWith("accept the November 2018 financials");
  }

  @Test
  void a_consent_calendars_one_vote_is_the_calendars_decision() {
    Minutes m = minutes("""
        Planning Commission Minutes
        January 27, 2020
        3. PUBLIC COMMENT
        None.
        4. APPROVAL OF CONSENT CALENDAR
        1. June 10, 2019 Planning Commission Minutes
        Adopt the June 10, 2019 Planning Commission minutes.
        2. Planning Commission Meeting Calendar 2020
        Approve the proposed Planning Commission Meeting Schedule for Calendar Year 2020.
        RESULT: APPROVED AS AMENDED [UNANIMOUS]
        MOVER: Garcia
        5. SPECIAL PRESENTATIONS
        None.""");
    assertThat(m.items()).extracting(MinuteItem::number).containsExactly("3", "4", "1", "2", "5");
    assertThat(m.items().get(1).resolutions()).extracting(Resolution::text).containsExactly("APPROVED AS AMENDED [UNANIMOUS]");
    assertThat(m.items().get(3).resolutions()).isEmpty();
  }

  @Test
  void items_of_a_consent_agenda_voted_one_by_one_keep_their_decisions() {
    Minutes m = minutes("""
        Council Minutes
        January 27, 2020
        4. CONSENT AGENDA
        1. Minutes of the last meeting
        Motion: Councilor Nyberg moved to accept the minutes. The motion passed 4-0.
        2. Financials – November 2018
        Motion: Mayor Kibbey moved to accept the financials as presented. It passed 5-0.
        5. ADJOURNMENT""");
    assertThat(m.items().get(0).resolutions()).isEmpty();
    assertThat(m.items().get(1).resolutions()).extracting(Resolution::text).containsExactly("accept the minutes.");
    assertThat(m.items().get(2).resolutions()).extracting(Resolution::text).containsExactly("accept the financials as presented.");
  }

  @Test
  void unnumbered_minutes_with_headings_run_in_and_on_lines_of_their_own() {
    Minutes m = minutes("""
        MINUTES OF THE MEETING OF THE TAYPORT COMMUNITY COUNCIL
        HELD IN THE BURGH CHAMBERS ON MONDAY 6 TH NOVEMBER 2023 AT 19:00 HRS
        Present: Chair: Mrs S Walker : Secretary: Mr G M Beat
        Apologies: Ms R MacCallum , Mr D Myles
        Declarations of Interest : None
        Minutes: The Minutes of the meeting held on Monday 2nd October were agreed
        Matters Arising From Previous Minutes :
        1. Pond Lane kerb still not repaired
        Police Matters : Report circulated to members .
        Treasurer’s Report
        Jim Kinnear gave a report and costs were made to repair the Telephone Box
        Fife Council and Other Correspondence
        1. A Wreath has been purchased to be placed at the Memorial.
        A.O.C.B,
        Request for funding for Auld Kirk Illumination -- Granted
        The Meeting closed at 8.50 pm
        G M Beat
        Secretary""");
    assertThat(titles(m)).containsExactly("Apologies", "Declarations of Interest", "Minutes",
        "Matters Arising From Previous Minutes", "Police Matters", "Treasurer’s Report",
        "Fife Council and Other Correspondence", "A.O.C.B");
    assertThat(m.items().get(2).resolutions()).extracting(Resolution::text)
        .containsExactly("The Minutes of the meeting held on Monday 2nd October were agreed");
    assertThat(m.items().get(7).resolutions()).extracting(Resolution::text)
        .containsExactly("Request for funding for Auld Kirk Illumination -- Granted");
  }

  @Test
  void standing_business_in_sentence_case_heads_minutes_with_no_numbers() {
    Minutes m = minutes("""
        Ordinary Meeting of Council
        Open Minutes
        Meeting Date: Thursday 17 December 2020
        Present Mayor Wise, Deputy Mayor Brosnan, Councillors Boag, Browne
        Apologies
        Council
        resolution
        That the apology from Councillors Mawson and Wright be accepted.
        Conflicts of interest
        Councillors Boag and Crown declared a conflict of interest in Item 1.""");
    assertThat(titles(m)).containsExactly("Apologies", "Conflicts of interest");
    assertThat(m.items().get(0).resolutions()).extracting(Resolution::text)
        .containsExactly("That the apology from Councillors Mawson and Wright be accepted.");
  }

  @Test
  void a_list_of_published_decisions_has_one_minute_per_decision() {
    Minutes m = minutes("""
        West Yorkshire Combined Authority
        Decisions published
        12/01/2018 - Exclusion of the Press and Public ref: 302 Recommendations Approved
        Decision Maker: Transport Committee
        Made at meeting: 12/01/2018 - Transport Committee
        Resolved: That the public be excluded from the meeting.
        12/01/2018 - Bus Services ref: 303 Recommendations Approved
        Decision Maker: Transport Committee
        Resolved: That the report be noted.""");
    assertThat(titles(m)).containsExactly("Exclusion of the Press and Public", "Bus Services");
    assertThat(m.items().get(1).resolutions()).extracting(Resolution::text).containsExactly("That the report be noted.");
  }

  @Test
  void numbered_resolutions_moved_and_seconded_with_their_result() {
    Minutes m = minutes("""
        MINUTES OF THE ORDINARY COUNCIL MEETING
        HELD ON WEDNESDAY 17 MAY 2017 AT 9.00AM
        PRESENT: Cr W Devlin (Mayor), Cr T Gallagher
        5.1 Adoption of the Budget
        RESOLUTION R2024-181
        Moved: Cr Devlin
        Seconded: Cr Gallagher
        That Council adopt the 2024/25 budget as presented.
        CARRIED
        5.2 Road Maintenance Contract
        Councilmember Chao moved to award the contract to Smith Paving. Motion passed (4 to 0).""");
    assertThat(titles(m)).containsExactly("Adoption of the Budget", "Road Maintenance Contract");
    assertThat(m.items().get(0).resolutions()).extracting(Resolution::text)
        .containsExactly("That Council adopt the 2024/25 budget as presented.");
    assertThat(m.items().get(1).resolutions()).extracting(Resolution::text)
        .containsExactly("award the contract to Smith Paving.");
  }

  @Test
  void a_list_of_dashed_lines_inside_a_numbered_minute_is_no_set_of_headings() {
    Minutes m = minutes("""
        Minutes of Parish Council Annual Meeting, 14 May 2014
        14.37 Approved absences – none.
        14.38 Declarations of interest – none.
        14.39 Election of chairperson
        Pat Clare was re-elected as Chairman.
        14.40 Appointment of Representatives
        Village Hall liaison – Mary Button
        Church/churchyard – Paul Wright
        Allotments – Paul Carter
        14.41 Minutes of the meeting held on 19 March 2014
        The minutes were approved and signed.""");
    assertThat(m.items()).extracting(MinuteItem::number).containsExactly("14.37", "14.38", "14.39", "14.40", "14.41");
  }

  @Test
  void a_long_title_ends_where_the_minutes_own_account_begins() {
    Minutes m = minutes("""
        Minutes of the Meeting of Burton-cum-Walden Parish Council held on Tuesday 4 November 2025
        4. Clerk's Report
        The Clerk reported that the grant application had been submitted to the District Council.
        5. Report from the Chairman about the school buildings of the West Burton village School
        The Chairman reported that she and the Clerk had attended a meeting with the Planning Team
        to explore what might be the planning issues if the School were to close in the next year.
        6. Precept
        It was RESOLVED that the precept for 2026/27 be set at the same level as for this year.""");
    assertThat(titles(m)).contains("Report from the Chairman about the school buildings of the West Burton village School");
  }

  @Test
  void parts_of_parts_numbered_in_three_levels() {
    Pack p = PackParser.parse("t.pdf", "0", List.of(new Page(1, """
        MINUTES OF THE OPEN SESSION OF THE DEVONPORT CITY COUNCIL HELD ON 26/10/2015 COMMENCING AT 6:30PM
        1.0\tAPOLOGIES
        The following apology was received for the meeting.
        2.0\tDECLARATIONS OF INTEREST
        There were no Declarations of Interest.
        3.0\tPROCEDURAL
        3.1\tCONFIRMATION OF MINUTES
        3.1.1\tCOUNCIL MEETING - 28 SEPTEMBER 2015
        205/15\tRESOLUTION\tMOVED:\tAld Laycock
        SECONDED:\tAld Perry
        That the minutes of the Council meeting held on 28 September 2015 as circulated be confirmed.
        3.2\tPUBLIC QUESTION TIME
        3.2.1\tRESPONSES TO QUESTIONS RAISED AT PRIOR MEETINGS""", false)), List.of());
    assertThat(p.minutes().get(0).items()).extracting(i -> i.number())
        .containsExactly("1.0", "2.0", "3.0", "3.1", "3.1.1", "3.2", "3.2.1");
    assertThat(p.minutes().get(0).items().get(4).resolutions()).extracting(r -> r.movedBy() + "/" + r.secondedBy())
        .containsExactly("Laycock/Perry");
  }

  @Test
  void an_items_parts_in_brackets_among_run_in_headings_are_minutes_and_the_heading_above_them_groups_them() {
    Minutes m = minutes("""
        MINUTES OF THE PUBLIC ART COMMISSION
        REGULAR MEETING OF WEDNESDAY, MARCH 12, 2008
        CONVENE: 7:10 p.m.
        PRESENT: Vice Chair Lee, Commissioners Rosenberg and Wolfe
        MINUTES:
        Minutes for the meeting of January 9, 2008
        Motion (Rosenberg)/Second (Wolfe) to approve minutes as amended
        Ayes: 3; Noes: 0. Motion passed unanimously
        ORAL COMMUNICATION:
        Ms. Debra Owen thanked the Commission for meeting diligently.
        REGULAR AGENDA:
        (4-A) Election of Chair and, if necessary, Vice Chair.
        Motion (Rosenberg)/Second (Wolfe) to table the item until vacancies have been filled.
        Ayes: 3; Noes:0. Motion passes unanimously
        (4-B) Review the draft of changes to Chapter 30-65 of the Public Art Ordinance.
        Mr. Biggs noted the agenda report included in the packet.
        WRITTEN COMMUNICATIONS:
        None
        ADJOURNMENT:
        The meeting adjourned at 8:45 p.m.""");
    assertThat(m.items()).extracting(MinuteItem::number).containsExactly(null, null, null, "4-A", "4-B", null, null);
    assertThat(titles(m)).containsExactly("CONVENE", "MINUTES", "ORAL COMMUNICATION", "Election of Chair and, if necessary, Vice Chair.",
        "Review the draft of changes to Chapter 30-65 of the Public Art Ordinance.", "WRITTEN COMMUNICATIONS", "ADJOURNMENT");
  }

  @Test
  void parts_with_a_full_stop_after_their_title_a_motions_number_under_a_heading_and_regrets() {
    Minutes m = minutes("""
        MINUTES OF THE REGULAR MEETING OF COUNCIL of the Town of
        Wembley, in the Province of Alberta held in the Wembley Municipal Office this 9th day of July 2018.
        1. CALL-TO-ORDER
        Mayor Turnmire called the meeting to order at 7:00 p.m.
        Regrets: CAO Lori Parker
        2. APPROVAL OF AGENDA
        MOTION # 2018-0171
        Moved by Councillor Moncrieff that the agenda be adopted as presented. CARRIED UNANIMOUSLY
        3. FINANCE
        3.1 Accounts Payable.
        MOTION # 2018-0173
        Moved by Councillor McCallum that the accounts payable be ratified. CARRIED UNANIMOUSLY""");
    assertThat(m.items()).extracting(MinuteItem::number).containsExactly("1", "2", "3", "3.1");
    assertThat(titles(m)).containsExactly("CALL-TO-ORDER", "APPROVAL OF AGENDA", "FINANCE", "Accounts Payable.");
    assertThat(m.items().get(3).resolutions()).hasSize(1);
    assertThat(m.attendance()).filteredOn(a -> a.status().equals("apologies")).extracting(a -> a.name()).containsExactly("Lori Parker");
  }

  @Test
  void a_parts_number_after_the_word_item_and_its_title_in_a_narrow_column_below_it() {
    Minutes m = minutes("""
        Minutes of March Monthly Meeting of Tipperary County Council held on Monday 8th March, 2021
        Item 2.1
        Minutes of
        Council Meeting
        held on the 8th
        February, 2021
        Proposed by Cllr. J. Carroll, seconded by Cllr. P. English and resolved
        “That the minutes of the Council Meeting held on the 8th February, 2021,
        remotely Via Zoom, as presented be adopted”.
        Item 2.2
        Minutes of
        Special Meeting
        held on the 15th
        February, 2021
        Proposed by Cllr. R. Kennedy, seconded by Cllr. S. Ryan and resolved
        “That the minutes of the Special Meeting held on the 15th February, 2021,
        remotely Via Zoom, as presented be adopted”.""");
    assertThat(m.items()).extracting(MinuteItem::number).containsExactly("2.1", "2.2");
    assertThat(m.items().get(0).title()).isEqualTo("Minutes of Council Meeting held on the 8th February, 2021");
    assertThat(m.items().get(1).resolutions()).extracting(Resolution::text).singleElement().asString()
        .startsWith("“That the minutes of the Special Meeting held on the 15th February, 2021");
  }

  @Test
  void headings_in_title_case_over_numbered_paragraphs_are_the_minutes() {
    Minutes m = minutes("""
        CAIRNGORMS NATIONAL PARK AUTHORITY
        MINUTES OF THE BOARD MEETING
        held at The Duke of Gordon Hotel, Kingussie
        on Friday 8th September 2006 at 1.30pm
        Election of Convener
        1.    This item was chaired by David Cameron as Proper Officer for the CNPA. He drew
        Member’s attention to the process for the election of Convener.
        2.    Anne MacLean’s absence was noted, following an emergency operation in hospital. The
        Board recorded their best wishes for a speedy recovery.
        Minutes of Last Meeting – approval
        3.    The minutes of the last meeting held on the 11th August 2006 were approved subject to
        one minor change at paragraph 21(f).""");
    assertThat(m.items()).extracting(MinuteItem::number).containsExactly(null, null);
    assertThat(m.items()).extracting(MinuteItem::title).containsExactly("Election of Convener", "Minutes of Last Meeting – approval");
    assertThat(m.items().get(1).resolutions()).hasSize(1);
  }

  @Test
  void lettered_minutes_with_parts_by_letter_in_brackets_and_a_lettered_part_in_capitals_inside_a_minute() {
    Minutes m = minutes("""
        Minutes of the Meeting of Thirsk Town Council held on Monday, 15 April, 2013 at
        Thirsk and Sowerby Town Hall
        Present:        Cllrs: C. Hesmondhalgh (Chairman), D. Adamson, H. Dalgleish-Brown.
        C133         Police Report
        No police representative was present.
        C134         Reports on Matters relating to Thirsk
        (a) NYCC
        Cllr Dadd was not present (due to forthcoming elections).
        Resolved: that NYCC be requested to carry out a check on road markings.
        C135         Open Forum
        No members of the public were present.
        C136         Minutes
        C136(a)      Town Council Meeting held on 18 March 2013
        Resolved: that the Minutes of the Meeting of the Town Council held on 18 March 2013 be
        approved as a correct record and signed by the Chairman.
        C136(b)      Matters Arising
        Resolved: that the Police be formally requested to send a representative to the next meeting.""");
    assertThat(m.items()).extracting(MinuteItem::number).containsExactly("C133", "C134", "C135", "C136", "C136(a)", "C136(b)");
    assertThat(m.items().get(1).resolutions()).extracting(Resolution::text)
        .containsExactly("that NYCC be requested to carry out a check on road markings.");
    assertThat(m.items().get(5).resolutions()).hasSize(1);
  }

  @Test
  void business_headed_by_the_time_it_was_taken_before_the_numbered_minutes_and_not_the_body_above_who_attended() {
    Minutes m = minutes("""
        ARBORY PARISH COMMISSIONERS
        Monthly Board Meeting. Held at 7.15pm Wednesday 25th October 2017 at the Halley MacLaig.
        Present:              Mrs J Glover (Chair), Mr S Gawne, Mr A Cowin, Mr M Cringle
        Apologies:            Ms B Greenhalgh
        7.15        Christmas
        Representatives of the Ballabeg WI attended to discuss Father Christmas’ forthcoming visit to
        Arbory Parish Hall. It was agreed to coordinate the efforts of the Commissioners and the WI as in
        previous years to make the visit a great success.
        1           MINUTES
        The Minutes of the Meeting held Wednesday 27th September 2017 were approved by the Commissioners
        and signed by the Chair.
        2           MATTERS ARISING
        The Clerk reported on the bus shelter.""");
    assertThat(m.date()).hasToString("2017-10-25");
    assertThat(m.items()).extracting(MinuteItem::number).containsExactly(null, "1", "2");
    assertThat(m.items().get(0).title()).isEqualTo("Christmas");
    assertThat(m.items().get(0).resolutions()).extracting(Resolution::text)
        .containsExactly("to coordinate the efforts of the Commissioners and the WI as in previous years to make the visit a great success.");
  }

  @Test
  void a_heading_above_its_only_dotted_parts_movers_parted_by_a_slash_and_council_excused() {
    Minutes m = minutes("""
        TOWN OF SMITHERS
        MINUTES OF THE REGULAR MEETING OF COUNCIL HELD IN THE COUNCIL
        CHAMBERS, 1027 ALDOUS STREET, SMITHERS, B.C. ON TUESDAY, JANUARY 22, 2019, AT
        6:30 P.M.
        Council Present: Taylor Bachrach, Mayor
        Greg Brown, Councillor
        Council Excused: John Buikema, Councillor.
        Media Present: S. Bogdan, Moose FM; and C. Gareau, The Interior News.
        1. CALL TO ORDER
        Mayor Bachrach called the meeting to order (6:30 p.m.).
        1.1 ACKNOWLEDGEMENT
        Mayor Bachrach stated the following:
        1.2 APPROVAL OF AGENDA (including Supplemental Items)
        R Atrill/Brown
        THAT Council approves the agenda, as amended, by varying the order of the agenda to bring Item
        Presentation by the Smithers Saltos Gymnastics Club forward.
        1.3 PUBLIC COMMENT PERIOD
        Regarding Item 9.3, I. Oevermann suggested that Council encourage BC Hydro to switch.""");
    assertThat(m.items()).extracting(MinuteItem::number).containsExactly("1", "1.1", "1.2", "1.3");
    Resolution r = m.items().get(2).resolutions().get(0);
    assertThat(r.text()).startsWith("THAT Council approves the agenda, as amended");
    assertThat(r.movedBy()).isEqualTo("Atrill");
    assertThat(r.secondedBy()).isEqualTo("Brown");
    assertThat(m.attendance()).filteredOn(a -> a.status().equals("apologies")).extracting(a -> a.name())
        .containsExactly("John Buikema");
    assertThat(m.attendance()).filteredOn(a -> a.kind().equals("other")).extracting(a -> a.name()).contains("S. Bogdan");
  }

  @Test
  void minutes_that_open_with_the_minutes_of_a_meeting_held_and_motions_with_a_dashed_pair_under_headings() {
    Pack p = PackParser.parse("t.pdf", "0", List.of(new Page(1, """
        THE RURAL MUNICIPALITY OF OAKVIEW
        The minutes of the twelfth regular meeting of the Council of the Rural Municipality of Oakview held
        Tuesday, June 25th, 2019 at 7:30 p.m. in the Council Chambers of the municipal office.
        Reeve Brent Fortune presiding.
        ADOPTION OF AGENDA
        Motion : L. van Veen – Walt Froese #277/19: That the agenda for June 25th, 2019 be adopted
        as presented. CARRIED.
        MINUTES
        Motion : L. van Veen – K. J. Hyndman #278/19: That the minutes of the eleventh regular
        meeting held on June 11th, 2019 be adopted as circulated. CARRIED.""", false)), List.of());
    assertThat(p.kind()).isEqualTo(org.agendasearch.ingest.model.DocumentKind.MINUTES);
    Minutes m = p.minutes().get(0);
    assertThat(m.committee()).isEqualTo("Council of the Rural Municipality of Oakview");
    assertThat(titles(m)).containsExactly("ADOPTION OF AGENDA", "MINUTES");
    Resolution first = m.items().get(0).resolutions().get(0);
    assertThat(first.text()).isEqualTo("That the agenda for June 25th, 2019 be adopted as presented.");
    assertThat(first.movedBy()).isEqualTo("L. van Veen");
    assertThat(first.secondedBy()).isEqualTo("Walt Froese");
    assertThat(m.items().get(1).resolutions().get(0).secondedBy()).isEqualTo("K. J. Hyndman");
  }

  @Test
  void the_body_named_above_the_minutes_title_heads_no_decision_and_the_date_under_it_is_read() {
    Minutes m = minutes("""
        NEWTON BOARD OF SELECTMEN
        DATE: TUESDAY, SEPTEMBER 4, 2014
        TIME: 6PM
        PUBLIC MEETING MINUTES
        Chairman Donovan opened the meeting at 6pm. In attendance were Selectmen Robert S. Donovan, Jr., James L.
        Doggett and Matthew A. Burrill.
        Selectman Doggett moved to close the non-public meeting at 9:18 pm. Second by Selectman Donovan, with a roll
        call vote: Donovan - yea, Doggett - yea, Burrill – yea.""");
    assertThat(m.date()).isEqualTo(java.time.LocalDate.of(2014, 9, 4));
    assertThat(m.items()).singleElement().satisfies(i -> assertThat(i.title()).isNull());
    assertThat(m.items().get(0).resolutions()).extracting(Resolution::text)
        .containsExactly("close the non-public meeting at 9:18 pm.");
  }

  @Test
  void a_top_level_run_over_parts_of_parts_as_long_and_a_resolution_number_in_the_margin() {
    Minutes m = minutes("""
        Minutes of the Meeting of the Regional Council of Goyder held on 16th October, 2018 at the Terowie
        Institute Hall, Main Street Terowie commencing at 1:04pm.
        1. ATTENDANCE
        1.1 Present
        1.1.1 Councilors Present
        Crs. S. Mattey (Mayor), J. Kellock (Deputy Mayor), J. Neal
        1.1.2 Staff Present
        Mr. D. J. Stevenson (Chief Executive Officer)
        1.2 Apologies
        Cr. B. Rule, Cr. D. Venning
        2. CONFIRMATION OF MINUTES
        Moved: Cr. Gebhardt
        Seconded: Cr. Kellock
        184/18 That the Minutes of the Meeting, held on Monday 17th September 2018 be confirmed as
        read.
        CARRIED""");
    assertThat(m.items()).extracting(MinuteItem::number).startsWith("1", "1.1").contains("1.2", "2");
    Resolution r = m.items().get(m.items().size() - 1).resolutions().get(0);
    assertThat(r.text()).isEqualTo("That the Minutes of the Meeting, held on Monday 17th September 2018 be confirmed as read.");
    assertThat(r.movedBy()).isEqualTo("Gebhardt");
  }

  @Test
  void a_minute_book_with_each_numbered_paragraph_under_its_heading_in_capitals() {
    Minutes m = minutes("""
        GENERAL MEETING
        The minutes of the general meeting held in the Boardroom, Town Hall, Peel on 18 April 2019 at 7:00pm.
        Present    Mrs Moughtin (Chairman), Mr A. Jones (Deputy Chairman), Mr I. Davison
        CHAIRMAN’S WELCOME
        18/099 The Chairman welcomed the Board to the April meeting and thanked the
        Commissioners and the staff for their support while undertaking the role.
        ITEM 1 MINUTES
        18/100 The Chairman requested confirmation of the minutes from the last
        meeting and the Board agreed the minutes of the meeting held on 21 March 2019.
        ITEM 2 MATTERS ARISING
        18/101 Item 18/094 Registration of Electors
        The Deputy Chairman reported he had received a letter from the Chief
        Minister concluding the investigation.
        """);
    assertThat(m.items()).extracting(MinuteItem::number).containsExactly("18/099", "18/100", "18/101");
    // a numbered line that is a title keeps it
    assertThat(titles(m)).containsExactly("CHAIRMAN’S WELCOME", "MINUTES", "Item 18/094 Registration of Electors");
  }

  @Test
  void labels_of_who_attended_above_the_numbered_minutes_are_no_minutes_of_their_own() {
    Minutes m = minutes("""
        Minutes of the Municipal District of Ardee meeting held in the Civic Services Centre, Ardee, on Thursday 1st October, 2015 at 5.30 pm.
        In attendance:
        Cathaoirleach:     Cllr. C. Markey
        Members:           Councillors: T. Cunningham, J. Tenanty, P. McGeough
        Officials:         J. McGuinness, Director of Services
                           G. Kelly, Senior Engineer
        Guests:            Superintendent Andrew Watters, An Garda Síochána
        Apologies:         none
        Minute No. 81/15
        To confirm the minutes of the meeting held on Thursday 3rd September, 2015.
        Proposed by: Cllr. L. Reilly,
        Seconded by: Cllr. T. Cunningham
        Minute No. 82/15
        Matters arising
        Cllr. Reilly raised the matter of safety works at Louth Village.
        """);
    assertThat(m.items()).extracting(MinuteItem::number).containsExactly("81/15", "82/15");
  }

  @Test
  void a_first_part_right_under_its_items_heading_is_a_minute_however_it_reads_but_not_a_decisions_paragraph() {
    Minutes m = minutes("""
        MINUTES OF THE REGULAR MEETING OF COUNCIL HELD JULY 25, 2006
        Present: Mayor Smith, Councillors Dale, Scott
        3. APPROVAL OF AGENDA
        3.1 The following items were added to the agenda:
        THAT the agenda be approved as amended.
        CARRIED
        4. MINUTES OF PREVIOUS MEETING
        4.1 July 11, 2006
        Moved by Alan Dale, seconded by Jonathan Scott;
        That the minutes of the Council dated July 11, 2006 be adopted as printed and circulated.
        5. CORRESPONDENCE
        5.1 It was
        proposed by Councillor Dale that the letter be received.
        """);
    assertThat(m.items()).extracting(MinuteItem::number).containsExactly("3", "3.1", "4", "4.1", "5");
  }

  @Test
  void a_heading_naming_the_minutes_with_its_sentence_going_on_below_is_that_sentences_subject() {
    Minutes m = minutes("""
        MINUTES OF THE ANNUAL MEETING OF THE PARISH COUNCIL HELD ON 7 MAY 2013
        PRESENT:- COUN B D FERGUSON (CHAIR)
        920. APOLOGIES FOR ABSENCE
        Apologies for absence had been submitted on behalf of Councillor J France.
        921. MINUTES OF THE LAST MEETING,
        a copy of which had been circulated to each Member, were approved.
        922. POLICE MATTERS
        No report had been received.
        """);
    assertThat(titles(m)).containsExactly("APOLOGIES FOR ABSENCE", "MINUTES OF THE LAST MEETING", "POLICE MATTERS");
    assertThat(m.items().get(1).resolutions()).extracting(org.agendasearch.ingest.model.Resolution::text)
        .containsExactly("MINUTES OF THE LAST MEETING, a copy of which had been circulated to each Member, were approved.");
  }

  @Test
  void lower_case_numerals_under_the_last_item_are_its_parts_not_the_minutes() {
    Minutes m = minutes("""
        Minutes of the Annual Parish Council Meeting of the Shotley Parish Council held on Thursday 26th May 2016 at 7:15pm.
        Present: Cllrs T Lawford-Randall (Chairman), J Catling, N Green
        1.   To elect Chairman: It was resolved to appoint Cllr T Lawford-Randall
              Chairman of the Parish Council.
        2.   To elect Vice-chairman: It was resolved to defer this appointment until
              further members were co-opted onto the Council.
        3.   Apologies for absence: There were no apologies for absence.
        4.   Declarations of interest: There were no declarations of interest.
        5.   Reports
             (i)    District Councillor’s report: District Cllr P Patrick gave members a verbal report.
             (ii)    County Councillor’s report: A verbal report was received from County Cllr D Woods.
             (iii)    Noticeboard: It was reported that the Noticeboard was being printed.
             (iv)    Website: A brief report was received from Mr D Davis.
             (v)    Stour Footpath Group: A report had not been received.
        """);
    assertThat(m.items()).extracting(MinuteItem::number).containsExactly("1", "2", "3", "4", "5");
    assertThat(m.items().get(0).resolutions()).extracting(org.agendasearch.ingest.model.Resolution::text)
        .containsExactly("to appoint Cllr T Lawford-Randall Chairman of the Parish Council.");
  }

  @Test
  void numbered_decisions_with_no_other_headings_are_the_minutes_each_with_no_title() {
    Minutes m = minutes("""
        Town of Swan River Minutes – March 5, 2013
        The Council of the Town of Swan River met on Tuesday, March 5th, at 7:30 p.m. in the Town
        Council Chambers with Mayor McKenzie presiding and Councillors Bobick and Sakal present.
        1. RESOLVED that the minutes of the February 19th, 2013 regular meeting of Council be
        adopted as received.
        Carried:
        2. RESOLVED that the Agenda for the March 5th, 2013 regular meeting of Council be received.
        Carried:
        3. RESOLVED that Resolution No. 3 be tabled.
        Carried:
        4. WHEREAS the SLWCD is a significant expense in the Town of Swan River budget.
        THEREFORE be it resolved that council instruct the Committee to re-examine the value of membership.
        Carried:
        """);
    assertThat(m.items()).extracting(MinuteItem::number).containsExactly("1", "2", "3", "4");
    assertThat(titles(m)).containsOnlyNulls();
    assertThat(m.items().get(1).resolutions()).extracting(Resolution::text)
        .containsExactly("that the Agenda for the March 5th, 2013 regular meeting of Council be received.");
    assertThat(m.items().get(3).resolutions()).extracting(Resolution::text)
        .containsExactly("council instruct the Committee to re-examine the value of membership.");
  }

  @Test
  void a_part_of_the_next_item_after_the_last_numbered_one_is_a_minute_when_its_heading_is_left_out() {
    Minutes m = minutes("""
        Ardlussa Community Board
        Minutes of a meeting of Ardlussa Community Board held on Wednesday, 14 October 2020 at 6pm.
        1 Apologies
        There was an apology from Clarke Horrell.
        2 Leave of absence
        There were no requests for leave of absence.
        3 Confirmation of Minutes
        Moved Chairman Clarkson, seconded Hilary Kelso and resolved: That the Ardlussa Community
        Board confirms the minutes of the meeting held on 10 August 2020 as a true and correct record.
        4.1 Community Leadership Report for the Ardlussa Community Board
        Kelly updated the board on the following:
        4.2 Council Report
        The report was noted.
        """);
    assertThat(m.items()).extracting(MinuteItem::number).containsExactly("1", "2", "3", "4.1", "4.2");
    assertThat(m.items().get(2).resolutions()).extracting(Resolution::text).first().asString()
        .startsWith("That the Ardlussa Community Board confirms the minutes");
  }

  @Test
  void a_meetings_kind_before_its_minutes_word_leaves_the_body_above_it_the_committee() {
    Minutes m = minutes("""
        Cannon County Tennessee
        Board of Commissioners
        Legislative Minutes
        August 6, 2020
        Call to Order - The meeting was called to order at 5:30 p.m. in the Courtroom.
        Approve/Change Agenda - A motion was made by Commissioner Corey Davenport seconded by Commissioner Jeannine Floyd to add
        Senator Mark Pody to address the Commission. The motion was approved by a voice vote.""");
    assertThat(m.committee()).isEqualTo("Board of Commissioners");
    assertThat(m.date()).isEqualTo(java.time.LocalDate.of(2020, 8, 6));
  }
}
