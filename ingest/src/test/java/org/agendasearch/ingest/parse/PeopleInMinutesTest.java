package org.agendasearch.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.agendasearch.ingest.model.Attendee;
import org.agendasearch.ingest.model.Declaration;
import org.agendasearch.ingest.model.MinuteItem;
import org.agendasearch.ingest.model.Minutes;
import org.agendasearch.ingest.model.Pack;
import org.agendasearch.ingest.model.Page;
import org.agendasearch.ingest.model.Resolution;
import org.junit.jupiter.api.Test;

/** Attendance, declarations, movers and votes read from a set of minutes. */
class PeopleInMinutesTest {

  private static Minutes minutes(String text) {
    Pack p = PackParser.parse("t.pdf", "0", List.of(new Page(1, text, false)), List.of());
    assertThat(p.minutes()).hasSize(1);
    return p.minutes().get(0);
  }

  private static List<String> with(Minutes m, String status) {
    return m.attendance().stream().filter(a -> a.status().equals(status)).map(Attendee::name).toList();
  }

  @Test
  void legistars_count_before_the_names_present_is_no_part_of_the_first_name() {
    Minutes m = minutes("""
        City of Oakland                                                               Meeting Minutes - DRAFT
        Special Concurrent Meeting of the Oakland City Council                         Tuesday, July 16, 2019
        1          PLEDGE OF ALLEGIANCE
                   The meeting was convened at 5:44 p.m.
        2          ROLL CALL / CITY COUNCIL
                         Present 8 - - Dan Kalb, Larry Reid, Lynette McElhaney, Noel Gallo, Sheng Thao, Loren Taylor,
                         Nikki Bas, and Rebecca Kaplan
        3          OPEN FORUM / CITIZEN COMMENTS
                   19 speakers spoke during Open Forum.""");
    assertThat(with(m, "present")).startsWith("Dan Kalb", "Larry Reid").contains("Rebecca Kaplan");
  }

  @Test
  void the_board_present_and_absent_a_list_closed_on_its_line_and_a_roll_call_of_each_vote() {
    Minutes m = minutes("""
        VILLAGE OF EXAMPLE
        SPECIAL MEETING MINUTES
        JANUARY 28, 2013
        BOARD PRESENT: M.COLLINS, G.PECK, AND B.LAMB.
        BOARD ABSENT: J.RACICH.
        OTHERS
        PRESENT:
        B.MURPHY, ADMINISTRATOR; M.GARRIGAN, PLANNING
        SUPERVISOR; AND J.KONOPEK, CHIEF OF POLICE.
        1) APPROVAL OF AGENDA
        Trustee Fay moved to approve the Agenda. Seconded by Trustee Peck. Vote by roll call. Peck, yes;
        Racich, absent; Lamb, yes; Collins, yes. 3 yes, 0 no, 1 absent. Motion carried.
        2) 2013 BENGAL EASTSIDE SHUFFLE 5K RUN/WALK
        Trustee Fay moved to adjourn the Special Meeting. Seconded by Trustee Peck. Voice Vote. All in
        favor, 0 opposed. Motion carried.""");
    assertThat(with(m, "absent")).containsExactly("J.RACICH");
    assertThat(m.attendance()).filteredOn(a -> a.name().equals("M.GARRIGAN")).extracting(Attendee::role)
        .containsExactly("PLANNING SUPERVISOR");
    assertThat(m.items()).extracting(MinuteItem::number).containsExactly("1", "2");
    assertThat(m.items().stream().flatMap(i -> i.resolutions().stream()).toList())
        .extracting(r -> r.votes() == null ? null : List.of(String.valueOf(r.votes().inFavour()),
        String.valueOf(r.votes().against()))).containsExactly(List.of("3", "0"), List.of("null", "0"));
  }

  @Test
  void a_roll_call_item_whose_names_follow_the_sentence_that_announces_them() {
    Minutes m = minutes("""
        Cumberland Municipal Council, June 20, 2018 Page 1 of 24
        1. CALL TO ORDER
        1.1 O’ Canada
        Warden Al Gillis called the June 20, 2018 Council session to Order at 6:00 p.m.
        1.2 Roll Call
        Municipal Clerk Brenda Moore, called the roll with the following Councillors present: Councillor Porter,
        Councillor Chase, Deputy Warden van Vulpen, and Councillor Jackson.
        Absent with Regrets: Councillor Rafuse,
        Staff present: Rennie Bugley, CAO; Steve Ferguson, Director of Community Development.
        2. ADMINISTRATIVE AND PROCEDURAL ISSUES
        2.2 Approval of Minutes of June 6, 2018 Council meeting.
        IT WAS MOVED by Councillor Fletcher seconded by Councillor Gilbert to approve the minutes of the
        June 6, 2018 Council meeting.
        MOTION CARRIED #18‐106""");
    assertThat(with(m, "present")).containsExactly("Porter", "Chase", "van Vulpen", "Jackson", "Rennie Bugley", "Steve Ferguson");
    assertThat(with(m, "apologies")).containsExactly("Rafuse");
  }

  @Test
  void minutes_with_no_title_that_say_the_meeting_was_called_to_order() {
    Minutes m = minutes("""
        Special Meeting By Law 1st Reading
        November 13th, 2019
        Mayor Albert Gallant called the meeting to order at 6:00 P.M.
        Albert Gallant – Mayor
        Ivan Blanchard- Councillor (Absent)
        Jacqueline read the first reading of the Fire Service By-law 2019-09.
        MOTION moved by Pat MacLellan seconded by John Searle and carried
        THAT the first reading of the Fire Service By-law 2019-09 be approved as presented.""");
    assertThat(m.date()).hasToString("2019-11-13");
    assertThat(m.items().stream().flatMap(i -> i.resolutions().stream()).map(Resolution::movedBy).toList())
        .containsExactly("Pat MacLellan");
  }

  @Test
  void offices_and_their_holders_in_a_label_column_with_no_colons() {
    Minutes m = minutes("""
        MINUTES OF COMMUNITY COUNCIL MEETING - DRAFT
        Tuesday 12th November 2013 at 7.00pm, Dumyat Centre Community Room
        Present:
        In the chair Stan Paterson
        Vice-chair Jim Gardiner
        Secretary Caroline Crawford
        Members present Callum Ford
        Beth Cook
        Apologies:
        Judy Collier
        1. Minutes
        The minutes were approved.""");
    assertThat(with(m, "present")).containsExactly("Stan Paterson", "Jim Gardiner", "Caroline Crawford", "Callum Ford", "Beth Cook");
    assertThat(with(m, "apologies")).containsExactly("Judy Collier");
  }

  @Test
  void members_labelled_under_a_numbered_apologies_heading_sent_apologies() {
    Minutes m = minutes("""
        MINUTES OF THE ORDINARY MEETING OF FFESTINIOG TOWN COUNCIL
        HELD ON THURSDAY 11th APRIL 2019
        PRESENT: Councillors: Ronwen Roberts, Will G Roberts
        10457/04/19 APOLOGIES
        Councillors: Mari Rees ac Annwen Daniels
        10458/04/19 DECLARATIONS OF INTEREST
        None.""");
    assertThat(with(m, "present")).containsExactly("Ronwen Roberts", "Will G Roberts");
    assertThat(with(m, "apologies")).containsExactly("Mari Rees", "Annwen Daniels");
  }

  @Test
  void offices_with_their_holders_in_brackets_and_apologies_reported() {
    Minutes m = minutes("""
        MONTHLY MEETING OF BELFAST CITY COUNCIL
        Held in Adelaide Exchange on Monday, 4th February, 2008 at the hour of 6.00
        o’clock p.m., pursuant to Notice.
        Members present: The Right Honourable the Lord Mayor (Councillor Rodgers) (Chairman); the
        Deputy Lord Mayor (Councillor Kelly); the High Sheriff (Councillor McKenzie); and
        Councillors Adamson, Attwood and Wilson.
        Apologies
        Apologies for inability to attend were reported from Councillors Cunningham, D. Dodds, N.
        Dodds, McClenaghan and Patterson.
        Minutes
        Moved by the Right Honourable the Lord Mayor (Councillor Rodgers),
        Seconded by the Deputy Lord Mayor (Councillor Kelly) and
        Resolved – That the minutes of the proceedings of the Monthly Meeting of the Council of
        7th January be taken as read and signed as correct.""");
    assertThat(with(m, "present")).containsExactly("Rodgers", "Kelly", "McKenzie", "Adamson", "Attwood", "Wilson");
    assertThat(m.attendance()).extracting(Attendee::role).startsWith("Lord Mayor", "Deputy Lord Mayor", "High Sheriff");
    assertThat(with(m, "apologies")).containsExactly("Cunningham", "D. Dodds", "N. Dodds", "McClenaghan", "Patterson");
  }

  @Test
  void a_roll_call_with_those_absent_after_a_full_stop_and_motions_supported_by_a_seconder() {
    Minutes m = minutes("""
        Kearney Township Board Meeting Minutes
        September 6, 2016
        Meeting called to order at 7:00pm.
        Roll call: present – Niepoth, Kotz, Hagood and Petrie. Absent – Fleet.
        Motion by Niepoth supported by Hagood to approve the agenda, carried.
        Motion by Kotz, with support by Petrie, to excuse Member Fleet.""");
    assertThat(with(m, "present")).containsExactly("Niepoth", "Kotz", "Hagood", "Petrie");
    assertThat(with(m, "absent")).containsExactly("Fleet");
    assertThat(m.items().stream().flatMap(i -> i.resolutions().stream()).map(Resolution::secondedBy).toList())
        .containsExactly("Hagood", "Petrie");
  }

  @Test
  void a_mover_titled_member_in_lower_case_and_a_seconders_support() {
    Minutes m = minutes("""
        MINUTES OF THE MID-MICHIGAN COMMUNITY FIRE BOARD
        February 11, 2014
        Minutes
        Moved by member Sagle, supported by member Marr to approve the minutes of the November 12,
        2013 meeting. All ayes carried the motion.
        Claims and Accounts.
        Motion by Olk, support by Besaw to accept the Treasurer’s report, motion carried.""");
    assertThat(m.items().stream().flatMap(i -> i.resolutions().stream()).map(r -> r.movedBy() + "/" + r.secondedBy()).toList())
        .containsExactly("Sagle/Marr", "Olk/Besaw");
  }

  @Test
  void a_mover_after_the_motions_words_and_a_colon_and_a_seconder_after_2nd_or_both_after_one_label() {
    Minutes m = minutes("""
        BOARD OF TRUSTEES FOR THE TOWN OF LUTHER
        REGULAR MEETING AGENDA MINUTES
        Tuesday, June 11th, 2019 at 7:00 p.m.
        Approval of the Consent Agenda, Previous Meeting’s Minutes, Treasurer’s Report.
        Motion to approve as written: J. White… 2nd: B. Hall… Unanimous Yes vote.
        Motion/Second: Brown/Duenas to approve Minutes of October 6, 2021, a regular meeting, as submitted.""");
    assertThat(m.items().stream().flatMap(i -> i.resolutions().stream()).map(r -> r.movedBy() + "/" + r.secondedBy()).toList())
        .containsExactly("J. White/B. Hall", "Brown/Duenas");
  }

  @Test
  void members_listed_by_ward_each_ward_in_the_margin() {
    Minutes m = minutes("""
        MINUTES OF ORDINARY MEETING OF CORK CITY COUNCIL HELD ON MONDAY 14th SEPTEMBER 2020
        PRESENT Ardmhéara Comhairleoir J. Kavanagh.
        NORTH EAST
        Comhairleoirí K. O’Flynn, J. Maher, T. Tynan.
        NORTH WEST
        Comhairleoirí T. Fitzgerald, M. Nugent.
        1. MINUTES
        The minutes were confirmed.""");
    assertThat(with(m, "present")).containsExactly("J. Kavanagh", "K. O’Flynn", "J. Maher", "T. Tynan", "T. Fitzgerald", "M. Nugent");
  }

