package org.agendasearch.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ItemNumberTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      57. BUDGET AND MEDIUM TERM FINANCIAL STRATEGY | 57       | PLAIN    | 57   | BUDGET AND MEDIUM TERM FINANCIAL STRATEGY
      4) Public questions                          | 4        | PLAIN    | 4    | Public questions
      3/ Approval of previous minutes              | 3        | PLAIN    | 3    | Approval of previous minutes
      4 Member's conflict of interest              | 4        | PLAIN    | 4    | Member's conflict of interest
      2017 / 22 – Election of Chairperson          | 2017/22  | SLASH    | 22   | Election of Chairperson
      2017/ 25 – Apologies                         | 2017/25  | SLASH    | 25   | Apologies
      B. ACCESS, LEARNING AND SUCCESS              | B        | LETTER   | 2    | ACCESS, LEARNING AND SUCCESS
      AGc/46/02/19 Apologies for Absence           | AGc/46/02/19 | SLASH | 46  | Apologies for Absence
      19/4/41 Minutes of the Meeting held on 4 March 2019 | 19/4/41 | SLASH | 41 | Minutes of the Meeting held on 4 March 2019
      2020/01/05   MINUTES OF THE LAST MEETING     | 2020/01/05 | SLASH | 5  | MINUTES OF THE LAST MEETING
      11/20:01     APOLOGIES AND CHAIRMAN’S BUSINESS | 11/20:01 | SLASH | 1 | APOLOGIES AND CHAIRMAN’S BUSINESS
      1/07/17      APOLOGIES FOR ABSENCE          | 1/07/17  | SLASH    | 1    | APOLOGIES FOR ABSENCE
      1430.    Apologies for absence were received from Cllrs M Chiplin | 1430 | PLAIN | 1430 | Apologies for absence were received from Cllrs M Chiplin
      2037. APOLOGIES                              | 2037     | PLAIN    | 2037 | APOLOGIES
      1435     Matters arising.               | 1435     | PLAIN    | 1435 | Matters arising.
      5423         Minutes of the last meeting | 5423   | PLAIN    | 5423 | Minutes of the last meeting
      15.C.74           APOLOGIES               | 15.C.74 | SLASH   | 74   | APOLOGIES
      #2.   Councilmember Turner moved and Councilmember Simonsen | 2 | PLAIN | 2 | Councilmember Turner moved and Councilmember Simonsen
      1109.   PLANNING                       | 1109     | PLAIN    | 1109 | PLANNING
      3109: Apologies for Absence:           | 3109     | PLAIN    | 3109 | Apologies for Absence:
      190-2019 - Appointment of the Chairman | 190-2019 | SLASH    | 190  | Appointment of the Chairman
      205/PC/20 – Minutes                    | 205/PC/20 | SLASH   | 205  | Minutes
      C18/05/02/01     TO CHOOSE A PERSON TO PRESIDE | C18/05/02/01 | SLASH | 1 | TO CHOOSE A PERSON TO PRESIDE
      F/56/2010:-      REPORT OF FINANCE COMMITTEE MEETING | F/56/2010 | LETTERED | 56 | REPORT OF FINANCE COMMITTEE MEETING
      4.1/07/17    Clerk: The Clerk did not have  | 4.1/07/17 | DOTTED  | 1    | Clerk: The Clerk did not have
      C136(a)      Town Council Meeting held on 18 March 2013 | C136(a) | DOTTED | 1 | Town Council Meeting held on 18 March 2013
      Item 2.2     Minutes of Special Meeting      | 2.2      | DOTTED   | 2    | Minutes of Special Meeting
      (*12-019) Minutes of the Special Joint City Council | 12-019 | SLASH | 19 | Minutes of the Special Joint City Council
      (12-025 A) Resolution No. 14648, “Christopher A. Miley” | 12-025 A | SLASH | 25 | Resolution No. 14648, “Christopher A. Miley”
      111-17     Apologies                         | 111-17   | SLASH    | 111  | Apologies
      ITEM:2     GM - 16/04/07 - RELAY FOR LIFE    | 2        | PLAIN    | 2    | GM - 16/04/07 - RELAY FOR LIFE
      40.TO RECEIVE DECLARATION OF INTEREST        | 40       | PLAIN    | 40   | TO RECEIVE DECLARATION OF INTEREST
      MOTION 140617.01 Minutes Annual Session May 20, 2014 | 140617.01 | DOTTED | 1 | Minutes Annual Session May 20, 2014
      CD&E 022/22 1. APOLOGIES FOR ABSENCE.        | CD&E 022/22 | SLASH | 22   | APOLOGIES FOR ABSENCE.
      MDC 21/941 MEETING OPENING                   | MDC 21/941  | SLASH | 941  | MEETING OPENING
      10a. Supplementary item                      | 10a      | PLAIN    | 10   | Supplementary item
      ITEM 6.a   Snow Removal Policy Revisions     | 6.a      | DOTTED   | 1    | Snow Removal Policy Revisions
      Item 4 Minutes                               | 4        | PLAIN    | 4    | Minutes
      Agenda item 4: Minutes                       | 4        | PLAIN    | 4    | Minutes
      AGENDA ITEM #1: DISCUSSION/ACTION RE: Consider | 1     | PLAIN    | 1    | DISCUSSION/ACTION RE: Consider
      Minute 12 - Planning                         | 12       | PLAIN    | 12   | Planning
      82/23 Apologies: Cllr. A Edwards sent        | 82/23    | SLASH    | 82   | Apologies: Cllr. A Edwards sent
      196/20 Minutes                               | 196/20   | SLASH    | 196  | Minutes
      Minute No. 84/13                             | 84/13    | SLASH    | 84   | ''
      41a/19 Apologies: None received              | 41a/19   | SLASH    | 41   | Apologies: None received
      12/ 70      Apologies Apologies received     | 12/70    | SLASH    | 12   | Apologies Apologies received
      160117/1    Apologies                        | 160117/1 | SLASH    | 1    | Apologies
      10457/04/19 APOLOGIES                        | 10457/04/19 | SLASH | 10457 | APOLOGIES
      2019/1) Election of the meeting Chairman     | 2019/1   | SLASH    | 1    | Election of the meeting Chairman
      14.37 Approved absences – none.              | 14.37    | DOTTED   | 37   | Approved absences – none.
      2.2Regular Council Meeting Minutes of October | 2.2      | DOTTED   | 2    | Regular Council Meeting Minutes of October
      C1850 MINUTES –                              | C1850    | LETTERED | 1850 | MINUTES –
      A-1 ORDINANCE NO. 269 AMENDING CERTAIN SECTIONS | A-1    | LETTERED | 1    | ORDINANCE NO. 269 AMENDING CERTAIN SECTIONS
      C.45/2023 Planning applications              | C.45/2023| LETTERED | 45   | Planning applications
      1-0607/8 - Welcome and Apologies.            | 1-0607/8 | SLASH   | 1    | Welcome and Apologies.
      11/09/22-2. Consideration of a Permit        | 11/09/22-2 | SLASH | 2    | Consideration of a Permit
      * 2.1 Finance Report to 31 July 2017          | 2.1      | DOTTED   | 1    | Finance Report to 31 July 2017
      • 7.1 Minutes of the 5 December 2022 Council Meeting | 7.1   | DOTTED   | 1    | Minutes of the 5 December 2022 Council Meeting
      MMD.2.22 Meeting Correspondence              | MMD.2.22 | LETTERED | 2    | Meeting Correspondence
      A1 Apologies                                 | A1       | LETTERED | 1    | Apologies
      A23/024COMMITTEE SERVICE FEES 2024/25        | A23/024  | LETTERED | 24   | COMMITTEE SERVICE FEES 2024/25
      19.09.01 Apologies                           | 19.09.01 | DOTTED   | 1    | Apologies
      4-A.   PENSION PAYROLL FOR THE MONTH OF JULY 2005: | 4-A | DOTTED   | 1    | PENSION PAYROLL FOR THE MONTH OF JULY 2005:
      (4-B) Review the draft of changes to Chapter 30-65 | 4-B | DOTTED   | 2    | Review the draft of changes to Chapter 30-65
      4.1 7:50 p.m. – Kelly McTaggart, CAPP | 4.1 | DOTTED   | 1    | 7:50 p.m. – Kelly McTaggart, CAPP
      2-B                                          | 2-B      | DOTTED   | 2    | ''
      2.1 Finance                                  | 2.1      | DOTTED   | 1    | Finance
      4.01) Presentation by Cub Scout Pack 388     | 4.01     | DOTTED   | 1    | Presentation by Cub Scout Pack 388
      1. 1 Apologies                               | 1.1      | DOTTED   | 1    | Apologies
      2.0 Matters arising from the Minutes         | 2.0      | PLAIN    | 2    | Matters arising from the Minutes
      II LOTTERIES AND AMUSEMENTS ACT 1976         | II       | ROMAN    | 2    | LOTTERIES AND AMUSEMENTS ACT 1976
      iv) Cash machine                             | iv       | ROMAN    | 4    | Cash machine
      IV      Officer Election                     | IV       | ROMAN    | 4    | Officer Election
      [1.2]   Urdd Gobaith Cymru Conwy area        | 1.2      | DOTTED   | 2    | Urdd Gobaith Cymru Conwy area
      4.1 July 11, 2006                            | 4.1      | DOTTED   | 1    | July 11, 2006
      156.21 Receive apologies                     | 156.21   | SLASH    | 156  | Receive apologies
      8:05 2. Pledge of Allegiance                 | 2        | PLAIN    | 2    | Pledge of Allegiance
      13.148. Apologies: The clerk advised that   | 13.148   | SLASH    | 148  | Apologies: The clerk advised that
      1.3/23E     To open the meeting             | 1.3/23E  | SLASH    | 1    | To open the meeting
      MH05/17.2: Declaration of Interest          | MH05/17.2 | SLASH   | 2    | Declaration of Interest
      18617 Code of Conduct/Declaration of Interest. | 18617 | PLAIN    | 18617 | Code of Conduct/Declaration of Interest.
      [3]     White Lion - letter asking for a donation | 3   | PLAIN    | 3    | White Lion - letter asking for a donation
      I      Call To Order                         | I        | ROMAN    | 1    | Call To Order
      12                                           | 12       | PLAIN    | 12   | ''
      B. Roll Call                                 | B        | LETTER   | 2    | Roll Call
      1. 24-0123 Resolution approving the contract | 1        | PLAIN    | 1    | 24-0123 Resolution approving the contract
      1358       DECLARATIONS OF INTEREST FROM MEMBERS | 1358 | PLAIN | 1358 | DECLARATIONS OF INTEREST FROM MEMBERS
      20072 – CONFIRMATION OF MINUTES | 20072 | PLAIN | 20072 | CONFIRMATION OF MINUTES
      3.19- Others                                 | 3.19     | DOTTED   | 19   | Others
      2.19 – Vice Chair                            | 2.19     | DOTTED   | 19   | Vice Chair
      FC25/001 1. Receive apologies and accept valid reasons | FC25/001 | LETTERED | 1 | Receive apologies and accept valid reasons
      """)
  void reads_the_numbering_councils_print(String line, String number, ItemNumber.Scheme scheme, int ordinal, String rest) {
    ItemNumber n = ItemNumber.parse(line.strip()).orElseThrow();
    assertThat(n.number()).isEqualTo(number.strip());
    assertThat(n.scheme()).isEqualTo(scheme);
    assertThat(n.ordinal()).isEqualTo(ordinal);
    assertThat(n.rest()).isEqualTo(rest == null ? "" : rest.strip());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "V M Evans                  E J King                      R C Stewart",
      "I Would like to thank the members",
      "1.5Mb of data was transferred", "3.2km of road",
      "3/18/2344/FUL The Bury Farm, Hertingfordbury Road.", "5 - 10", "89 -", "33 -", "2 October 2017",
      "10.15 a.m.", "11 December 2017 – 22", "2 Members of the Public.", "I also wish to convey to those members",
      "12/01/2018 - Exclusion of the Press", "PART 1", "2020 Planning Commission", "4 3 - 6 MINUTES", "11 88",
      "J.Smith said", "A.B.C. Ltd", "933 Terrace Street, Muskegon, MI 49440", "60 Snyder's Road West", "505 BUTLER PLACE", "A. King, Directors of Service, Mr J. McGrath", "P. Conneely; Colette Connolly; Catherine Connolly; J.",
      "(213) 367-1356 during business hours. For Telecommunications Relay Service", "No. 146 Moved by Deputy Mayor Lloyd",
      "2017 ANNUAL ACCOUNTS", "2016. It was resolved to approve the accounts.", "1234 Main Street", "1685 Crosstown Boulevard", "2019 Annual Report", "2263 SANTA CLARA AVENUE – 7:00 PM"})
  void a_reference_a_range_a_date_a_quantity_or_a_pronoun_is_no_item_number(String line) {
    assertThat(ItemNumber.parse(line)).isEmpty();
  }

  @Test
  void a_council_year_after_a_hyphen_and_a_part_letter_in_brackets_are_numbers() {
    assertThat(ItemNumber.parse("PL30-25/26 Apologies For Absence")).map(ItemNumber::number).contains("PL30-25/26");
    assertThat(ItemNumber.parse("PL30-25/26 Apologies For Absence").orElseThrow()
        .isFollowedBy(ItemNumber.parse("PL31-25/26 Urgent Items of Business").orElseThrow(), 1)).isTrue();
    assertThat(ItemNumber.parse("(2020 – 073)")).map(ItemNumber::number).contains("2020 – 073");
    ItemNumber part = ItemNumber.parse("8(a) SERVICE PLAN FOR FOOD LAW REGULATION 2022/23").orElseThrow();
    assertThat(part.number()).isEqualTo("8(a)");
    assertThat(part.rest()).isEqualTo("SERVICE PLAN FOR FOOD LAW REGULATION 2022/23");
  }

  @Test
  void a_numbers_letter_ending_the_line_is_read_not_overrun() {
    assertThat(ItemNumber.parse("Item 12a")).map(ItemNumber::number).contains("12a");
    assertThat(ItemNumber.parse("12a")).map(ItemNumber::number).contains("12a");
  }

  @Test
  void numbers_of_one_list_follow_each_other_in_their_family() {
    ItemNumber a = ItemNumber.parse("82/23 Apologies").orElseThrow();
    ItemNumber b = ItemNumber.parse("83/23 Declarations").orElseThrow();
    ItemNumber otherYear = ItemNumber.parse("83/22 Declarations").orElseThrow();
    assertThat(a.isFollowedBy(b, 1)).isTrue();
    assertThat(a.isFollowedBy(otherYear, 1)).isFalse();
    assertThat(ItemNumber.parse("MMD.1.22 Adoption").orElseThrow()
        .isFollowedBy(ItemNumber.parse("MMD.2.22 Correspondence").orElseThrow(), 1)).isTrue();
  }

  @Test
  void roman_numerals_are_read_only_when_well_formed() {
    assertThat(ItemNumber.roman("XIV")).isEqualTo(14);
    assertThat(ItemNumber.roman("IIII")).isZero();
  }
}
