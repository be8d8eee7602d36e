package org.agendasearch.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.Arrays;
import java.util.List;
import org.agendasearch.ingest.model.Declaration;
import org.junit.jupiter.api.Test;

/** The interests {@link DeclarationParser} reads from a set of minutes' lines. */
class DeclarationParserTest {

  private static List<Line> lines(String text) {
    return Arrays.stream(text.split("\n")).map(t -> new Line(1, t)).toList();
  }

  @Test
  void a_member_who_had_a_declaration_of_interest_in_an_item() {
    assertThat(DeclarationParser.parse(lines("""
        2.   Declarations of Interest for agenda items as per Members’ Code of Conduct
        Cllr Jevons had an ongoing declaration of interest in agenda item 13. Cllr East had an ongoing
        declaration of interest which formed part of the discussion on item 15b.""")))
        .extracting(Declaration::name, Declaration::itemNumber).containsExactly(tuple("Jevons", "13"), tuple("East", "15b"));
  }

  @Test
  void the_minutes_number_in_brackets_after_the_agenda_items() {
    assertThat(DeclarationParser.parse(lines("""
        Councillor Douglas Mills declared a personal interest in Item 19 (minute 294) as Chairman of the
        School Governing Body and remained in the room during the discussion and vote on the item.""")))
        .extracting(Declaration::name, Declaration::itemNumber).containsExactly(tuple("Douglas Mills", "294"));
  }

  @Test
  void a_kind_of_interest_with_a_comma_or_an_aside_in_brackets() {
    assertThat(DeclarationParser.parse(lines("""
        Councillor Raciti declared a significant, pecuniary interest in Item 15 Notice of Motion: Fee Waiver
        For Sporting Fields Ground Hire as her husband and son belong to the tigers soccer club board and""")))
        .extracting(Declaration::name, Declaration::itemNumber, Declaration::interest).containsExactly(tuple("Raciti", "15", "pecuniary"));
    assertThat(DeclarationParser.parse(lines("""
        Councillor Lockie declared a non-significant, non-pecuniary interest in Item 3 Infrastructure""")))
        .extracting(Declaration::name, Declaration::itemNumber, Declaration::interest).containsExactly(tuple("Lockie", "3", "other"));
    assertThat(DeclarationParser.parse(lines("""
        Councillors Tod and Porter declared personal (but not prejudicial) interests in respect of
        various agenda items due to their roles as County Councillors.""")))
        .extracting(Declaration::name, Declaration::itemNumber, Declaration::interest)
        .containsExactly(tuple("Tod", null, "other"), tuple("Porter", null, "other"));
  }

  @Test
  void a_minute_item_numbered_with_its_series_letter() {
    assertThat(DeclarationParser.parse(lines("""
        C04/19 Declaration of Members Interest
        Aldermen Devenney and Thompson and Councillor McKeever declared an
        interest in minute item C30/19 – opposition to the Development of a Goldmine""")))
        .extracting(Declaration::name, Declaration::itemNumber)
        .containsExactly(tuple("Devenney", "C30/19"), tuple("Thompson", "C30/19"), tuple("McKeever", "C30/19"));
  }

  @Test
  void an_items_part_in_brackets_is_part_of_its_number() {
    assertThat(DeclarationParser.parse(lines("""
        Cllr Heselwood declared a pecuniary interest in agenda item 12(a) due to the
        reimbursement of expenses.""")))
        .extracting(Declaration::name, Declaration::itemNumber).containsExactly(tuple("Heselwood", "12(a)"));
  }

  @Test
  void an_item_numbered_after_a_hash() {
    assertThat(DeclarationParser.parse(lines("""
        Jason Breckenridge declared a pecuniary interest for Item # 8 - Breckenridge Municipal
        Drain, since he is related to the landowner No other member declared a pecuniary""")))
        .extracting(Declaration::name, Declaration::itemNumber, Declaration::interest)
        .containsExactly(tuple("Jason Breckenridge", "8", "pecuniary"));
  }

  @Test
  void the_item_first_then_the_councillor_after_a_dash() {
    assertThat(DeclarationParser.parse(lines("""
        10. DECLARATIONS OF INTEREST
        Item 17 of Town Clerks Report Financial requests section 2 – Councillor P E George
        Item 17 of Town Clerks Report Financial requests section 3 - Councillor C Fortune
        11. QUESTION AND ANSWER SESSION WITH MEMBERS OF THE PUBLIC""")))
        .extracting(Declaration::name, Declaration::itemNumber)
        .containsExactly(tuple("P E George", "17"), tuple("C Fortune", "17"));
  }