  @Test
  void a_label_column_of_bulleted_people_one_a_bullet_with_its_post() {
    Minutes m = minutes("""
        Minute
        General Meeting of the Council
        Tuesday, 8 December 2020, 10:30.
        Present Councillors J Harvey Johnston, Stephen G Clackson, Alexander G Cowie,
        Norman R Craigie and Heather N Woodbridge.
        Clerk • Gavin Mitchell, Head of Legal Services.
        In Attendance • John W Mundell, Interim Chief Executive.
        • Gavin Barr, Executive Director of Development and Infrastructure (for
        Items 1 to 23).
        • Garry Burton, Sport and Leisure Service Manager (for Items 1 to 21).
        Observing • Hayley Green, Head of IT and Facilities (for Items 21 to 23).
        Apology • Councillor W Leslie Manson.
        1. Urgent Item
        The Council noted the urgent item.""");
    assertThat(with(m, "present")).containsExactly("J Harvey Johnston", "Stephen G Clackson", "Alexander G Cowie",
        "Norman R Craigie", "Heather N Woodbridge", "Gavin Mitchell", "John W Mundell", "Gavin Barr", "Garry Burton", "Hayley Green");
    assertThat(m.attendance()).filteredOn(a -> a.name().equals("Gavin Barr")).extracting(Attendee::role)
        .containsExactly("Executive Director of Development and Infrastructure (for Items 1 to 23)");
    assertThat(with(m, "apologies")).containsExactly("W Leslie Manson");
  }

  @Test
  void a_present_list_in_parts_under_its_chair_then_a_sentence_of_apology() {
    Minutes m = minutes("""
        CABINET
        AT A MEETING of the CABINET held at the County Hall, Durham on THURSDAY 5
        MARCH 2009 at 10.00 a.m.
        PRESENT
        COUNCILLOR HENIG in the Chair
        Cabinet Members:
        Councillors Foster, Hodgson and B Young.
        Other Members:
        Councillors Armstrong, Arthur, N Harrison,
        Johnson and Williams
        An apology for absence was received from Councillor E. Huntington.
        A1 Minutes
        The Minutes of the meeting held on 19 February 2009 were confirmed as a correct record.""");
    assertThat(with(m, "present")).containsExactlyInAnyOrder("HENIG", "Foster", "Hodgson", "B Young", "Armstrong", "Arthur",
        "N Harrison", "Johnson", "Williams");
    assertThat(with(m, "apologies")).containsExactly("E. Huntington");
  }

  @Test
  void a_first_minute_that_is_the_list_of_who_was_present() {
    Minutes m = minutes("""
        Broughty Ferry Community Council
        Minutes of meeting held at Broughty Ferry Library on 4th October, 2016
        1. Community Councillors Present: Adele McGrath (Chair),
        Ian M Gray (Vice Chair & Secretary), Pat Moore
        In Attendance: Carole Jenkins (Communities Officer DCC)
        Ex Officio: Bailie Derek Scott, Cllr Laurie Bidwell
        Apologies: Sean Moore, Hugh Begg
        2. Minutes of the last meeting of the Community Council
        These were accepted with amendments.""");
    assertThat(with(m, "present")).containsExactly("Adele McGrath", "Ian M Gray", "Pat Moore", "Carole Jenkins", "Derek Scott",
        "Laurie Bidwell");
    assertThat(with(m, "apologies")).containsExactly("Sean Moore", "Hugh Begg");
  }

  @Test
  void numbered_minutes_of_elected_members_and_staff_members_present() {
    Minutes m = minutes("""
        MINUTES
        ORDINARY COUNCIL MEETING
        MONDAY, 13 APRIL 2015
        The Ordinary Council Meeting of the Barkly Regional Council was held in Tennant
        Creek on Monday, 13 April 2015 at 9:30am.
        1.      OPENING AND ATTENDANCE
        Meeting commenced at 9:46am with President Barb Shaw as chair.
        1.1     ELECTED MEMBERS PRESENT
        President Barb Shaw
        Cr. Ray Aylett
        1.2     STAFF MEMBERS PRESENT
        Edwina Marks; Chief Executive Officer
        1.3     APOLOGIES
        Cr. Jennifer Mahoney
        2.      CONFIRMATION OF COUNCIL MEETING MINUTES""");
    assertThat(with(m, "present")).containsExactly("Barb Shaw", "Ray Aylett", "Edwina Marks");
    assertThat(with(m, "apologies")).containsExactly("Jennifer Mahoney");
  }

  @Test
  void a_line_of_the_list_that_opens_with_an_initial_and_a_bracketed_short_name_goes_on_with_it() {
    Minutes m = minutes("""
        Minutes of the Town Council Meeting 27th April 2021
        Present       The Mayor, Cllr. D. Hobson (DH) (in the chair).
        Councillors: Mrs. E. Ballard (EB), J. Baskett (JB), M. Bellwood (MB),
        A. Cox (AC), S. Crew (SC) and Mrs. P.F. Watson (PFW).
        336.          Apologies for Absence
        Cllr. HF may be late.""");
    assertThat(with(m, "present")).contains("E. Ballard", "A. Cox", "S. Crew", "P.F. Watson");
  }

  @Test
  void a_grid_of_members_each_marked_present_or_sending_apologies() {
    Minutes m = minutes("""
        Minutes
        of the Meeting of the
        Planning & Regulatory Committee
        Wednesday, 11th May 2016
        held at the Town Hall, Weston-super-Mare, Somerset.
        Councillors:
        P     Peter Crew (Chairman)
        P     Jill Iles (Vice-Chairman)
        A     Reyna Knight
        P: Present
        A: Apologies for absence submitted
        Officers in attendance: Sue Buck (Corporate Services)
        1. Public speaking at Planning Committees
        The applicant addressed the meeting.""");
    assertThat(with(m, "present")).containsExactly("Peter Crew", "Jill Iles", "Sue Buck");
    assertThat(with(m, "apologies")).containsExactly("Reyna Knight");
  }

  @Test
  void a_grid_row_of_two_members_with_their_marks_in_columns_of_their_own() {
    java.util.Map<String, org.agendasearch.ingest.model.Attendee> out = new java.util.LinkedHashMap<>();
    assertThat(AttendanceRows.markRow(out, new Line(1, "P Felicity Baker A David Shopland", List.of(2, 17, 19)))).isTrue();
    assertThat(out.values()).extracting(a -> a.name() + "/" + a.status())
        .containsExactly("Felicity Baker/present", "David Shopland/apologies");
    assertThat(AttendanceRows.markRow(out, new Line(1, "Peter Crew Chairman", List.of()))).isFalse();
  }

  @Test
  void a_list_in_capitals_of_names_and_their_posts_and_a_seconder_by_2nd() {
    Minutes m = minutes("""
        APRIL 13, 1998
        7:00 P.M.
        MINUTES
        PRESENT: JOHN D. MEADOWS, MAYOR; JIMMY PALMER, MAYOR PRO TEM;
        JOHN D. SHELTON, COUNCILMAN; AND HENRY HOLLAND, COUNCILMAN.
        ALSO: WILLIAM P. BAILEY, CITY ATTORNEY; EDDIE PETERSON, ASST.
        DIRECTOR UTILITY/PUBLIC WORKS; AND CATHY HARRISON, CITY
        ADMINISTRATOR.
        1. Road closing
        Mayor Pro Tem Palmer made a motion to approve the road closing as requested, 2nd by Councilman Shelton.""");
    assertThat(with(m, "present")).containsExactly("JOHN D. MEADOWS", "JIMMY PALMER", "JOHN D. SHELTON", "HENRY HOLLAND",
        "WILLIAM P. BAILEY", "EDDIE PETERSON", "CATHY HARRISON");
    assertThat(m.items().get(0).resolutions()).extracting(Resolution::movedBy, Resolution::secondedBy)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Palmer", "Shelton"));
  }

  @Test
  void a_county_courts_minutes_that_open_be_it_remembered() {
    Minutes m = minutes("""
        Minutes Subject to Change July 26, 2010
        JUNE 28, 2010 – MEETING OF THE HARTSVILLE/TROUSDALE COUNTY
        COMMISSION
        BE IT REMEMBERED, That the Honorable Hartsville/Trousdale County
        Commissioners met pursuant to adjournment with the Chairman, the Honorable Tim Roberson
        presiding and the following commissioners present to wit: James McDonald, Freddie
        Banks and Carol Pruitt.
        1. Open Court – Deputy J.B. Harper
        2. Invocation – Mark Beeler
        3. Roll Call – Rita Crowder""");
    assertThat(m.date()).isEqualTo(java.time.LocalDate.of(2010, 6, 28));
    assertThat(with(m, "present")).containsExactly("James McDonald", "Freddie Banks", "Carol Pruitt");
    assertThat(m.items()).hasSize(3);
  }

  @Test
  void an_ontario_resolution_numbered_over_its_movers_and_words() {
    Minutes m = minutes("""
        Minutes of the Regular Meeting of Council
        March 15, 2023
        1. Adoption of Minutes
        Resolution No. 2023-123 Moved by: Councillor Smith Seconded by: Councillor Jones
        THAT the minutes of the regular meeting of March 1, 2023 be adopted as presented.
        Carried
        2. Adjournment
        Motion made by: Councillor Jones
        Seconded by: Councillor Smith
        That the meeting be adjourned at 8:15 p.m.
        Motion Passed (5 to 0)""");
    assertThat(m.items()).flatExtracting(org.agendasearch.ingest.model.MinuteItem::resolutions)
        .extracting(Resolution::text, Resolution::movedBy, Resolution::secondedBy).containsExactly(
            org.assertj.core.groups.Tuple.tuple("THAT the minutes of the regular meeting of March 1, 2023 be adopted as presented.", "Smith", "Jones"),
            org.assertj.core.groups.Tuple.tuple("That the meeting be adjourned at 8:15 p.m.", "Jones", "Smith"));
    assertThat(m.items().get(1).resolutions().get(0).votes().inFavour()).isEqualTo(5);
  }

  @Test
  void apologies_by_the_initials_the_attendees_list_gave_in_brackets() {
    Minutes m = minutes("""
        Gargunnock Community Council
        Regular Meeting Minutes
        Date: Monday 4th April 2022
        Attendees: Christine Phillips (CPP), David King (DK), David Millar (DM), Lovat
        MacGregor (LM) and Douglas Barr (DB)
        1. Apologies- DM, LM
        2. Declarations of interest- None""");
    assertThat(with(m, "present")).containsExactly("Christine Phillips", "David King", "Douglas Barr");
    assertThat(with(m, "apologies")).containsExactly("David Millar", "Lovat MacGregor");
  }

