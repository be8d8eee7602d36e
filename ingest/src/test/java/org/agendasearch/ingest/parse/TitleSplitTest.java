package org.agendasearch.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleSplitTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      CHAIRMAN’S ANNOUNCEMENTS - resolution to co-opt Niki Gordon | CHAIRMAN’S ANNOUNCEMENTS | resolution to co-opt Niki Gordon
      NEXT MEETING MONDAY 2 SEPTEMBER at 7 p.m. in Elderpark      | NEXT MEETING MONDAY 2 SEPTEMBER | at 7 p.m. in Elderpark
      ALISON JOHNSTONE MSP. Alison has written to say she will   | ALISON JOHNSTONE MSP | Alison has written to say she will
      Perth City Development Board - Report by Executive Director | Perth City Development Board | Report by Executive Director
      Finance - Invoice Eden Bespoke Landscapes £ 705.25         | Finance | Invoice Eden Bespoke Landscapes £ 705.25
      Correspondence – None.                                     | Correspondence | None.
      APOLOGIES Apologies for absence were received from Councillors | APOLOGIES | Apologies for absence were received from Councillors
      To receive Committee Reports:- Traffic Management Committee | To receive Committee Reports | Traffic Management Committee
      Declarations of Interest – PM and GW in relation to Acre field | Declarations of Interest | PM and GW in relation to Acre field
      Apologies for absence: Mr David Mantle, Mr Paul Lindoewood | Apologies for absence | Mr David Mantle, Mr Paul Lindoewood
      Minutes - For information                                  | Minutes - For information | ''
      MATTERS ARISING for information exchange only              | MATTERS ARISING for information exchange only | ''
      (a) Nomination of three members to Regeneration Sub-Committee | Nomination of three members to Regeneration Sub-Committee | ''
      BUDGET AND MEDIUM TERM FINANCIAL STRATEGY                  | BUDGET AND MEDIUM TERM FINANCIAL STRATEGY | ''
      Declarations of Interest                                   | Declarations of Interest | ''
      Response to Consultation Request - Installation of 400kv East Coast | Response to Consultation Request - Installation of 400kv East Coast | ''
      """)
  void parts_a_title_from_what_follows_it(String line, String title, String rest) {
    TitleSplit s = TitleSplit.of(line.strip());
    assertThat(s.title()).isEqualTo(title.strip());
    assertThat(s.rest()).isEqualTo(rest == null ? "" : rest.strip());
  }
}