  @Test
  void a_name_and_its_item_in_columns_or_after_a_bullet() {
    assertThat(DeclarationParser.parse(lines("""
        4.0 PECUNIARY INTEREST DECLARATIONS
        Clr E McRae Item 16.14 Community Grant Application
        Clr AW Bailey Item 16.4 Request for Loan
        Declarations of • Councillor Steven B Heddle – Item 14.1.
        Interest • Councillor Duncan A Tullock – Item 14.1.""")))
        .extracting(Declaration::name, Declaration::itemNumber)
        .containsExactly(tuple("E McRae", "16.14"), tuple("AW Bailey", "16.4"), tuple("Steven B Heddle", "14.1"),
            tuple("Duncan A Tullock", "14.1"));
  }

  @Test
  void items_alone_under_the_heading_are_declarations_by_no_one_named() {
    assertThat(DeclarationParser.parse(lines("""
        2. Declarations of Interest
        Item 6.2 – Whangarei Harbour Marina Management Trust – variation to lease
        Item 6.10 – Fees and Charges 2020 to 2021
        3. Apologies""")))
        .extracting(Declaration::name, Declaration::itemNumber)
        .containsExactly(tuple(null, "6.2"), tuple(null, "6.10"));
  }

  @Test
  void none_under_a_heading_in_capitals_that_wraps_onto_a_second_line() {
    assertThat(DeclarationParser.noneDeclared(lines("""
        2. DECLARATIONS OF INTERESTS AND ADDITIONS TO REGISTER OF MEMBERS
        INTERESTS
        None.
        3. TO RECEIVE, CONFIRM AND SIGN MINUTES"""))).isTrue();
    assertThat(DeclarationParser.noneDeclared(lines("""
        2. DECLARATIONS OF INTERESTS AND ADDITIONS TO REGISTER OF MEMBERS
        INTERESTS
        Cllr Smith declared an interest in item 5.
        None."""))).isFalse();
  }

  @Test
  void no_declarations_made() {
    assertThat(DeclarationParser.noneDeclared(lines("""
        24/22 To receive Disclosures of Interest on any matter before the Council
        Minutes:
        There were no declarations made."""))).isTrue();
  }

  @Test
  void none_received_under_a_heading_worded_as_its_agenda_item_over_three_lines() {
    assertThat(DeclarationParser.noneDeclared(lines("""
        5. To receive declarations of interest under the Localism Act 2011 – being any pecuniary or
        non-pecuniary interest in agenda items not previously recorded on Members’ Register of
        Interests.
        None received.
        6. Allocation of Councillor Roles"""))).isTrue();
    assertThat(DeclarationParser.noneDeclared(lines("""
        5. To receive declarations of interest under the Localism Act 2011
        6. Allocation of Councillor Roles
        None received."""))).isFalse();
  }

  @Test
  void a_councillor_a_line_with_the_item_under_the_name() {
    assertThat(DeclarationParser.parse(lines("""
        C1851\tDECLARATIONS OF INTEREST –
        The following declarations were received:
        Councillor L. Burnett.
        Agenda Item 7 – Bro Radio – Council nominated representative on Barry YMCA personal
        but exemption to prejudicial
        Councillor C. Elmore.
        Agenda Item 7 – Bro Radio – Chair of Barry YMCA Management Committee where Bro
        Radio is located and pay rent for offices used.""")))
        .extracting(Declaration::name, Declaration::itemNumber, Declaration::interest)
        .containsExactly(tuple("L. Burnett", "7", "other"), tuple("C. Elmore", "7", null));
    assertThat(DeclarationParser.parse(lines("""
        Questions from members of the public
        Councillor L. Burnett.
        Agenda Item 7 – Bro Radio""")))
        .isEmpty();
  }

  @Test
  void members_initials_after_the_heading_are_the_names_the_minutes_gave_them() {
    assertThat(DeclarationParser.parse(lines("""
        Councillors S Hughes (SH) Chair, P March (PM) vice-chair, C Burgess (CB) G Wilkinson (GW), D Court (DC),), J
        Hughes (JM), Kerry Wilcox (KW), the temporary clerk, was in attendance.
        2) Declarations of Interest – PM and GW in relation to Acre field
        3) Minutes of previous meeting""")))
        .extracting(Declaration::name, Declaration::itemNumber).containsExactly(tuple("P March", null), tuple("G Wilkinson", null));
    assertThat(DeclarationParser.parse(lines("""
        2) Declarations of Interest – PM and GW in relation to Acre field""")))
        .isEmpty();
  }

  @Test
  void surnames_run_together_are_two_councillors_when_the_minutes_list_them_apart() {
    String declared = """
        Conflicts of interest
        Councillors Boag Crown, Price and Taylor declared a conflict of interest in Item 1 –
        Review of Gambling Venue Policy.""";
    assertThat(DeclarationParser.parse(lines("""
        Present
        Mayor Wise, Deputy Mayor Brosnan, Councillors Boag, Browne,
        Chrystal, Crown, McGrath, Price, Simpson, Tapine and Taylor
        """ + declared))).extracting(Declaration::name).containsExactly("Boag", "Crown", "Price", "Taylor");
    assertThat(DeclarationParser.parse(lines(declared))).extracting(Declaration::name)
        .containsExactly("Boag Crown", "Price", "Taylor");
  }

