package org.agendasearch.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Time: 10.15 am|10:15",
      "2.00 pm|14:00",
      "2.00pm|14:00",
      "1 pm|13:00",
      "2:30 p.m.|14:30",
      "12.00 pm|12:00",
      "12.30 am|00:30",
      "at 14:00|14:00",
      "WEDNESDAY 25th MAY 2022 at 19:30pm|19:30",
      "at 21:00pm|21:00",
      "The meeting ended at 3.33 pm|15:33",
      "June 6, 530pm|17:30",
      "called the meeting to order at 7: 13 p.m.|19:13",
      "1030 a.m.|10:30",
      "was held at 7:30 o'clock p.m. at City Hall|19:30"})
  void finds_times_in_12_and_24_hour_forms(String text, LocalTime expected) {
    assertThat(Times.find(text)).contains(expected);
  }

  @Test
  void numbers_that_are_not_times_are_ignored() {
    assertThat(Times.find("11 - 88")).isEmpty();
    assertThat(Times.find("Page 17")).isEmpty();
  }
}
