package org.agendasearch.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinuteItemHeadingTest {

  @Test
  void reads_a_numbered_heading_in_capitals() {
    assertThat(MinuteItemHeading.parse("57. BUDGET AND MEDIUM TERM FINANCIAL STRATEGY"))
        .contains(new MinuteItemHeading("57", "BUDGET AND MEDIUM TERM FINANCIAL STRATEGY", ""));
  }

  @Test
  void drops_the_page_reference() {
    assertThat(MinuteItemHeading.parse("4. QUESTIONS FROM MEMBERS OF THE PUBLIC (Pages 19 - 24)"))
        .hasValueSatisfying(h -> assertThat(h.title()).isEqualTo("QUESTIONS FROM MEMBERS OF THE PUBLIC"));
  }

  @Test
  void a_heading_sharing_its_line_with_a_resolution_keeps_the_resolution_as_the_rest() {
    assertThat(MinuteItemHeading.parse("36. Schools update RESOLVED – That:"))
        .contains(new MinuteItemHeading("36", "Schools update", "RESOLVED – That:"));
  }

  @Test
  void a_numbered_paragraph_of_prose_is_not_a_heading() {
    assertThat(MinuteItemHeading.parse("3. At the end of October 2019, the number of looked after children")).isEmpty();
    assertThat(MinuteItemHeading.parse("2015 was a year")).isEmpty();
  }

  @Test
  void a_line_in_capitals_continues_a_wrapped_title() {
    assertThat(MinuteItemHeading.continuesTitle("AND FAMILY SUPPORT IMPROVEMENT PLAN 2020/2021")).isTrue();
    assertThat(MinuteItemHeading.continuesTitle("The committee considered a report")).isFalse();
    assertThat(MinuteItemHeading.continuesTitle("RESOLVED: That")).isFalse();
  }
}