  @Test
  void the_following_members_declared_then_a_councillor_a_line() {
    assertThat(DeclarationParser.parse(lines("""
        3. DECLARATIONS OF INTEREST
        The following members of the committee declared non-pecuniary interests in agenda item no. 4, corporate parenting
        strategy 2017-2020:
        Councillor Hyde as the support team member (looked after children), the chairman of the corporate parenting panel
        and a member of the fostering panel.
        Councillor Norman as a member of the corporate parenting panel.
        4. CORPORATE PARENTING STRATEGY 2017 - 2020
        Councillor Smith introduced the report.""")))
        .extracting(Declaration::name, Declaration::itemNumber, Declaration::interest)
        .containsExactly(tuple("Hyde", "4", "other"), tuple("Norman", "4", "other"));
  }

  @Test
  void a_table_row_of_the_councillor_the_minute_and_the_interest() {
    assertThat(DeclarationParser.parse(lines("""
        In accordance with Paragraph 9 of the Council’s Code of Conduct, the following declaration of personal interest was made
        Member\tMinute No.\tNature of Interest
        Councillor Waterfield\tMinute No. 84 - DC/2021/00123 - 90 Roe Lane, Southport\tHas spoken to objectors to the development""")))
        .extracting(Declaration::name, Declaration::itemNumber).containsExactly(tuple("Waterfield", "84"));
  }

  @Test
  void a_councillor_a_dash_and_the_item_on_one_line_under_the_heading() {
    assertThat(DeclarationParser.parse(lines("""
        3. Declaration of Conflicts of Interest
        Cr Te Taru White – Item 7.2: Bay of Plenty Territorial Authorities' Final Representation Review
        Proposals: Chair of Te Tatau o Te Arawa, a submitter to the Rotorua Lakes Council""")))
        .extracting(Declaration::name, Declaration::itemNumber).containsExactly(tuple("Te Taru White", "7.2"));
  }

  @Test
  void a_conflict_regarding_a_body() {
    assertThat(DeclarationParser.parse(lines("""
        CONFLICT OF INTEREST
        Councillor C Peterson declared a conflict regarding the Trails Wairarapa Trust.""")))
        .extracting(Declaration::name).containsExactly("C Peterson");
  }

  @Test
  void a_minute_named_min_after_the_interest() {
    assertThat(DeclarationParser.parse(lines("""
        14.035   Declarations of Interests in Items on the Agenda
                 Cllr A N Gooding declared a pecuniary interest in Min 14.044 – he is a member of the""")))
        .extracting(Declaration::name, Declaration::itemNumber).containsExactly(tuple("A N Gooding", "14.044"));
  }

  @Test
  void a_councillor_a_dash_and_several_items_or_items_named_by_their_subject() {
    assertThat(DeclarationParser.parse(lines("""
        - To receive declarations of interest from Councillors
        The Clerk read out declarations received.
        Cllr Gregory – items relating to ADC (non-pecuniary)
        Cllr Jackson – items 16 and 26 (non-pecuniary)
        Cllr Justice – items 20,21, 22 and 25 (non-pecuniary)
        Cllr Martin – item 22 Planning (APP/W3005/W/23/3335639) non pecuniary""")))
        .extracting(Declaration::name, Declaration::itemNumber).containsExactly(tuple("Gregory", null), tuple("Jackson", "16"),
            tuple("Jackson", "26"), tuple("Justice", "20"), tuple("Justice", "21"), tuple("Justice", "22"), tuple("Justice", "25"),
            tuple("Martin", "22"));
  }

  @Test
  void an_interest_in_several_items_listed_after_the_first() {
    assertThat(DeclarationParser.parse(lines("""
        88/23    DECLARATION OF MEMBERS INTERESTS
                 Cllr Phil Jordan and Cllr Karen Lucioni declared an interest in Minute Reference 98/23,
                 99/23 and 100/23 as they were members of the Isle of Wight Councils Cabinet.
        Councillor Brummell declared personal interests in items 6(a)(i) and 6(a)(ii) as a family""")))
        .extracting(Declaration::name, Declaration::itemNumber).containsExactly(tuple("Phil Jordan", "98/23"),
            tuple("Phil Jordan", "99/23"), tuple("Phil Jordan", "100/23"), tuple("Karen Lucioni", "98/23"),
            tuple("Karen Lucioni", "99/23"), tuple("Karen Lucioni", "100/23"), tuple("Brummell", "6(a)(i)"),
            tuple("Brummell", "6(a)(ii)"));
  }
}
