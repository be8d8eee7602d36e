package org.agendasearch.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpacedLettersTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      M U N I C I P A L C O U N C I L A G E N D A | MUNICIPAL COUNCIL AGENDA
      A G E N D A                                 | AGENDA
      Q W E R T Y U I O P                         | QWERTYUIOP
      A B C 1                                     | A B C 1
      I N T R O                                   | INTRO
      Call to Order                               | Call to Order
      """)
  void joins_a_title_in_spaced_capitals_into_its_words(String line, String expected) {
    assertThat(SpacedLetters.join(line)).isEqualTo(expected);
  }
}
