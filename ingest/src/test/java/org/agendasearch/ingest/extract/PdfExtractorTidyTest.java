package org.agendasearch.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PdfExtractorTidyTest {

  @Test
  void a_typewritten_pages_spaces_before_its_commas_and_stops_are_taken_out() {
    assertThat(PdfExtractor.tidy("""
        TRUSTEES OF THE VILLAGE OF BUFFALO GROVE , COOK AND LAKE
        COUNTIES , ILLINOIS , HELD MONDAY , JULY 26 , 1976 , AT THE
        MUNICIPAL BUILDING .
        1 . Minutes of July 19 , 1976"""))
        .isEqualTo("""
            TRUSTEES OF THE VILLAGE OF BUFFALO GROVE, COOK AND LAKE
            COUNTIES, ILLINOIS, HELD MONDAY, JULY 26, 1976, AT THE
            MUNICIPAL BUILDING.
            1. Minutes of July 19, 1976""");
  }

  @Test
  void one_slip_of_a_space_before_a_comma_stays() {
    assertThat(PdfExtractor.tidy("Present : Cllr A Smith , Cllr B Jones")).isEqualTo("Present : Cllr A Smith , Cllr B Jones");
  }
}
