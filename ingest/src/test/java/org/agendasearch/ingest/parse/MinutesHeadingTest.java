package org.agendasearch.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.agendasearch.ingest.model.Page;
import org.junit.jupiter.api.Test;

class MinutesHeadingTest {

  private static List<Line> lines(String text) {
    return Lines.of(List.of(new Page(3, text, false)));
  }

  @Test
  void reads_a_heading_wrapped_over_three_lines() {
    List<Line> l = lines("""
        Minutes of the meeting of Children and young people scrutiny
        committee held at the online meeting on Tuesday 15 September
        2020 at 1.00 pm
        Present: Councillor Carole Gandy (chairperson)""");
    assertThat(MinutesHeading.at(l, 0)).hasValueSatisfying(h -> {
      assertThat(h.committee()).isEqualTo("Children and young people scrutiny committee");
      assertThat(h.date()).isEqualTo(LocalDate.of(2020, 9, 15));
      assertThat(h.time()).isEqualTo(LocalTime.of(13, 0));
      assertThat(h.venue()).isEqualTo("the online meeting");
      assertThat(h.lastLine()).isEqualTo(2);
      assertThat(h.page()).isEqualTo(3);
    });
  }

  @Test
  void reads_a_heading_in_capitals_on_one_line() {
    List<Line> l = lines("MINUTES of the meeting of Cabinet held at The Hall, Shire Hall, St Peters Square, Hereford,"
        + " HR1 2H on Thursday 22 January 2015 at 2.00 pm");
    assertThat(MinutesHeading.at(l, 0)).hasValueSatisfying(h -> {
      assertThat(h.committee()).isEqualTo("Cabinet");
      assertThat(h.date()).isEqualTo(LocalDate.of(2015, 1, 22));
      assertThat(h.time()).isEqualTo(LocalTime.of(14, 0));
      assertThat(h.venue()).isEqualTo("The Hall, Shire Hall, St Peters Square, Hereford, HR1 2H");
    });
  }

  @Test
  void a_sentence_about_minutes_is_not_a_heading() {
    assertThat(MinutesHeading.at(lines("To approve and sign the minutes of the meeting held on 22 January 2015."), 0))
        .isEmpty();
    assertThat(MinutesHeading.at(lines("Inspect minutes of the Council and all Committees"), 0)).isEmpty();
  }
}
