package org.agendasearch.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExportsTest {

  @Test
  void cells_that_a_spreadsheet_would_run_as_formulas_are_defused() {
    assertThat(Exports.csvCell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
    assertThat(Exports.csvCell("+1")).isEqualTo("'+1");
    assertThat(Exports.csvCell("-2")).isEqualTo("'-2");
    assertThat(Exports.csvCell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(Exports.csvCell("Cabinet")).isEqualTo("Cabinet");
    assertThat(Exports.csvCell("a, b")).isEqualTo("\"a, b\"");
  }

  @Test
  void xml_text_is_escaped_and_stripped_of_characters_xml_cannot_hold() {
    assertThat(Exports.xml("<script>&\"'")).isEqualTo("&lt;script&gt;&amp;&quot;&apos;");
    assertThat(Exports.xml("a\u0000b\u0007c")).isEqualTo("abc");
  }

  @Test
  void snippets_become_plain_text() {
    assertThat(Exports.plainText("the <mark>Colwall</mark> &amp; 2014&#x2F;15")).isEqualTo("the Colwall & 2014/15");
  }
}
