package org.agendasearch.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinuteItemHeadingTest {

  private static MinuteItemHeading heading(String line) {
    return MinuteItemHeading.parse(line).orElseThrow();
  }

  @Test
  void reads_a_numbered_heading_in_capitals() {
    MinuteItemHeading h = heading("57. BUDGET AND MEDIUM TERM FINANCIAL STRATEGY");
    assertThat(h.number().number()).isEqualTo("57");
    assertThat(h.title()).isEqualTo("BUDGET AND MEDIUM TERM FINANCIAL STRATEGY");
    assertThat(h.rest()).isEmpty();
    assertThat(h.strength()).isEqualTo(HeadingText.Strength.STRONG);
  }

  @Test
  void drops_a_resolution_number_at_the_right_of_a_heading_but_keeps_a_financial_year() {
    assertThat(heading("330 THE INVERCLYDE COUNCIL - 18 FEBRUARY 1999 330").title()).isEqualTo("THE INVERCLYDE COUNCIL - 18 FEBRUARY 1999");
    assertThat(heading("4 MINUTES 162/17").title()).isEqualTo("MINUTES");
    assertThat(heading("7. BUDGET 2023/24").title()).isEqualTo("BUDGET 2023/24");
  }

  @Test
  void a_sentence_after_a_headings_colon_is_the_minutes_text_but_a_title_in_title_case_stays() {
    MinuteItemHeading h = heading("4. Minutes: Minutes for the Annual General Meeting held on 15th April 2015 agreed as");
    assertThat(h.title()).isEqualTo("Minutes");
    assertThat(h.rest()).startsWith("Minutes for the Annual General Meeting");
    assertThat(heading("3. Resolution 259-2018: Fee Schedule and Agreement to Meet Costs of Development, Tree Cutting, and Appeal")
        .title()).isEqualTo("Resolution 259-2018: Fee Schedule and Agreement to Meet Costs of Development, Tree Cutting, and Appeal");
  }

  @Test
  void a_minutes_number_alone_over_its_first_sentence_is_a_minute_with_no_title() {
    MinuteItemHeading h = MinuteItemHeading.parse("Minute No. 67/19",
        "The minutes of the monthly meeting held on Tuesday, 2nd July 2019 were confirmed on the").orElseThrow();
    assertThat(h.number().number()).isEqualTo("67/19");
    assertThat(h.title()).isEmpty();
    assertThat(MinuteItemHeading.parse("Minute No. 81/15", "To confirm the minutes of the meeting held on Thursday 3rd September, 2015.")
        .orElseThrow().title()).startsWith("To confirm the minutes");
  }

  @Test
  void a_number_alone_then_who_moved_is_a_minute_with_no_title() {
    MinuteItemHeading h = MinuteItemHeading.parse("1.", "Moved by: Councillor S. Martin").orElseThrow();
    assertThat(h.number().number()).isEqualTo("1");
    assertThat(h.title()).isEmpty();
    assertThat(h.closed()).isTrue();
    assertThat(MinuteItemHeading.parse("1.", "THAT the minutes be adopted.")).isEmpty();
    assertThat(MinuteItemHeading.parse("1.1", "Moved by: Councillor S. Martin")).isEmpty();
  }

  @Test
  void a_parts_letter_then_a_title_and_the_decision_after_its_colon() {
    MinuteItemHeading h = MinuteItemHeading.parse("2. a) Minutes of the last meeting : Approved by L. Walker and seconded by A. Annandale..", null)
        .orElseThrow();
    assertThat(h.title()).isEqualTo("Minutes of the last meeting");
    assertThat(h.rest()).isEqualTo("Approved by L. Walker and seconded by A. Annandale..");
  }

  @Test
  void a_name_in_quotes_after_the_colon_stays_in_the_title() {
    assertThat(heading("24. Any petitions received: \"Save our Library! Achubwch ein Llyfrgell!\"").title())
        .isEqualTo("Any petitions received: \"Save our Library! Achubwch ein Llyfrgell!\"");
    assertThat(heading("78/21 Minutes of Previous Meeting: 30 March 2021").title()).isEqualTo("Minutes of Previous Meeting: 30 March 2021");
  }

  @Test
  void drops_the_page_reference() {
    assertThat(heading("4. QUESTIONS FROM MEMBERS OF THE PUBLIC (Pages 19 - 24)").title())
        .isEqualTo("QUESTIONS FROM MEMBERS OF THE PUBLIC");
  }

  @Test
  void drops_a_files_references() {
    assertThat(MinuteItemHeading.parse("4. Approval of the payment schedule (Ref 24/92) – Ref 24/107:").orElseThrow().title())
        .isEqualTo("Approval of the payment schedule");
    MinuteItemHeading h = MinuteItemHeading.parse("1. Apologies - Ref 24/104: Councillors P Wilks and R Bedwell.").orElseThrow();
    assertThat(h.title()).isEqualTo("Apologies");
    assertThat(h.rest()).isEqualTo("Councillors P Wilks and R Bedwell.");
    assertThat(MinuteItemHeading.parse("5. Referendum results").orElseThrow().title()).isEqualTo("Referendum results");
    assertThat(MinuteItemHeading.parse("6. PETITIONS; ....................................... Nil").orElseThrow().title())
        .isEqualTo("PETITIONS;");
    assertThat(MinuteItemHeading.parse("3-A 2023-3197 - Historical Advisory Board Draft Meeting Minutes").orElseThrow().title())
        .isEqualTo("Historical Advisory Board Draft Meeting Minutes");
    MinuteItemHeading alone = MinuteItemHeading.parse("4-A 2023-3214", "PLN23-0239 - 1420 Lafayette Street - Nomination").orElseThrow();
    assertThat(alone.titleOnNextLine()).isTrue();
    assertThat(alone.title()).isEqualTo("PLN23-0239 - 1420 Lafayette Street - Nomination");
  }

  @Test
  void a_heading_sharing_its_line_with_a_resolution_keeps_the_resolution_as_the_rest() {
    MinuteItemHeading h = heading("36. Schools update RESOLVED – That:");
    assertThat(h.title()).isEqualTo("Schools update");
    assertThat(h.rest()).isEqualTo("RESOLVED – That:");
  }

  @Test
  void a_short_title_before_a_colon_is_the_title_and_the_rest_is_text() {
    MinuteItemHeading h = heading("82/23 Apologies: Cllr. A Edwards sent his apologies.");
    assertThat(h.number().number()).isEqualTo("82/23");
    assertThat(h.title()).isEqualTo("Apologies");
    assertThat(h.rest()).isEqualTo("Cllr. A Edwards sent his apologies.");
  }

  @Test
  void a_heading_in_capitals_before_a_colon_is_the_title_and_names_after_it_the_rest() {
    MinuteItemHeading h = heading("2 RECEIVE APOLOGIES: Councillors Ann Thomas, Peter Castle and Glyn Jenkins");
    assertThat(h.title()).isEqualTo("RECEIVE APOLOGIES");
    assertThat(h.rest()).isEqualTo("Councillors Ann Thomas, Peter Castle and Glyn Jenkins");
  }

  @Test
  void the_minutes_running_number_in_brackets_after_the_agendas_is_not_the_title() {
    MinuteItemHeading h = heading("1 (547) PUBLIC FORUM: No member of the public attended the meeting");
    assertThat(h.number().number()).isEqualTo("1");
    assertThat(h.title()).isEqualTo("PUBLIC FORUM");
    assertThat(heading("6 .(552) REPORT FROM COUNTY COUNCILLOR MICHAEL MORGAN: No report had been received").title())
        .isEqualTo("REPORT FROM COUNTY COUNCILLOR MICHAEL MORGAN");
  }

  @Test
  void a_subtitle_in_capitals_after_a_colon_stays_in_the_title() {
    assertThat(heading("89. INCREASED BUDGET FOR CHILDREN'S SERVICES: INVESTING IN TRANSFORMATION").title())
        .isEqualTo("INCREASED BUDGET FOR CHILDREN'S SERVICES: INVESTING IN TRANSFORMATION");
  }

  @Test
  void a_dash_after_the_title_is_dropped() {
    MinuteItemHeading h = heading("C1850 MINUTES –");
    assertThat(h.number().number()).isEqualTo("C1850");
    assertThat(h.title()).isEqualTo("MINUTES");
  }

  @Test
  void a_number_alone_takes_its_title_from_the_next_line() {
    MinuteItemHeading h = MinuteItemHeading.parse("84.", "Apologies for Absence").orElseThrow();
    assertThat(h.title()).isEqualTo("Apologies for Absence");
    assertThat(h.titleOnNextLine()).isTrue();
  }

  @Test
  void a_numbered_decision_or_prose_is_not_a_heading() {
    assertThat(MinuteItemHeading.parse("1. That a proactive approach to the Community Right to Challenge be agreed.")).isEmpty();
    assertThat(MinuteItemHeading.parse("3. at the end of October 2019, the number of looked after children")).isEmpty();
    assertThat(MinuteItemHeading.parse("2015 was a year")).isEmpty();
  }

  @Test
  void a_line_in_capitals_continues_a_wrapped_title() {
    assertThat(MinuteItemHeading.continuesTitle("AND FAMILY SUPPORT IMPROVEMENT PLAN 2020/2021")).isTrue();
    assertThat(MinuteItemHeading.continuesTitle("The committee considered a report")).isFalse();
    assertThat(MinuteItemHeading.continuesTitle("RESOLVED: That")).isFalse();
    assertThat(MinuteItemHeading.continuesTitle("MOTION # 2018-0171")).isFalse();
  }

  @Test
  void a_resolutions_number_movers_and_result_or_a_file_name_footer_are_no_headings() {
    assertThat(MinuteItemHeading.parse("C16/372 Tregidga/Leonard CARRIED")).isEmpty();
    assertThat(MinuteItemHeading.parse("1 FRED_n1629085_v1_Council_Minutes_-_16_November_2016.doc")).isEmpty();
    assertThat(MinuteItemHeading.parse("2 Apologies / Ymddiheuriadau")).isPresent();
  }

  @Test
  void a_titles_re_keeps_its_subject() {
    assertThat(heading("AGENDA ITEM #1: DISCUSSION/ACTION RE: Consider and approve hot patch").title())
        .isEqualTo("DISCUSSION/ACTION RE: Consider and approve hot patch");
  }

  /** The heading on a line whose part before "|" is printed bold, the rest plain. */
  private static MinuteItemHeading bold(String line) {
    String text = line.replace("|", "");
    return MinuteItemHeading.parse(new Line(1, text, java.util.List.of(), false, line.indexOf('|')), null).orElseThrow();
  }

  @Test
  void a_bold_opening_is_the_title_unless_the_plain_words_go_on_with_it() {
    assertThat(bold("6.0 Police Report – |no officers present. Rise in thefts.").title()).isEqualTo("Police Report");
    assertThat(bold("6.0 Police Report – |no officers present. Rise in thefts.").rest()).isEqualTo("no officers present. Rise in thefts.");
    assertThat(bold("2016/287 Variation of order of business (|Agenda item 2)").title()).isEqualTo("Variation of order of business");
    assertThat(bold("5. COURTESY OF THE FLOOR (|for public comment on ordinances)").title())
        .isEqualTo("COURTESY OF THE FLOOR (for public comment on ordinances)");
    assertThat(bold("3. MATTERS ARISING |from the last MEETING").title()).isEqualTo("MATTERS ARISING from the last MEETING");
    assertThat(bold("1.0 Apologies |from Sue Smith, Dave Koller, Liz Hamilton").title()).isEqualTo("Apologies");
    assertThat(bold("3 Confirmation and signing of previous minutes |Cadarnhau a llofnodi cofnodion y cyfarfod diwethaf").title())
        .isEqualTo("Confirmation and signing of previous minutes Cadarnhau a llofnodi cofnodion y cyfarfod diwethaf");
    assertThat(bold("1 Police Report |PC Ben Rusden gave the following report").title()).isEqualTo("Police Report");
    assertThat(bold("2. MINUTES of MEETING 11|th June 2013 were approved as a true and accurate").title())
        .isEqualTo("MINUTES of MEETING 11th June 2013 were approved as a true and accurate");
  }
}