  @Test
  void a_new_england_boards_selectmen_and_its_votes() {
    Minutes m = minutes("""
        SELECTMEN’S MEETING
        JULY 10, 2006
        Selectman Andrews and Selectman Spataro were present.
        Selectman Bond and Chairman Perkins were absent.
        1. Minutes
        Upon motion by Selectman Spataro and seconded by Selectman Andrews, the Board
        VOTED: To approve the Minutes of June 26, 2006 as amended.
        Unanimous Vote.""");
    assertThat(with(m, "present")).containsExactlyInAnyOrder("Andrews", "Spataro");
    assertThat(with(m, "absent")).containsExactly("Bond", "Perkins");
    assertThat(m.items().get(0).resolutions()).extracting(Resolution::text, Resolution::movedBy, Resolution::secondedBy)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("To approve the Minutes of June 26, 2006 as amended.", "Spataro", "Andrews"));
  }

  @Test
  void a_list_in_capitals_with_no_full_stop_ends_at_a_note() {
    Minutes m = minutes("""
        TOWN OF LOCKEPORT
        REGULAR COUNCIL MEETING
        MONDAY, NOVEMBER 18, 2013 AT 7:00 P.M.
        MINUTES
        PRESENT: MAYOR DARIAN HUSKILSON, COUNCILLOR JOANN SWIMM,
        TOWN CLERK/TREASURER, JOYCE YOUNG AND RECORDING SECRETARY, JUNE
        HARDING-SCOTT
        NOTE: It is at the Deputy Mayor's request that he be referred to in the minutes as Lonnie.
        1/ Call to order
        The Meeting was called to order by Mayor Huskilson at 7:00 p.m.
        2/ Approval of Agenda
        It was moved by Councillor Swimm and seconded by Councillor Huskilson that the agenda be approved.""");
    assertThat(with(m, "present")).containsExactly("DARIAN HUSKILSON", "JOANN SWIMM", "JOYCE YOUNG", "JUNE HARDING-SCOTT");
    assertThat(m.items()).extracting(i -> i.number() + " " + i.title()).containsExactly("1 Call to order", "2 Approval of Agenda");
    assertThat(m.items().get(1).resolutions()).extracting(Resolution::text, Resolution::movedBy, Resolution::secondedBy)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("the agenda be approved.", "Swimm", "Huskilson"));
  }

  @Test
  void an_irish_councils_labels_and_a_paragraph_of_staff_by_their_posts() {
    Minutes m = minutes("""
        Municipal District of LOUGHREA
        Minutes of the Monthly Meeting of the Municipal District of Loughrea held on26th October 2017 @ 3.30 pm.
        Cathaoirleach    Cllr. Ivan Canning
        Baill:           Cllr’s M. Fahy, J. Byrne, P Hynes
        Oifigigh:        Mr E Mulryan, A/S.E.E. Roads & Transportation;
        1. Minutes
        The minutes were agreed.""");
    assertThat(m.date()).isEqualTo(java.time.LocalDate.of(2017, 10, 26));
    assertThat(with(m, "present")).containsExactly("Ivan Canning", "M. Fahy", "J. Byrne", "P Hynes", "E Mulryan");
    assertThat(m.attendance()).filteredOn(a -> a.name().equals("E Mulryan")).extracting(Attendee::kind).containsExactly("officer");
    Minutes kamloops = minutes("""
        MINUTES of a Regular Meeting of the MUNICIPAL COUNCIL OF THE CITY OF KAMLOOPS, on Tuesday, October 29, 2019.
        PRESENT: Mayor Christian, Councillors Bass, Dudy,
        and Walsh.
        Chief Administrative Officer Trawin; Corporate Officer Mazzotta; Civic
        Operations Director Fretz; and Legislative Assistant Anderson.
        1. READING
        The Corporate Officer gave a reading.""");
    assertThat(with(kamloops, "present")).containsExactly("Christian", "Bass", "Dudy", "Walsh", "Trawin", "Mazzotta", "Fretz",
        "Anderson");
    assertThat(kamloops.attendance()).filteredOn(a -> a.name().equals("Fretz")).extracting(Attendee::role)
        .containsExactly("Civic Operations Director");
  }

  @Test
  void who_was_present_told_in_sentences_after_the_hour() {
    Minutes national = minutes("""
        REGULAR MEETING MINUTES
        National City, California, April 26, 1960
        Regular meeting of the City Council was called to order by Mayor
        Hollingsworth at 1:30 o'clock p.m. Council members present: Allen,
        Hart, Morgan, Reid, Hollingsworth. Council members absent: None.
        The meeting was opened with pledge of allegiance.""");
    assertThat(with(national, "present")).containsExactly("Allen", "Hart", "Morgan", "Reid", "Hollingsworth");
    Minutes alexandria = minutes("""
        MINUTES OF A REGULAR MEETING HELD FEBRUARY 26, 2008.
        The Council met in a regular meeting session on Tuesday, February 26, 2008, at 5:00 P.M. There were present the
        Honorable Roosevelt L. Johnson, Louis J. Marshall, Charles F. Smith, Jr.,
        Chuck Fowler and Myron K. Lawson. Also present were Mayor Jacques M.
        Roy, City Attorney Chuck Johnson and City Clerk Nancy L. Thiels.
        The Council was convened.""");
    assertThat(with(alexandria, "present")).containsExactly("Roosevelt L. Johnson", "Louis J. Marshall", "Charles F. Smith Jr",
        "Chuck Fowler", "Myron K. Lawson", "Jacques M. Roy", "Chuck Johnson", "Nancy L. Thiels");
  }

  @Test
  void a_list_goes_on_over_a_line_opening_with_initials_and_over_a_posts_abbreviation() {
    Minutes m = minutes("""
        MINUTES OF MAYO COUNTY COUNCIL MEETING HELD ON MONDAY, 18th JULY, 2005, AT 2.00 p.m.
        The Cathaoirleach, Cllr. H. Kenny, was in the Chair.
        The other Councillors present were:-
        Cllrs. M. Mulherin, J. Munnelly, P. McGuinness,
        J. Mee, M. Carty, John O’Malley.
        The Council Staff in attendance were:-
        Mr. D. Mahon, Co. Manager, Mr. J. Coll, Dir.,
        Comm. & Enterprise, Mr. A. de Lucia, Ex.
        Planner, Ms. M. Crowley, A/Sen. Ex. Officer.
        At the outset, it was -
        Proposed by Cllr. H. Kenny
        Seconded by Cllr. T. Quinn
        Resolved:-
        “That “Standing Orders” be suspended.”""");
    assertThat(with(m, "present")).containsExactly("H. Kenny", "M. Mulherin", "J. Munnelly", "P. McGuinness", "J. Mee",
        "M. Carty", "John O’Malley", "D. Mahon", "J. Coll", "A. de Lucia", "M. Crowley");
  }

  @Test
  void a_meeting_page_that_says_who_presided_is_minutes_with_its_chair_officers_and_apologies() {
    Pack p = PackParser.parse("t.pdf", "0", List.of(new Page(1, """
        Finance, Resources and Customer Services Policy Board
        14 Nov 2018 - 14:00 to 15:00
        Agenda
        Notification
        Chair
        Councillor Shaw, Convener, presided.
        In Attendance
        A Russell, Director of Finance & Resources; D Gillies, Head of Facilities Management; and K Graham, Head of
        Corporate Governance, J Lynch, Head of Property Services.
        Items Of Business
        Apologies
        Apologies from members.
        Councillors Dowling and K MacLaren.""", false)), List.of());
    assertThat(p.kind()).isEqualTo(org.agendasearch.ingest.model.DocumentKind.MINUTES);
    assertThat(p.meeting().committee()).isEqualTo("Finance, Resources and Customer Services Policy Board");
    Minutes m = p.minutes().get(0);
    assertThat(with(m, "present")).containsExactly("Shaw", "A Russell", "D Gillies", "K Graham", "J Lynch");
    assertThat(m.attendance().get(0).role()).isEqualTo("Convener");
    assertThat(m.attendance().stream().filter(a -> a.name().equals("K Graham")).findFirst().orElseThrow().role())
        .isEqualTo("Head of Corporate Governance");
    assertThat(with(m, "apologies")).containsExactly("Dowling", "K MacLaren");
  }

  @Test
  void an_agenda_that_says_who_will_preside_stays_an_agenda() {
    Pack p = PackParser.parse("t.pdf", "0", List.of(new Page(1, """
        Planning Committee
        14 Nov 2018 - 14:00 to 15:00
        Agenda
        The Convener will preside.
        1 Apologies
        2 Declarations of Interest""", false)), List.of());
    assertThat(p.minutes()).isEmpty();
  }

  @Test
  void a_sentence_ending_with_the_following_in_attendance_heads_the_list_below_it() {
    Minutes m = minutes("""
        MINUTES OF THE REGULAR SESSION OF THE CITY COUNCIL OF THE CITY OF BAYTOWN
        August 12, 2004
        The City Council of the City of Baytown, Texas, met in regular session on August 12, 2004, at 6:30
        p.m. in the Council Chamber of Baytown City Hall with the following in attendance:
        Ronnie Anderson (Council Member), Bob Leiper (Assistant City Manager)
        The meeting was opened with a quorum present.""");
    assertThat(with(m, "present")).containsExactly("Ronnie Anderson", "Bob Leiper");
  }

  @Test
  void two_lists_side_by_side_under_their_labels_are_read_column_by_column() {
    List<Line> body = List.of(new Line(1, "MEMBERS PRESENT OTHERS PRESENT", List.of(16)),
        new Line(1, "Jimmy B. Clayton Sybil Tate, Assistant County Manager", List.of(17)),
        new Line(1, "Kyle W. Puryear C. Ronald Aycock, County Attorney", List.of(16)),
        new Line(1, "Frances P. Blalock", List.of()),
        new Line(1, "The Board of Commissioners for the County of Person, North Carolina, met in regular", List.of()));
    AttendanceRows.Columns c = AttendanceRows.columns(body, 0).orElseThrow();
    assertThat(c.labels()).containsExactly("MEMBERS PRESENT", "OTHERS PRESENT");
    assertThat(c.left()).containsExactly("Jimmy B. Clayton", "Kyle W. Puryear", "Frances P. Blalock");
    assertThat(c.right()).containsExactly("Sybil Tate, Assistant County Manager", "C. Ronald Aycock, County Attorney");
    assertThat(c.end()).isEqualTo(4);
  }

  @Test
  void a_row_of_surnames_in_columns_reads_as_a_list_of_names() {
    assertThat(AttendanceRows.row(new Line(1, "Atkinson Francis Padgett Trueman, D.", List.of(9, 17, 25))))
        .isEqualTo("Atkinson, Francis, Padgett, Trueman D.");
    assertThat(AttendanceRows.row(new Line(1, "Bell Ward Price Tye", List.of(5, 10, 16)))).isEqualTo("Bell Ward Price Tye");
  }

  @Test
  void a_table_row_of_a_name_and_a_post_reads_as_the_name_with_its_post() {
    assertThat(AttendanceRows.row(new Line(1, "Ronnie Anderson Council Member", List.of(16))))
        .isEqualTo("Ronnie Anderson (Council Member)");
    assertThat(AttendanceRows.row(new Line(1, "Ignacio Ramirez, Sr. City Attorney", List.of(21))))
        .isEqualTo("Ignacio Ramirez Sr. (City Attorney)");
    assertThat(AttendanceRows.row(new Line(1, "Cllr Baldry Cllr Bastone", List.of(12)))).isEqualTo("Cllr Baldry Cllr Bastone");
    assertThat(AttendanceRows.row(new Line(1, "Mayor Mayor Dave Cull", List.of(6)))).isEqualTo("Mayor Mayor Dave Cull");
    assertThat(AttendanceRows.row(new Line(1, "Darcy Byrne Councillor (6:31pm)", List.of(12))))
        .isEqualTo("Councillor Darcy Byrne (6:31pm)");
    assertThat(AttendanceRows.row(new Line(1, "Marghanita Da Cruz Councillor", List.of(19))))
        .isEqualTo("Councillor Marghanita Da Cruz");
  }

  @Test
  void a_list_of_names_in_three_columns_is_a_name_a_cell() {
    assertThat(AttendanceRows.row(new Line(1, "C Anderson P R Hood-Williams P N May", List.of(11, 29))))
        .isEqualTo("C Anderson, P R Hood-Williams, P N May");
    assertThat(AttendanceRows.row(new Line(1, "C A Holley Town Clerk", List.of(11)))).isEqualTo("C A Holley (Town Clerk)");
    assertThat(AttendanceRows.namesGrid(new Line(1, "J Smith Mount Jeffcott Ward", List.of(8)))).isEmpty();
    // a given name, a middle initial or name, and a surname (a Tennessee county commission's members in three columns)
    assertThat(AttendanceRows.row(new Line(1, "Jerry F. Becker Michael Guthrie Shellie Young Tucker", List.of(16, 32))))
        .isEqualTo("Jerry F. Becker, Michael Guthrie, Shellie Young Tucker");
  }

  @Test
  void initials_at_a_lines_end_go_on_with_the_surname_on_the_next() {
    Minutes m = minutes("""
        MINUTES OF THE PROCEEDINGS OF THE COUNCIL MEETING HELD ON MONDAY 28TH NOVEMBER 2011
        In the Chair:\tCouncillor P McShane
        Members Present:\tCouncillors J Baird, S Blaney, D M
        \tMcAllister, N McAllister, C McCambridge.
        Also Present:\tMr R G Lewis, Clerk and Chief Executive
        \t(Officials)
        11/20:01\tAPOLOGIES AND CHAIRMAN’S BUSINESS
        All members were present.
        11/20:02\tMINUTES OF THE COUNCIL MEETING
        It was agreed that the minutes be adopted.
        """);
    assertThat(with(m, "present")).containsExactly("P McShane", "J Baird", "S Blaney", "D M McAllister", "N McAllister", "C McCambridge",
        "R G Lewis");
    assertThat(m.items()).extracting(i -> i.number()).containsExactly("11/20:01", "11/20:02");
  }

  @Test
  void a_date_in_words_and_officers_by_initial_and_given_name() {
    Pack p = PackParser.parse("t.pdf", "0", List.of(new Page(1, """
        REGULAR MEETING OF THE ISLE OF WIGHT COUNTY BOARD OF
        SUPERVISORS HELD THE FIFTH DAY OF MARCH IN THE YEAR TWO
        THOUSAND AND NINE
        PRESENT:\tJames B. Brown, Jr., Chairman (Arrived at 6:00 p.m.)
        Al Casteen
        Also Attending:\tA. Paul Burton, Interim County Attorney
        W. Douglas Caskey, County Administrator
        Carey Mills Storm, Clerk
        In the absence of Chairman Brown, Vice - Chairman Bradshaw called the meeting to
        order at 5:00 p.m.
        Supervisor Wright moved that the Board approve the agenda, as amended. The motion
        was adopted by a vote of (4 -0).
        """, false)), List.of());
    assertThat(p.meeting().date()).isEqualTo(java.time.LocalDate.of(2009, 3, 5));
    Minutes m = p.minutes().get(0);
    assertThat(with(m, "present")).containsExactly("James B. Brown Jr", "Al Casteen", "A. Paul Burton", "W. Douglas Caskey",
        "Carey Mills Storm");
    // the decision is kept under no heading: "Carey Mills Storm, Clerk" above it is the last of those attending
    assertThat(m.items()).extracting(i -> i.title()).containsExactly((String) null);
  }

  @Test
  void members_present_by_video_link_in_the_first_minute() {
    Minutes m = minutes("""
        Draft Minutes of Llangors Community Council Bi Monthly Meeting Held Remotely on Tuesday 12th January 2021, 7.00pm
        1. Members present by video link: Cllr Mr S Bailey (Chair), Cllr Mrs L Griffin, Cllr Mr T Evans,
        Cllr Mr M Scruby
        In attendance by video link: Judith Phillips (Clerk)
        2. Declarations of Interest
        None.
        3. Questions from members of the public - None
        """);
    assertThat(with(m, "present")).containsExactly("S Bailey", "L Griffin", "T Evans", "M Scruby", "Judith Phillips");
    assertThat(m.items().get(0).title()).isEqualTo("Members present by video link");
  }

  @Test
  void the_chair_and_other_members_present_as_labels_of_a_column() {
    Minutes m = minutes("""
        MAGHERAFELT DISTRICT COUNCIL
        Minutes of Proceedings of a Meeting of District Council held in the Council Chamber on Tuesday, 12 August 2014.
        Presiding:\tMrs K A McEldowney
        Other Members Present:\tJ Campbell P J Bateson T J Catherwood
        1 Apologies
        B McGuigan and P McLean
        2 Minutes
        It was Proposed by Councillor T J Catherwood Seconded by Councillor P J Bateson, and
        Resolved: that the Minutes be signed as correct.
        """);
    assertThat(with(m, "present")).containsExactly("K A McEldowney", "J Campbell", "P J Bateson", "T J Catherwood");
  }

  @Test
  void two_names_in_two_columns_are_two_people_and_a_name_beside_its_ward_is_one() {
    assertThat(AttendanceRows.row(new Line(1, "Anne MacLean David Selfridge", List.of(13))))
        .isEqualTo("Anne MacLean, David Selfridge");
    assertThat(AttendanceRows.row(new Line(1, "Carolyn Stewart Mount Jeffcott Ward", List.of(16))))
        .isEqualTo("Carolyn Stewart Mount Jeffcott Ward");
  }

  @Test
  void a_table_of_names_and_posts_with_a_time_of_arrival() {
    Minutes m = minutes("""
        Minutes of Ordinary Council Meeting held remotely and livestreamed on
        Council’s website on 28 September 2021
        Meeting commenced at 6.30pm
        Present:
        Rochelle Porteous\tMayor
        Darcy Byrne\tCouncillor (6:31pm)
        Marghanita Da Cruz\tCouncillor
        Anna York\tCouncillor (6:31pm)
        Peter Gainsford\tGeneral Manager
        APOLOGIES: Nil
        Councillor Byrne entered the meeting at 6.31pm.
        DISCLOSURES OF INTERESTS:
        Nil
        1 CONFIRMATION OF MINUTES
        Motion: (Porteous/Byrne)
        THAT the Minutes of the Council Meeting held on 14 September 2021 be confirmed as a correct record.
        Motion Carried""");
    assertThat(with(m, "present")).containsExactly("Rochelle Porteous", "Darcy Byrne", "Marghanita Da Cruz", "Anna York",
        "Peter Gainsford");
    assertThat(m.attendance().get(1).title()).isEqualTo("Councillor");
  }

  @Test
  void a_second_run_of_titled_names_under_a_list_belongs_to_it() {
    Minutes m = minutes("""
        Minutes of Meeting of Monaghan County Council held on Monday 3rd November, 2008 at 10.00 a.m.
        Present: Cllrs Bannigan, Carville, O’Brien and Treanor.
        Mr. D. Nelson, Co. Manager, Mr. M. Fitzpatrick, Director of Service, Ms. C.
        Thornton, Meetings Administrator.
        1. Minutes:
        On the proposal of Cllr Carville, seconded by Cllr Keenan it was agreed that the minutes be confirmed.""");
    assertThat(with(m, "present")).containsExactly("Bannigan", "Carville", "O’Brien", "Treanor", "D. Nelson", "M. Fitzpatrick",
        "C. Thornton");
  }

  @Test
  void the_members_under_their_chairs_line_by_their_plural_title_and_a_reversed_apostrophe_read_as_one() {
    Minutes m = minutes("""
        Minutes of Proceedings at Meeting of County Council held in the
        Council Chamber, County Hall, Cork on 27th June, 2016.
        PRESENT
        Councillor S. McGrath, County Mayor presided.
        Councillors, Jeffers, D\u201FAlton, Forde, Ó Donnabháin, J.
        Collins, J. O\u201FDonovan, Hurley.
        CONFIRMATION OF MINUTES
        Proposed by Councillor Timmy Collins.""");
    assertThat(with(m, "present")).containsExactly("S. McGrath", "Jeffers", "D’Alton", "Forde", "Ó Donnabháin", "J. Collins",
        "J. O’Donovan", "Hurley");
  }

  @Test
  void apologies_in_a_numbered_minute_with_plural_and_dotted_titles() {
    Minutes m = minutes("""
        Minutes of a meeting of the CREWKERNE TOWN COUNCIL held in the Council Chamber on
        Monday 24th October 2011 at 6.45 p.m.
        PRESENT :
        Cllrs. N. Sturtivant (Chairman), Mrs. S. Allman and Mrs. S. White.
        In attendance: The Clerk Mrs. J. Warner, Cty. Cllr. J. Dyke, 2 members of the public and
        1 member of the press.
        124 OPEN FORUM
        Mr Rousell raised concerns about youngsters.
        125 APOLOGIES FOR ABSENCE
        Apologies for absence were received from Cllrs. Jones (unwell) and Miss. Hennessey
        (unwell).
        126 POLICE MATTER""");
    assertThat(with(m, "apologies")).containsExactly("Jones", "Hennessey");
    assertThat(with(m, "present")).containsExactly("N. Sturtivant", "S. Allman", "S. White", "J. Warner", "J. Dyke");
  }

  @Test
  void a_table_of_posts_and_names_a_row_each_under_present_and_absent() {
    Minutes m = minutes("""
        MINUTES OF REGULAR MEETING OF COUNCIL
        HELD IN COUNCIL CHAMBERS, Administration Building, Provost, Alberta on Tuesday, February 21, 2017.
        1. CALL TO ORDER
        A quorum of Council being present the meeting was called to order by Mayor Knox at 5:00 p.m.
        Present:\tDeputy Mayor:\tKelly Heinrich
        Councillor:\tAlvin Schultz
        CAO:\tDavid Connauton
        PW Superintendent:\tKeith Heintz
        Absent:\tMayor:\tKen Knox
        2. CONSIDERATION OF AGENDA""");
    assertThat(with(m, "present")).containsExactly("Kelly Heinrich", "Alvin Schultz", "David Connauton", "Keith Heintz");
    assertThat(with(m, "absent")).containsExactly("Ken Knox");
  }

  @Test
  void apologies_received_from_without_a_verb_and_no_interests_declared() {
    Minutes m = minutes("""
        Cofnodion 5 Chwefror 2019 Cwrdd y Cyngor / Minutes 5th February 2019
        Present / Bresennol Chair Cllr J Pritchard, Cllr D Sandham
        2. Apologies / Ymddiheuriadau
        Apologies received from Vice Chair Cllr M Lees and Cllr L Porter
        3. Declarations of Interest / Datgan Buddiannau
        All councillors present signed the appropriate document and declared no interests
        4. Minutes / Cofnodion
        Minutes for both meetings were agreed by all councillors present and signed by Cllr Pritchard""");
    assertThat(with(m, "apologies")).containsExactly("M Lees", "L Porter");
    assertThat(m.noneDeclared()).isTrue();
  }

  @Test
  void labelled_lists_and_an_apology_sentence() {
    Minutes m = minutes("""
        MINUTES OF THE MEETING OF THE PARISH COUNCIL HELD ON WEDNESDAY 9 JANUARY 2019 AT 7.30 PM
        PRESENT: Cllrs Gary O’Leary, Magda Atkins, Haidy Blake
        In attendance: Amanda Glew (Clerk) and Lottie Platten (Cratus)
        75. APOLOGIES
        Apologies for absence were received from Cllr Purves and Cllr Jones.
        76. DECLARATIONS OF INTEREST
        Cllr Blake declared a pecuniary interest in item 78.
        77. MINUTES
        The minutes were agreed and signed. Proposed by Cllr Atkins, seconded by Cllr Blake.""");
    assertThat(with(m, "present")).containsExactly("Gary O’Leary", "Magda Atkins", "Haidy Blake", "Amanda Glew", "Lottie Platten");
    assertThat(m.attendance()).filteredOn(a -> a.name().equals("Amanda Glew")).singleElement()
        .satisfies(a -> {
          assertThat(a.kind()).isEqualTo("officer");
          assertThat(a.role()).isEqualTo("Clerk");
        });
    assertThat(with(m, "apologies")).containsExactly("Purves", "Jones");
    assertThat(m.declarations()).singleElement().satisfies(d -> {
      assertThat(d.name()).isEqualTo("Blake");
      assertThat(d.itemNumber()).isEqualTo("78");
      assertThat(d.interest()).isEqualTo("pecuniary");
    });
    Resolution r = m.items().get(2).resolutions().get(0);
    assertThat(r.movedBy()).isEqualTo("Atkins");
    assertThat(r.secondedBy()).isEqualTo("Blake");
  }

  @Test
  void members_who_were_present_in_a_sentence_and_a_motion_with_its_vote() {
    Minutes m = minutes("""
        Rivergrove City Council Meeting Minutes
        December 10, 2018
        CALL TO ORDER AND ROLL CALL
        Present: Mayor Heather Kibbey, Council President Arne Nyberg, and Councilors Carolyn Bahrman,
        Brenda Ruble, and Bill Tuttle were present.
        UNFINISHED BUSINESS
        1. Review of Notice of Decision for a development permit application
        Motion: Councilor Tuttle moved to approve the final findings of facts. Councilor Bahrman seconded. The motion passed 4-0.
        Councilor Ruble abstained.""");
    assertThat(with(m, "present")).containsExactly("Heather Kibbey", "Arne Nyberg", "Carolyn Bahrman", "Brenda Ruble", "Bill Tuttle");
    Resolution r = m.items().stream().flatMap(i -> i.resolutions().stream()).findFirst().orElseThrow();
    assertThat(r.movedBy()).isEqualTo("Tuttle");
    assertThat(r.secondedBy()).isEqualTo("Bahrman");
    assertThat(r.votes().inFavour()).isEqualTo(4);
    assertThat(r.votes().against()).isEqualTo(0);
    assertThat(r.votes().abstain()).isEqualTo(1);
  }

  @Test
  void the_council_present_then_others_also_present_and_visitors_present_in_sentences() {
    assertThat(AttendanceSentences.present("""
        Mayor Kristey Williams presiding. Council present were Matt Childers, Paul Belt, and Matt Malone. \
        Also present: City Attorney Austin Parker, and City Clerk Erica Jones. Visitors present were: Kent Bush, \
        and Gayle Martin.""", 400)).extracting(AttendanceSentences.Said::who).containsExactly(
        "Matt Childers, Paul Belt, and Matt Malone", "City Attorney Austin Parker, and City Clerk Erica Jones",
        "Kent Bush, and Gayle Martin");
  }

  @Test
  void a_mover_at_the_end_of_the_motion_and_a_seconder_without_by() {
    Minutes m = minutes("""
        Crete Township Board of Trustees Regular Meeting Minutes
        October 9, 2024
        Board members present were Trustee Elton, Trustee Albrecht, and Supervisor Liccar.
        NEW BUSINESS
        A motion was made to approve the Building Usage Application: Pheasant Lake Estates Residence
        Coalition Board Meeting, Conference Room, October 22, 2024, 5:30 PM to 8:00 PM by Trustee Elton,
        seconded Trustee Albrecht. All were in favor. Motion passes.""");
    Resolution r = m.items().stream().flatMap(i -> i.resolutions().stream()).findFirst().orElseThrow();
    assertThat(r.movedBy()).isEqualTo("Elton");
    assertThat(r.secondedBy()).isEqualTo("Albrecht");
  }

  @Test
  void no_declarations_a_roll_call_vote_and_absentees() {
    Minutes m = minutes("""
        Planning Commission Minutes
        January 27, 2020
        1. CALL TO ORDER AND ROLL CALL
        ABSENT: Hernandez
        2. DECLARATIONS OF INTEREST
        There were no declarations of interest.
        3. APPROVAL OF THE AGENDA
        RESULT: APPROVED [UNANIMOUS]
        MOTION BY: Garcia
        SECOND: Allen Fisk
        AYES: Garcia, Allen Fisk, Sherrard, Mashack
        ABSENT: Hernandez""");
    assertThat(with(m, "absent")).containsExactly("Hernandez");
    assertThat(m.noneDeclared()).isTrue();
    assertThat(m.declarations()).isEmpty();
    Resolution r = m.items().stream().flatMap(i -> i.resolutions().stream()).findFirst().orElseThrow();
    assertThat(r.movedBy()).isEqualTo("Garcia");
    assertThat(r.secondedBy()).isEqualTo("Allen Fisk");
    assertThat(r.votes().inFavour()).isEqualTo(4);
    assertThat(r.votes().forNames()).containsExactly("Garcia", "Allen Fisk", "Sherrard", "Mashack");
  }

  @Test
  void a_conflict_declared_by_several_councillors() {
    List<Declaration> d = DeclarationParser.parse(List.of(new Line(3,
        "Councillors Boag, Crown, Price and Taylor declared a conflict of interest in Item 1 – Review of Gambling Venue Policy.")));
    assertThat(d).extracting(Declaration::name).containsExactly("Boag", "Crown", "Price", "Taylor");
    assertThat(d).extracting(Declaration::itemNumber).containsOnly("1");
    assertThat(d).extracting(Declaration::interest).containsOnly("other");
  }

  @Test
  void a_mover_ends_before_the_sentence_goes_on_and_keeps_a_nickname() {
    Minutes m = minutes("""
        MINUTES OF THE ANNUAL MEETING OF THE MUNICIPAL DISTRICT HELD ON MONDAY 22 JUNE 2015
        1. Election of Cathaoirleach
        Proposed by: Cllr. Peter ‘Chap’ Cleere
        Seconded by: Cllr. David Fitzgerald
        And unanimously Resolved
        “That Cllr. Joe Malone be elected to fill the Office of Mayor.”
        2. Register of Interests
        None""");
    Resolution r = m.items().get(0).resolutions().get(0);
    assertThat(r.movedBy()).isEqualTo("Peter ‘Chap’ Cleere");
    assertThat(r.secondedBy()).isEqualTo("David Fitzgerald");
    assertThat(m.noneDeclared()).isTrue();
  }

  @Test
  void present_in_sentences_and_an_also_present_after_the_list() {
    Minutes m = minutes("""
        Minutes of the Regular Meeting of the Board of Trustees held on October 9, 2024
        Board members present were Trustee Elton, Trustee Albrecht, and
        Supervisor Liccar. Clerk Buiter was also present.
        1. Approval of minutes
        A motion was made by Trustee Elton, seconded by Trustee Albrecht. Motion passes.""");
    assertThat(with(m, "present")).containsExactly("Elton", "Albrecht", "Liccar", "Buiter");
    assertThat(m.attendance()).filteredOn(a -> a.name().equals("Buiter")).singleElement()
        .satisfies(a -> assertThat(a.kind()).isEqualTo("officer"));
  }

  @Test
  void a_list_ending_in_were_present_goes_on_with_sentences_and_also_people() {
    Minutes m = minutes("""
        Rivergrove City Council Meeting Minutes
        December 10, 2018
        Present: Mayor Heather Kibbey and Councilors Carolyn Bahrman,
        Brenda Ruble were present. City Attorney Bill Kabeiseman was also present.
        1. Review of Notice of Decision
        Motion: Councilor Ruble moved to approve. Councilor Bahrman seconded. The motion passed 3-0.""");
    assertThat(with(m, "present")).containsExactly("Heather Kibbey", "Carolyn Bahrman", "Brenda Ruble", "Bill Kabeiseman");
  }

  @Test
  void employees_and_the_public_are_lists_and_also_people_are_others() {
    Minutes m = minutes("""
        Draft Minutes of the Ordinary Meeting held on Thursday 19th October 2023 at 6.30 pm
        Present: Chair Cllr. C Edwards, Cllr. P Rudd
        Council Employees Present: RFO Clive Baker, Clerk Linda Evans
        Members of the Public Present: Cllr H Davies
        82/23 Apologies: Cllr. A Edwards sent his apologies.
        83/23 Declarations of Interest: There were no declarations of interest made at this meeting.""");
    assertThat(with(m, "present")).containsExactly("C Edwards", "P Rudd", "Clive Baker", "Linda Evans", "H Davies");
    assertThat(m.attendance()).filteredOn(a -> a.name().equals("Clive Baker")).singleElement().satisfies(a -> {
      assertThat(a.kind()).isEqualTo("officer");
      assertThat(a.role()).isEqualTo("RFO");
    });
    assertThat(with(m, "apologies")).containsExactly("A Edwards");
    Minutes also = minutes("""
        Minutes of the meeting held on Tuesday, 19th July 2022.
        1    Present
             Councillors, Mr Tim Owen (Chair), Mrs Sharon Barton & Mr J Alun Foulkes (Clerk). Also: County
             Councilor Mr Arfon Wyn
        2    Apologies
             were received from: Councillors Mr Gareth Evans & Mr Les Thomas. Also: County
             Councilor Mr John Ifan Jones
        3    Welcome""");
    assertThat(with(also, "present")).containsExactly("Tim Owen", "Sharon Barton", "J Alun Foulkes", "Arfon Wyn");
    assertThat(with(also, "apologies")).containsExactly("Gareth Evans", "Les Thomas", "John Ifan Jones");
  }

  @Test
  void movers_in_brackets_after_resolved_or_moved() {
    Minutes m = minutes("""
        Minutes of an extraordinary meeting of the Dunedin City Council held on Tuesday 16 April 2019
        1 APOLOGIES
        Moved (Mayor Dave Cull/Cr Chris Staynes):
        That the Council:
        Accepts the apology from Cr Kate Wilson.
        Motion carried (CNL/2019/065)
        2 MINUTES 162/17
        RESOLVED (Cr Fenton/Cr Carter)
        That the Minutes of the Ordinary Meeting held on 25 October, 2017 be confirmed.
        3 CONFIRMATION OF MINUTES
        RESOLVED [37/22] (Cadwallader/Gordon) that the Minutes of the meeting held 15
        June 2022 be confirmed as presented.
        4 MEDIA
        RESOLVED - 17/401 Cr C Gryllis/Cr R Gander
        That Council allow two media outlets to record the Council Meeting.""");
    assertThat(m.items()).extracting(i -> i.resolutions().get(0).movedBy() + "/" + i.resolutions().get(0).secondedBy())
        .containsExactly("Dave Cull/Chris Staynes", "Fenton/Carter", "Cadwallader/Gordon", "C Gryllis/R Gander");
    assertThat(m.items().get(2).resolutions().get(0).text()).startsWith("that the Minutes of the meeting held 15");
    assertThat(with(m, "apologies")).containsExactly("Kate Wilson");
  }

  @Test
  void a_movers_office_in_another_language_before_the_english_one_is_no_name() {
    Minutes m = minutes("""
        MINUTES OF Far North District Council Ordinary Council Meeting held on Thursday, 9 May 2024 AT 10:00am
        1.1 Apologies and Declarations of Interest
        Resolution 2024/38
        Moved:             Kahika - Mayor Moko Tepania
        Seconded:          Kōwhai - Deputy Mayor Kelly Stratford
        That the apology received from Cr Babe Kapa be accepted and leave of absence granted.
        CARRIED""");
    Resolution r = m.items().get(0).resolutions().get(0);
    assertThat(r.movedBy() + "/" + r.secondedBy()).isEqualTo("Moko Tepania/Kelly Stratford");
  }

  @Test
  void an_election_resolved_inside_a_sentence_with_the_mover_who_found_a_seconder() {
    Minutes m = minutes("""
        Minutes of the Annual Meeting of Welton le Marsh Parish Council held on Monday 20 May 2024 at 7pm
        1. ELECTION OF CHAIRMAN & RECEIVE DECLARATION OF ACCEPTANCE
        Cllr Holiday proposed Cllr Tong, who declined the nomination.
        Cllr Tong proposed Cllr Williams, seconded by Cllr Holiday. Cllr Williams accepted
        and as there were no further nominations it was resolved that Cllr Williams remain as
        Chairman for the forthcoming civic year.
        2. ELECTION OF VICE CHAIRMAN
        Cllr Tong proposed Cllr Holiday, seconded by Cllr Hardcastle. Cllr Holiday accepted
        and as there were no further nominations it was resolved that Cllr Holiday remain as
        Vice Chairman for the forthcoming civic year.""");
    assertThat(m.items()).extracting(i -> i.resolutions().get(0).text()).containsExactly(
        "that Cllr Williams remain as Chairman for the forthcoming civic year.",
        "that Cllr Holiday remain as Vice Chairman for the forthcoming civic year.");
    assertThat(m.items()).extracting(i -> i.resolutions().get(0).movedBy() + "/" + i.resolutions().get(0).secondedBy())
        .containsExactly("Tong/Holiday", "Tong/Hardcastle");
  }

  @Test
  void movers_on_the_motion_or_proposition_of_a_county_councillor() {
    Minutes m = minutes("""
        Minutes of the Annual Parish Meeting held on 24 April 2019
        2019/1) Election of the meeting Chairman
        On the motion of Cllr Herring, seconded by Cllr Riseborough, it was RESOLVED to elect Cllr Roberts as Chairman.
        2019/2) Minutes
        It was proposed by County Councillor P. Fox, and duly seconded by Councillor P. Murphy, that the minutes be approved.""");
    assertThat(m.items()).extracting(i -> i.resolutions().get(0).movedBy() + "/" + i.resolutions().get(0).secondedBy())
        .containsExactly("Herring/Riseborough", "P. Fox/P. Murphy");
  }

  @Test
  void movers_named_in_brackets_after_proposed_and_seconded() {
    Minutes m = minutes("""
        Full Council Meeting Minutes
        Wednesday 8 January 2025 19:00pm
        FC25/001 1. Receive apologies and accept valid reasons for absence
        Apologies were received from Cllrs Crump and Hadjoudu.
        Having been proposed (Cllr Waller) and seconded (Cllr Ashton Derry), it was RESOLVED to:
        Accept the reasons for absence from Cllrs Crump and Hadjoudu.
        FC25/002 2. 15 Minute public participation session
        None.""");
    assertThat(m.items()).extracting(i -> i.number()).containsExactly("FC25/001", "FC25/002");
    assertThat(m.items().get(0).resolutions()).extracting(r -> r.movedBy() + "/" + r.secondedBy())
        .containsExactly("Waller/Ashton Derry");
  }

  @Test
  void the_movers_surname_in_capitals_after_the_motions_number() {
    Minutes m = minutes("""
        MINUTES OF THE REGULAR MEETING OF THE COUNCIL OF THE RURAL MUNICIPALITY OF MANITOU LAKE NO. 442 HELD ON THURSDAY, APRIL 4, 2019.
        Call to Order
        Reeve Lamb called the meeting to order at 9:08 a.m.
        Minutes
        19/086 GRAHAM: That the minutes of the First Meeting of Council on January 10, 2019 be
        accepted as presented.
        Carried""");
    assertThat(m.items()).flatExtracting(i -> i.resolutions()).extracting(r -> r.movedBy()).containsExactly("Graham");
  }

  @Test
  void the_sole_mover_after_a_numbered_motions_dash_or_title() {
    Minutes m = minutes("""
        The regular meeting of the Council of the Rural Municipality of Blucher, #343 was held in the Municipal
        Office, Village of Bradwell, on Wednesday, November 20, 2019 commencing at 8:00 a.m.
        237-2019 - Cummins        That the minutes of the previous regular meeting held October 9, 2019 be
                                  adopted as amended. Carried.
        238-2019 - Councillor DeCorby that the statement for October, 2019 be approved. Carried.""");
    assertThat(m.items()).flatExtracting(i -> i.resolutions()).extracting(r -> r.movedBy()).containsExactly("Cummins", "DeCorby");
  }

  @Test
  void mover_and_seconder_by_surname_in_capitals_parted_by_a_slash() {
    Minutes m = minutes("""
        The regular meeting of the Council of the Town of Wolseley was held in the Council Chambers on April 23, 2014 at 7:00 p.m.
        116/14        AGENDA                QUINTYN/HILL that the agenda be adopted as present.
                                            CARRIED""");
    assertThat(m.items()).flatExtracting(i -> i.resolutions()).extracting(r -> r.movedBy() + "/" + r.secondedBy())
        .containsExactly("Quintyn/Hill");
  }

  @Test
  void mover_and_seconder_alone_on_the_numbered_line_above_the_resolution() {
    Minutes m = minutes("""
        Regular Meeting of the members of Council of the Rural Municipality of Minitonas, held in
        Council Chambers, in Minitonas, Manitoba this 8th day of June, 2011 A.D. at 8:00 am.
        1. W. Pacamaniuk – D. Klekta
        RESOLVED THAT the Agenda be adopted as amended.
        Carried.
        2. E. Rinsdorf – C. Eisner
        RESOLVED THAT the minutes of the Regular Meetings of Council held on May 11th, 2011 be adopted.
        Carried.""");
    assertThat(m.items()).flatExtracting(i -> i.resolutions()).extracting(r -> r.movedBy() + "/" + r.secondedBy())
        .containsExactly("W. Pacamaniuk/D. Klekta", "E. Rinsdorf/C. Eisner");
  }

  @Test
  void a_resolutions_number_then_moved_and_second_abbreviated() {
    Minutes m = minutes("""
        Minutes of the Ordinary Council Meeting held at Council Chambers, Tammin, on Wednesday, 13 July 2005
        CONFIRMATION OF MINUTES PREVIOUS MEETING
        MIN 108/05 MOTION - Moved Cr. Jefferies 2nd Cr. Greenwood
        That the minutes of the Ordinary Meeting held on 15 June 2005 be confirmed as a true and correct record.
        CARRIED 5/0""");
    assertThat(m.items()).flatExtracting(i -> i.resolutions()).extracting(r -> r.movedBy() + "/" + r.secondedBy())
        .containsExactly("Jefferies/Greenwood");
  }

  @Test
  void both_movers_in_brackets_after_motion_and_second_and_program_staff() {
    Minutes m = minutes("""
        Minutes of the Regular Meeting of the
        Rent Review Advisory Committee
        Monday, September 9, 2019
        1. CALL TO ORDER AND ROLL CALL
        The meeting was called to order at 6:30 p.m.
        Present:\tChair Sullivan-Cheah; Vice Chair Chiu and Member Sidelnikov
        Absent:\tMember Murray
        Program Staff:\tGregory Kats, Grant Eshoo, and Angel Nguyen
        5. CONSENT CALENDAR
        Motion and second to approve the minutes (Chair Sullivan-Cheah and Vice Chair Chiu).
        Motion passed 3-0.""");
    assertThat(with(m, "absent")).containsExactly("Murray");
    assertThat(m.attendance()).filteredOn(a -> a.kind().equals("officer")).extracting(a -> a.name())
        .containsExactly("Gregory Kats", "Grant Eshoo", "Angel Nguyen");
    assertThat(m.items()).flatExtracting(i -> i.resolutions()).extracting(r -> r.movedBy() + "/" + r.secondedBy())
        .containsExactly("Sullivan-Cheah/Chiu");
  }

  @Test
  void the_chair_and_lists_introduced_by_a_sentence() {
    Minutes m = minutes("""
        MINUTES OF MAYO COUNTY COUNCIL MEETING HELD ON MONDAY, 18th JULY, 2005, AT 2.00 p.m.
        The Cathaoirleach, Cllr. H. Kenny, was in the Chair.
        The other Councillors present were:-
        Cllrs. M. Mulherin, J. Munnelly, Johnnie O’Malley.
        The Council Staff in attendance were:-
        Mr. D. Mahon, Co. Manager, Ms. C. Kenny, Asst. Staff Officer.
        Members Absent None
        1. Standing Orders
        Proposed by Cllr. H. Kenny
        Seconded by Cllr. T. Quinn
        Resolved:-
        “That “Standing Orders” be suspended.”""");
    assertThat(with(m, "present")).containsExactly("H. Kenny", "M. Mulherin", "J. Munnelly", "Johnnie O’Malley", "D. Mahon",
        "C. Kenny");
    assertThat(m.attendance().get(0).role()).isEqualTo("Cathaoirleach");
    assertThat(m.attendance()).filteredOn(a -> a.name().equals("D. Mahon")).singleElement()
        .satisfies(a -> assertThat(a.kind()).isEqualTo("officer"));
    Resolution r = m.items().get(0).resolutions().get(0);
    assertThat(List.of(r.movedBy(), r.secondedBy())).containsExactly("H. Kenny", "T. Quinn");
  }

  @Test
  void an_apology_sentence_runs_to_its_full_stop_and_lateness_is_no_absence() {
    Minutes m = minutes("""
        MINUTES OF THE MEETING OF THE TOWN COUNCIL HELD ON WEDNESDAY 1 NOVEMBER 2017 AT 7.30 PM
        184. APOLOGIES FOR ABSENCE
        Apologies for absence were received from Councillors G M Brewster, Ms S L
        Britton, G Betts-Davies, P Ekpenyong and Mrs
        L M Mayes.
        185. LATENESS
        Apologies for lateness were provided by Councillor Asif Siddique.
        186. OTHERS
        Apologies were received and accepted from Mr G Overland and Mr Sharpe.
        Apologies were received from CClrs Hamilton and Smith, and from PKC Clrs
        Barnacle and Cuthbert.""");
    assertThat(with(m, "apologies")).containsExactly("G M Brewster", "S L Britton", "G Betts-Davies", "P Ekpenyong",
        "L M Mayes", "G Overland", "Sharpe", "Hamilton", "Smith", "Barnacle", "Cuthbert");
    assertThat(with(m, "present")).containsExactly("Asif Siddique");
  }

  @Test
  void interests_declared_in_other_words_and_none_under_a_heading() {
    Minutes m = minutes("""
        MINUTES OF THE ORDINARY COUNCIL MEETING HELD ON WEDNESDAY 22 NOVEMBER 2017
        3 DECLARATION OF PECUNIARY AND NON PECUNIARY INTEREST
        Liz Jeremy declared a Non-Pecuniary Interest – Less Significant Conflict on item 11.1 as she is on
        the Board of the Rotary Club.
        Councillor Hodivala stated that she had a non-pecuniary interest in a school application.
        4 MINUTES""");
    assertThat(m.declarations()).extracting(d -> d.name() + " " + d.itemNumber() + " " + d.interest())
        .containsExactly("Liz Jeremy 11.1 other", "Hodivala null other");
    Minutes none = minutes("""
        Minutes of the Council Meeting held on Wednesday, 17th August, 2022
        3. DISCLOSURE OF INTEREST
        Minutes:
        Nil.
        4. PRESENTATION""");
    assertThat(none.noneDeclared()).isTrue();
  }

  @Test
  void with_no_attendance_list_those_who_voted_by_name_were_there() {
    Minutes m = minutes("""
        Minutes of the Full Council held on Monday, 19 May 2025 at 6:30 PM
        1 Election of a Chair
        For Councillor Speca (3 votes)
        Councillors Ashton, Bennett and
        Candy.
        For Councillor Pitchers (2 votes)
        Councillors Ashdown and Back.
        RESOLVED
        That Councillor Speca be elected as Chair.""");
    assertThat(with(m, "present")).containsExactly("Ashton", "Bennett", "Candy", "Ashdown", "Back");
  }

  @Test
  void members_a_line_each_without_a_label_and_councillors_with_their_wards() {
    Minutes m = minutes("""
        Minutes of the Extraordinary Parish Council Meeting
        Allington Village Hall Meeting Room 16 September 2023 at 17:00hrs
        Cllr Marsh
        Cllr Lowes
        Cllr Storer
        1. Chairman’s remarks
        Cllr Marsh welcomed everyone to the meeting.""");
    assertThat(with(m, "present")).containsExactly("Marsh", "Lowes", "Storer");
    Minutes wards = minutes("""
        Minutes of the Committee of the Whole Meeting Open to the Public
        Monday, April 9, 2018 at 4:30 p.m.
        Present: Mayor Don Darling
        Councillor-at-Large Gary Sullivan
        Councillor Ward 1 Blake Armstrong
        Absent: Councillor Ward 2 Sean Casey
        1. Meeting Called To Order""");
    assertThat(with(wards, "present")).containsExactly("Don Darling", "Gary Sullivan", "Blake Armstrong");
    assertThat(with(wards, "absent")).containsExactly("Sean Casey");
  }

  @Test
  void movers_before_what_they_moved_and_a_seating_order() {
    Minutes m = minutes("""
        City Council Meeting Minutes
        Monday, January 9, 2017
        1. Roll Call
        Mayor Roe called the meeting to order at approximately 6:00 p.m.
        Voting and Seating Order: McGehee, Willmus, Laliberte, Etten and Roe.
        2. Approve Agenda
        Willmus moved, Etten seconded, approval of the agenda as presented.
        Roll Call
        Ayes: McGehee, Willmus, Laliberte, Etten and Roe.
        Nays: None.
        3. Public Comment""");
    assertThat(with(m, "present")).containsExactly("McGehee", "Willmus", "Laliberte", "Etten", "Roe");
    Resolution r = m.items().get(1).resolutions().get(0);
    assertThat(List.of(r.text(), r.movedBy(), r.secondedBy())).containsExactly("approval of the agenda as presented.", "Willmus", "Etten");
    assertThat(r.votes().inFavour()).isEqualTo(5);
  }

  @Test
  void a_short_date_month_first_in_the_title() {
    Minutes m = minutes("""
        Board of Selectmen's Minutes 03/24/03
        PRESENT:     Gordon Carlstrom      Chairman
        A. CALL TO ORDER: A regular meeting of the Board of Selectmen was called to order at 7:02 PM.""");
    assertThat(m.date()).isEqualTo(java.time.LocalDate.of(2003, 3, 24));
  }

  @Test
  void a_short_date_alone_under_the_titles_held_on_and_the_time_before_it() {
    Minutes m = minutes("""
        MINUTES OF DYFFRYN ARDUDWY AND TALYBONT COMMUNITY COUNCIL
        HELD AT THE COMMUNITY CENTRE, DYFFRYN ARDUDWY AT 7.30 P.M. ON
        06.06.17
        6.1   APOLOGIES
        Cllr. Edward Griffiths (Chairman), Sion Ifor Williams, Edward Williams.""");
    assertThat(m.date()).isEqualTo(java.time.LocalDate.of(2017, 6, 6));
  }

  @Test
  void motion_second_and_decision_labels_and_the_same_motion_under_two_articles() {
    Minutes m = minutes("""
        Selectmen’s Minutes 02.16.21
        Select Board Meeting called to order at 6:02 pm
        Regular and Old Business:
        The Board reviewed the following Warrant Articles:
        •   Article 27 – Discontinue portion of Pierce Road
        Motion: Chris Frey motioned to recommend this warrant article.
        Second: Marlene Freyler
        Decision: 2-0
        •   Article 30 – Energy Saving Measures for the Library ($8000)
        Motion: Chris Frey motioned to recommend this warrant article.
        Second: Marlene Freyler
        Decision: 2-0""");
    assertThat(m.date()).isEqualTo(java.time.LocalDate.of(2021, 2, 16));
    List<Resolution> rs = m.items().stream().flatMap(i -> i.resolutions().stream()).toList();
    assertThat(rs).extracting(Resolution::text).containsExactly("recommend this warrant article.", "recommend this warrant article.");
    assertThat(rs).extracting(Resolution::secondedBy).containsExactly("Marlene Freyler", "Marlene Freyler");
    assertThat(rs).extracting(r -> r.votes().inFavour() + "-" + r.votes().against()).containsExactly("2-0", "2-0");
  }

  @Test
  void both_movers_in_brackets_before_the_result() {
    Minutes m = minutes("""
        MINUTES OF THE GENERAL MEETING HELD ON 1 OCTOBER 2009
        1. MINUTES - Resolved that the Minutes of the General Meeting held on the 10th
        September, 2009 be approved as a correct record of proceedings and be signed by the
        Mayor. (Crs. Lancini and Molachino - Carried unanimously)
        2. FINANCIALS
        Resolved - That the Report be received and noted. (Crs. Gianotti and Molachino -
        Carried unanimously)""");
    List<Resolution> rs = m.items().stream().flatMap(i -> i.resolutions().stream()).toList();
    assertThat(rs).extracting(r -> r.movedBy() + "/" + r.secondedBy()).containsExactly("Lancini/Molachino", "Gianotti/Molachino");
  }

  @Test
  void movers_on_a_line_under_the_decision_with_its_number_and_result() {
    Minutes m = minutes("""
        MINUTES OF A MEETING OF THE COUNCIL HELD ON WEDNESDAY 16 NOVEMBER 2016 COMMENCING AT 9.00 AM
        1. APOLOGIES
        RESOLVED
        THAT the apology of Cr D H Swales be received and sustained.
        C16/372 Tregidga/Leonard CARRIED
        2. LATE ITEMS
        There were no late items.""");
    assertThat(m.items()).extracting(org.agendasearch.ingest.model.MinuteItem::title).containsExactly("APOLOGIES", "LATE ITEMS");
    Resolution r = m.items().get(0).resolutions().get(0);
    assertThat(List.of(r.movedBy(), r.secondedBy())).containsExactly("Tregidga", "Leonard");
  }

  @Test
  void a_numbered_motion_moved_and_seconded_by_two_councillors_after_one_title() {
    Minutes m = minutes("""
        MINUTES of the Village of Lytton Regular Council Meeting held at 7:00 p.m. July 30, 2014
        3) ADOPTION OF AGENDA
        14/174 - Moved, seconded by Councillors Steer/MacIntyre that the agenda be adopted as
        amended.
        Carried
        4) ADOPTION OF MINUTES""");
    Resolution r = m.items().get(0).resolutions().get(0);
    assertThat(List.of(r.text(), r.movedBy(), r.secondedBy())).containsExactly("the agenda be adopted as amended.", "Steer", "MacIntyre");
  }

  @Test
  void present_were_and_also_in_attendance_were_in_the_sentences_of_a_roll_call() {
    Minutes m = minutes("""
        MINUTES
        VILLAGE OF TEQUESTA
        REGULAR VILLAGE COUNCIL MEETING
        TEQUESTA VILLAGE HALL
        THURSDAY, JULY 12, 2007
        I. Call to Order and Roll Call
        Mayor Jim Humpage called the meeting to order at 7:23 p.m. immediately following the Local
        Planning Agency meeting. Village Clerk Lori McWilliams took a roll call. Present were: Mayor
        Jim Humpage, Vice Mayor Pat Watkins, Council Member Dan Amero, Council Member Tom
        Paterno, and Council Member Calvin Turnquest. Also in attendance were: Village Attorney Scott
        Hawkins, Village Manager Michael R. Couzzo, Jr., Village Clerk Lori McWilliams, and
        Department Heads.
        II. Invocation and Pledge of Allegiance
        Vice-Mayor Watkins gave the invocation and led the Pledge of Allegiance to the Flag.
        III. Approval of Agenda
        MOTION: Vice-Mayor Watkins moved to approve the agenda; Council Member Amero
        seconded.
        Motion carried unanimously 5-0.""");
    assertThat(with(m, "present")).containsExactly("Jim Humpage", "Pat Watkins", "Dan Amero", "Tom Paterno", "Calvin Turnquest",
        "Scott Hawkins", "Michael R. Couzzo Jr", "Lori McWilliams");
    assertThat(m.attendance().get(1).role()).isEqualTo("Vice Mayor");
    assertThat(m.attendance().get(5).role()).isEqualTo("Village Attorney");
  }

  @Test
  void a_label_column_beside_lists_a_line_each_with_posts_after_a_comma() {
    Minutes m = minutes("""
        COUNTY OF NEWELL
        MINUTES OF REGULAR COUNCIL
        September 11, 2014
        The regular Council Meeting of the County of Newell was held in the County Office on Thursday, September 11,
        2014 commencing at 10:53 a.m.
        MEMBERS
        PRESENT:
        COUNCILLORS:\tM. Douglass, Reeve
        C. Amulung
        G. Simpson
        A.M. Philipsen
        B. de Jong
        STAFF:\tK. Stephenson, Chief Administrative Officer
        L. Johnson, Director of Corporate Services
        D. Horvath, Planner - ORRSC
        K. Cox, GIS Analyst
        OTHERS IN
        ATTENDANCE:
        S. Stanway, Brooks Bulletin
        M. Dumont, Brooks & County Chronicle
        C. Mitchell, AMEC
        4 County Ratepayers
        CALL TO ORDER
        Reeve M. Douglass called the meeting to order at 10:53 a.m.
        2. EXCUSED FROM MEETING
        All members were in attendance at this meeting.
        3. ADOPTION OF MINUTES
        C-277/14\tMOVED BY COUNCILLOR ANNE MARIE PHILIPSEN that the August 7, 2014 Council
        Meeting minutes be adopted as presented.
        MOTION CARRIED""");
    assertThat(with(m, "present")).containsExactly("M. Douglass", "C. Amulung", "G. Simpson", "A.M. Philipsen", "B. de Jong",
        "K. Stephenson", "L. Johnson", "D. Horvath", "K. Cox", "S. Stanway", "M. Dumont", "C. Mitchell");
    assertThat(m.attendance()).extracting(Attendee::kind).containsExactly("member", "member", "member", "member", "member",
        "officer", "officer", "officer", "officer", "other", "other", "other");
    assertThat(m.attendance()).extracting(Attendee::role).containsExactly("Reeve", null, null, null, null,
        "Chief Administrative Officer", "Director of Corporate Services", "Planner - ORRSC", "GIS Analyst", "Brooks Bulletin",
        "Brooks & County Chronicle", "AMEC");
  }

  @Test
  void a_label_column_beside_lists_a_line_each_with_posts_before_a_comma() {
    Minutes m = minutes("""
        Council Meeting Minutes
        Council Meeting
        Date:\tMay 27, 2024
        Time:\t6:00 p.m.
        Location:\tCouncil Chambers - Hybrid
        60 Snyder's Road West
        Baden, Ontario
        Members Present:\tMayor N. Salonen
        Councillor S. Cressman
        Councillor K. Wilkinson
        Staff Present:\tChief Administrative Officer, S. Chambers
        Director of Community Services, C. Catania
        Director of Corporate Services/CFO, G. Clark
        Manager of Legislative Services / Municipal Clerk, J. Bunn
        Curator, S. Gropp
        1.\tCALL TO ORDER
        Moved by:\tCouncillor S. Martin
        Seconded by:\tCouncillor S. Cressman
        THAT the Regular Council Meeting held on May 27, 2024 be called to order at 6:04
        p.m.
        Motion Carried Unanimously, By All Members Present""");
    assertThat(with(m, "present")).containsExactly("N. Salonen", "S. Cressman", "K. Wilkinson", "S. Chambers", "C. Catania",
        "G. Clark", "J. Bunn", "S. Gropp");
    assertThat(m.attendance()).extracting(Attendee::role).containsExactly("Mayor", null, null, "Chief Administrative Officer",
        "Director of Community Services", "Director of Corporate Services/CFO", "Manager of Legislative Services / Municipal Clerk",
        "Curator");
  }

  @Test
  void council_staff_and_others_in_attendance_with_their_papers_in_a_table() {
    Minutes m = minutes("""
        MUNICIPALITY OF MORRIS-TURNBERRY
        COUNCIL CHAMBERS
        Tuesday December 6th 2011 7:30 pm
        Minutes of the Meeting
        1) Call to order:
        The meeting was called to order by Mayor Paul Gowing at 7:30 pm with all members in
        attendance for the call to order.
        Council in Attendance:
        Paul Gowing
        Jason Breckenridge
        David Baker
        Staff in Attendance:
        Nancy Michie\tAdministrator Clerk Treasurer
        Steve Fortier\tChief Building Official
        Others in Attendance:
        Keith Roulston\tThe Blyth/Brussels Citizen
        Jackie Riggs\tThe Wingham Advance Times
        Carol Leeming- Huron County Planning Department arrived at the meeting.
        2) Agenda:
        Motion: 494-2011 Moved by Neil Warwick Seconded by Jason Breckenridge
        “That the agenda for the meeting of December 6th, 2011 be adopted as amended.”
        Disposition Carried""");
    assertThat(with(m, "present")).containsExactly("Paul Gowing", "Jason Breckenridge", "David Baker", "Nancy Michie",
        "Steve Fortier", "Keith Roulston", "Jackie Riggs", "Carol Leeming");
    assertThat(m.attendance()).extracting(Attendee::kind).containsExactly("member", "member", "member", "officer", "officer",
        "other", "other", "other");
    assertThat(m.attendance().get(6).role()).isEqualTo("The Wingham Advance Times");
  }

  @Test
  void offices_with_colons_inside_a_list_and_a_list_going_on_after_a_title() {
    Minutes m = minutes("""
        MINUTES OF THE MEETING OF TAYPORT COMMUNITY COUNCIL
        HELD IN THE BURGH CHAMBERS ON MONDAY 6 TH NOVEMBER 2023 AT 19:00 HRS
        Present:\tChair: .Mrs S Walker : Secretary: Mr G M Beat: Treasurer: Mr J Kinnear
        Mrs R Dawson , Messrs B de Smid , N Sneddon ,E MacDonald.
        Apologies:\tMs R MacCallum , Mr D Myles
        Minutes:\tThe Minutes of the meeting held on Monday 2nd October were agreed""");
    assertThat(with(m, "present")).containsExactly("S Walker", "G M Beat", "J Kinnear", "R Dawson", "B de Smid", "N Sneddon",
        "E MacDonald");
    assertThat(m.attendance()).extracting(Attendee::role).startsWith("Chair", "Secretary", "Treasurer");
    Minutes monaghan = minutes("""
        Minutes of Meeting of Monaghan County Council held in the Mtek
        Building, Knockaconny, Monaghan on Monday 3rd November, 2008 at
        10.00 a.m.
        Present:\tCllrs Bannigan, Carville, O’Brien and Treanor.
        Mr. D. Nelson, Co. Manager, Mr. M. Fitzpatrick, Mr. D. Fallon and Mr.
        A. King, Directors of Service, Mr J. McGrath, Senior Engineer, Ms R.
        McManus, Senior Executive Officer and Ms. C.
        Thornton, Meetings Administrator.
        1. Minutes:
        On the proposal of Cllr Carville, seconded by Cllr Keenan it was agreed that the minutes be confirmed.""");
    assertThat(with(monaghan, "present")).containsExactly("Bannigan", "Carville", "O’Brien", "Treanor", "D. Nelson",
        "M. Fitzpatrick", "D. Fallon", "A. King", "J. McGrath", "R. McManus", "C. Thornton");
  }

  @Test
  void a_list_a_line_each_goes_on_after_a_suffixs_full_stop() {
    Minutes m = minutes("""
        City of Muskegon
        City Commission Meeting
        Minutes
        September 26, 2023, 5:30 pm
        Muskegon City Hall
        Present:\tMayor Ken Johnson
        Commissioner Rebecca St.Clair
        Vice Mayor Willie German, Jr.
        Commissioner Michael Ramsey
        Commissioner Teresa Emory
        Absent:\tCommissioner Rachel Gorman
        Staff Present:\tCity Manager Jonathan Seyferth
        1. Call To Order
        Mayor Johnson called the Muskegon City Commission meeting to order 5:30 p.m.
        2. Approval of the Agenda
        Motion by Commissioner Ramsey, second by Commissioner Emory, to approve the agenda as presented.
        ROLL VOTE: Ayes: St.Clair, German, Ramsey, Emory, Johnson
        Nays: None
        MOTION PASSES""");
    assertThat(with(m, "present")).containsExactly("Ken Johnson", "Rebecca St.Clair", "Willie German Jr", "Michael Ramsey",
        "Teresa Emory", "Jonathan Seyferth");
    assertThat(with(m, "absent")).containsExactly("Rachel Gorman");
  }

  @Test
  void the_body_and_its_staff_as_labels_and_a_member_said_to_be_absent() {
    Minutes m = minutes("""
        APPROVED MINUTES
        EDEN PRAIRIE CITY COUNCIL
        TUESDAY, JUNE 4, 2002 7:00 PM, CITY CENTER
        CITY COUNCIL: Mayor Nancy Tyra-Lukens, Councilmembers Sherry Butcher, Ron Case, David
        Luse, and Jan Mosman
        CITY STAFF: City Manager Scott Neal, City Planner Michael Franzen
        I. ROLL CALL / CALL THE MEETING TO ORDER
        Mayor Tyra-Lukens called the meeting to order at 7:00 p.m. Councilmember Butcher was
        absent.
        II. PLEDGE OF ALLEGIANCE""");
    assertThat(with(m, "present")).containsExactly("Nancy Tyra-Lukens", "Ron Case", "David Luse", "Jan Mosman",
        "Scott Neal", "Michael Franzen");
    assertThat(with(m, "absent")).containsExactly("Sherry Butcher");
    assertThat(m.attendance()).filteredOn(a -> a.name().equals("Scott Neal")).extracting(a -> a.kind()).containsExactly("officer");
  }

  @Test
  void members_present_to_wit_a_line_each_then_others_in_attendance_were() {
    Minutes m = minutes("""
        MINUTES OF A REGULAR MEETING OF THE GILCHRIST COUNTY BOARD OF
        COUNTY COMMISSIONERS HELD FEBRUARY 17, 2003.
        The Gilchrist County Board of County Commissioners convened in a regular meeting on Monday, February 17, 2003
        at 5:00 p.m. in the courtroom, with the following members
        present to-wit:
        Commissioner Randy Durden, Chair
        Commissioner Wilbur Bush
        Commissioner Suggs, Vice-Chair
        (Commissioner Suggs arrived at 5:10 p.m.)
        Others in attendance were: Joseph W. Gilliam, Clerk of Court, John McPherson, County Attorney,
        Doug Beach, John Ayers.
        Call to Order:
        Chairman Durden called the meeting to order at 5:00 p.m.""");
    assertThat(with(m, "present")).containsExactly("Randy Durden", "Wilbur Bush", "Suggs", "Joseph W. Gilliam",
        "John McPherson", "Doug Beach", "John Ayers");
  }

  @Test
  void a_roll_call_table_with_the_status_before_each_name_and_its_post() {
    Minutes m = minutes("""
        Minutes of the
        ALAMEDA FREE LIBRARY BOARD MEETING
        WEDNESDAY, NOVEMBER 14, 2012
        ROLL CALL:\tPresent\tCatherine Atkin, President
        Absent\tNancy Lewis, Vice President
        Present\tMichael Hartigan, Board Member
        Staff:\tJane Chisaki, Library Director
        ORAL COMMUNICATIONS, AGENDA (Public Comment)
        None.""");
    assertThat(with(m, "present")).containsExactly("Catherine Atkin", "Michael Hartigan", "Jane Chisaki");
    assertThat(with(m, "absent")).containsExactly("Nancy Lewis");
    assertThat(m.attendance()).extracting(a -> a.role()).containsExactly("President", "Vice President", "Board Member",
        "Library Director");
  }

  @Test
  void other_apologies_and_the_clerk_on_a_line_of_their_own() {
    Minutes m = minutes("""
        Minutes of the Annual Parish Council Meeting of Marshchapel Parish Council held on Tuesday 14th May, 2019
        Present: Cllrs. P Rickett (Chair); C. Henderson (V. Chair); R. Cordy
        Apologies: Cllr R Bealey (reason accepted)
        Other apologies: Cllr D. McNally (ELDC & CC)
        Clerk: Mrs P. Plumridge
        1.19 - Chair
        The Chairman opened the meeting and asked for nominations for Chairman for the next year.""");
    assertThat(with(m, "apologies")).containsExactly("R Bealey", "D. McNally");
    assertThat(with(m, "present")).containsExactly("P Rickett", "C. Henderson", "R. Cordy", "P. Plumridge");
  }

  @Test
  void a_list_a_line_each_ends_at_a_sentence_of_who_was_in_attendance() {
    Minutes m = minutes("""
        MINUTES OF A MEETING OF FULL COUNCIL HELD ON WEDNESDAY 20th SEPTEMBER 2017 AT 7PM
        APOLOGIES:\tCllr J Collier
        County Cllr A Jones
        The Town Clerk and Deputy Town Clerk were in attendance.
        Mr D Thomas, PCC Link Officer, was in attendance.
        County Cllrs D Bryan, T Evans and T Tudor were in attendance.
        1358\tDECLARATIONS OF INTEREST FROM MEMBERS
        Declarations of interest from members will be taken as and when they arise.""");
    assertThat(with(m, "apologies")).containsExactly("J Collier", "A Jones");
    assertThat(with(m, "present")).containsExactly("D Thomas", "D Bryan", "T Evans", "T Tudor");
  }

  @Test
  void apologies_under_a_minute_worded_as_its_agenda_item_and_a_sentence_ends_the_list_of_who_was_present() {
    Minutes m = minutes("""
        OSGODBY PARISH COUNCIL
        Minutes of the Annual Parish Council Meeting held in the Village Hall on Monday 22nd May 2023, at 7.30pm
        Present: Cllr J Trafford, Cllr A Wilkinson & Cllr A Boyles
        In attendance: M Williams (Acting Clerk)
        Members of public present: 3
        Public forum – no questions asked
        WLDC Update – Cllr Bunney sent his apologies
        1. To receive apologies and reasons for absence.
        Cllr K Fox, Ms S Harvey (Clerk - ill health)
        2. To elect Chairman for 2023/24
        RESOLVED that Cllr J Trafford be Chairman.""");
    assertThat(with(m, "present")).containsExactly("J Trafford", "A Wilkinson", "A Boyles", "M Williams");
    assertThat(with(m, "apologies")).containsExactlyInAnyOrder("Bunney", "K Fox", "S Harvey");
  }

  @Test
  void a_numbered_minute_that_is_the_list_of_who_was_present_after_the_opening() {
    Minutes m = minutes("""
        Central Highlands Council
        MINUTES – ORDINARY MEETING – 15th MARCH 2016
        1.0 OPENING
        Mayor D E Flint opened the meeting at 9.00am
        2.0 PRESENT
        Mayor D E Flint, Deputy Mayor A J Downie, Clr A W Bailey and Mr Adam Wilson (Acting - General Manager)
        3.0 APOLOGIES
        Clr R Bowden
        4.0 PECUNIARY INTEREST DECLARATIONS
        Nil.
        5.0 CONFIRMATION OF MINUTES
        Moved: Clr A W Bailey Seconded: Clr A J Downie
        THAT the Minutes of the Ordinary Meeting of Council held on 16th February 2016 be confirmed.
        CARRIED""");
    assertThat(with(m, "present")).containsExactly("D E Flint", "A J Downie", "A W Bailey", "Adam Wilson");
    assertThat(with(m, "apologies")).containsExactly("R Bowden");
  }
}
