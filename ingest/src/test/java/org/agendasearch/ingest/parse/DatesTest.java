package org.agendasearch.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Date: Thursday 26 February 2015|2015-02-26",
      "26 th February 2015|2015-02-26",
      "in Minitonas, Manitoba this 8th day of June, 2011 A.D. at 8:00 am.|2011-06-08",
      "26th Feb 2015|2015-02-26",
      "26 FEBRUA RY 2015|2015-02-26",
      "on Tuesday 15 September 2020 at 1.00 pm|2020-09-15",
      "Meeting date: 2 October 2017|2017-10-02",
      "Tuesday 1 December 2020|2020-12-01",
      "22 Sept 2021|2021-09-22",
      "dated 15/09/2020|2020-09-15",
      "07/20/2021 06:00 PM|2021-07-20",
      "was held on Thursday 4th June March 2020 at 6pm|2020-06-04",
      "HELD ON WEDNESDAY 15thMay 2019 at 7pm|2019-05-15",
      "held Tuesday night February the 6th 2018 at 7.30 pm|2018-02-06",
      "November 16,2020|2020-11-16",
      "on April 4 th , 2016.|2016-04-04",
      "2020-09-15|2020-09-15",
      "Monday, 2018 December 03|2018-12-03",
      "COUNCIL CHAMBERS IN DRAYTON VALLEY ON TUESDAY, 2008 07 22|2008-07-22",
      "Minutes of the Meeting 13 May / May 2021 via Zoom|2021-05-13",
      "Dydd Iau, 27ain Chwefror, 2020 yn Siambr y Cyngor|2020-02-27",
      "a gynhaliwyd Nos Fercher y 27ain o Ionawr 2021|2021-01-27", "ar y 9fed o Ragfyr 2020 yn y Neuadd|2020-12-09",
      "nos Lun, 4 Medi 2017 am 7.00 pm.|2017-09-04",
      "FRIDAY19TH JUNE 2015 AT 6.30 PM|2015-06-19",
      "held at the Village Hall on Wednesday 24th, May, 2017 at 7.30pm|2017-05-24"})
  void finds_dates_as_councils_print_them(String text, LocalDate expected) {
    assertThat(Dates.find(text)).contains(expected);
  }

  @Test
  void a_close_count_of_dates_in_words_gives_way_to_the_countrys_order() {
    // one date in words month first, and the pound and "Cllr" of a Welsh community council: day first
    assertThat(Dates.monthFirst("Cllr. Eurig Hughes (Chair). Minutes of the meeting held on February 22nd, 2023. £22,099.10 spent")).isFalse();
    assertThat(Dates.monthFirst("Minutes of the meeting held on February 22nd, 2023. $22,099.10 spent")).isTrue();
  }

  @Test
  void a_date_wrapped_before_its_year_is_found_once_the_lines_are_joined() {
    assertThat(Dates.find("Tuesday 15 September")).isEmpty();
    assertThat(Dates.find("Tuesday 15 September 2020")).contains(LocalDate.of(2020, 9, 15));
  }

  @Test
  void impossible_dates_and_non_months_are_not_dates() {
    assertThat(Dates.find("31 February 2015")).isEmpty();
    assertThat(Dates.find("12 apples 2015")).isEmpty();
    assertThat(Dates.find("the 2015/16 budget")).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void a_date_without_its_year_takes_the_year_that_puts_it_after_the_documents_date() {
    java.time.LocalDate posted = java.time.LocalDate.of(2011, 10, 13);
    org.assertj.core.api.Assertions.assertThat(Dates.withoutYear("Agenda for meeting of MSCC on We 26 Oct at 7:30pm", posted))
        .contains(java.time.LocalDate.of(2011, 10, 26));
    org.assertj.core.api.Assertions.assertThat(Dates.withoutYear("meeting on Monday 9th January", posted))
        .contains(java.time.LocalDate.of(2012, 1, 9));
    org.assertj.core.api.Assertions.assertThat(Dates.withoutYear("on 26 Oct 2011", posted)).isEmpty();
    org.assertj.core.api.Assertions.assertThat(Dates.withoutYear("on 26 Oct", null)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void a_date_without_its_year_takes_it_from_a_short_date_of_the_same_day() {
    org.assertj.core.api.Assertions.assertThat(Dates.yearFromShortDate("""
        Community Council Minutes 17/10/11
        Minutes of ordinary meeting of St Monans and Abercrombie Community Council held on Monday 17th
        October at 7.30pm in Mayview Hotel Function Suite.""")).contains(java.time.LocalDate.of(2011, 10, 17));
    org.assertj.core.api.Assertions.assertThat(Dates.yearFromShortDate("held on Monday 17th October; see minute 12/10/11")).isEmpty();
    org.assertj.core.api.Assertions.assertThat(Dates.find("[PW 10/11/23; CC 10/25/23]")).isEmpty();
  }
}
