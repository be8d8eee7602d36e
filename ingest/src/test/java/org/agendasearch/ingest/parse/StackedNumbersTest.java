package org.agendasearch.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StackedNumbersTest {

  private static List<String> joined(String... lines) {
    return StackedNumbers.join(java.util.Arrays.stream(lines).map(t -> new Line(1, t)).toList()).stream().map(Line::text).toList();
  }

  @Test
  void a_number_over_its_council_year_beside_its_heading_is_one_heading() {
    assertThat(joined("1 member of the press.", "124", "11/12", "OPEN FORUM", "Mr Rousell raised concerns", "125", "99/00",
        "APOLOGIES FOR ABSENCE")).containsExactly("1 member of the press.", "124 OPEN FORUM", "Mr Rousell raised concerns",
        "125 APOLOGIES FOR ABSENCE");
  }

  @Test
  void a_number_over_a_date_or_a_page_over_a_fraction_is_left_alone() {
    assertThat(joined("124", "11/13", "OPEN FORUM")).containsExactly("124", "11/13", "OPEN FORUM");
    assertThat(joined("Page", "3", "12/13", "45")).containsExactly("Page", "3", "12/13", "45");
  }
}
