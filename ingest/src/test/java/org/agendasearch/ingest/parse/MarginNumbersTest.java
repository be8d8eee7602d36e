package org.agendasearch.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarginNumbersTest {

  @Test
  void takes_the_margins_line_numbers_off_a_numbered_page_and_drops_its_numbered_blank_lines() {
    String page = """
                                 1
        1          CITY OF ST. ANTHONY
        2
        3     HOUSING AND REDEVELOPMENT AUTHORITY MEETING
        4            February 12, 2002
        5
        6    CALL TO ORDER
        7    Chair Hodson called the meeting to order at 8:57 p.m.
        8
        9    ROLL CALL.
        10   Commissioners present: Chair Hodson; Commissioners Sparks, Thuesen, Horst, and Faust.
        11   I. APPROVAL OF FEBRUARY 12, 2002 H.R.A. AGENDA.""";
    // the page's number alone at its top reads as one more of the margin's, and goes with them
    assertThat(MarginNumbers.strip(page.split("\n"))).containsExactly("CITY OF ST. ANTHONY", "HOUSING AND REDEVELOPMENT AUTHORITY MEETING", "February 12, 2002", "CALL TO ORDER",
        "Chair Hodson called the meeting to order at 8:57 p.m.", "ROLL CALL.",
        "Commissioners present: Chair Hodson; Commissioners Sparks, Thuesen, Horst, and Faust.",
        "I. APPROVAL OF FEBRUARY 12, 2002 H.R.A. AGENDA.");
  }

  @Test
  void leaves_a_numbered_list_whose_items_all_have_words() {
    String[] page = """
        AGENDA
        1 Apologies
        2 Declarations of interest
        3 Minutes of the last meeting
        4 Matters arising
        5 Planning applications
        6 Finance
        7 Correspondence
        8 Highways
        9 Any other business
        10 Date of next meeting""".split("\n");
    assertThat(MarginNumbers.strip(page)).containsExactly(page);
  }
}
