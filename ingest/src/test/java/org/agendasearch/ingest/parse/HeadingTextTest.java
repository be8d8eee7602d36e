package org.agendasearch.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadingTextTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      APOLOGIES FOR ABSENCE                                              | STRONG
      Declarations of Interest                                           | STRONG
      Council – September 29, 2022.                                      | STRONG
      To approve the minutes.                                            | SENTENCE
      Staff recommends that the Planning Commission adopt the attached resolution today | SENTENCE
      the meeting was opened                                             | NONE
      to receive declaration of interests                                | SHORT
      RESOLVED that the minutes be approved                              | NONE
      15 Minute public participation session with respect of business on the | SENTENCE
      3rd Quarter Report                                                 | STRONG
      2013 BENGAL EASTSIDE SHUFFLE 5K RUN/WALK                           | STRONG
      10 councillors attended                                            | NONE
      Cllr Tom Shepherd was elected as Chairman of the Parish Council. He was | SENTENCE
      St. Mary's Church Hall Lease                                        | STRONG
      Confirmation of Minutes.                                           | SHORT
      Apologies for Absence.                                             | SHORT
      Cllr. Smith's Motion on Street Lighting                            | STRONG
      """)
  void tells_how_much_a_line_reads_as_a_heading(String title, HeadingText.Strength expected) {
    assertThat(HeadingText.of(title)).isEqualTo(expected);
  }
}
