package org.agendasearch.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordDatesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      REGULAR MEETING HELD THE FIFTH DAY OF MARCH IN THE YEAR TWO THOUSAND AND NINE | 2009-03-05
      held on the twenty-first day of June, 2019                                     | 2019-06-21
      on the thirtieth day of April in the year of our Lord nineteen ninety-nine     | 1999-04-30
      the second day of November twenty twenty-one                                   | 2021-11-02
      Oxford County Council meets in regular session this eleventh day of April 2012, in the | 2012-04-11
      """)
  void a_date_written_in_words(String line, LocalDate date) {
    assertThat(WordDates.find(line)).contains(date);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      the thirty-first day of June, 2019
      the first day of business
      on the fifth day of the month
      """)
  void no_date(String line) {
    assertThat(WordDates.find(line)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      two thousand and nine | 2009
      nineteen ninety-nine  | 1999
      twenty twenty         | 2020
      two thousand twelve   | 2012
      many                  | 0
      """)
  void a_year_in_words(String words, int year) {
    assertThat(WordDates.year(words)).isEqualTo(year);
  }
}
