package org.agendasearch.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.agendasearch.search.Snippet;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class ExportsTest {

  private static HitView hit(String title, String snippet, List<Snippet.Mark> marks) {
    return new HitView("d/report/1", "report", "Report", "d.pdf", "Cabinet", "2015-02-26", title, "7", 3, snippet,
        marks, "/documents/d.pdf#page=3", "/meetings/d", List.of(), List.of(), null, "Herefordshire Council",
        "/councils/herefordshire-council");
  }

  @Test
  void cells_that_a_spreadsheet_would_run_as_formulas_are_defused() {
    assertThat(Exports.defuse("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
    assertThat(Exports.defuse("+1")).isEqualTo("'+1");
    assertThat(Exports.defuse("-2")).isEqualTo("'-2");
    assertThat(Exports.defuse("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(Exports.defuse("Cabinet")).isEqualTo("Cabinet");
  }

  @Test
  void csv_is_quoted_by_the_csv_writer_and_formulas_stay_defused() {
    String csv = Exports.csv(List.of(hit("=HYPERLINK(\"http://x\")", "a, \"b\"\nc", List.of())), "http://h");
    assertThat(csv).startsWith(String.join(",", Exports.CSV_COLUMNS) + "\r\n");
    assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\")\"")
        .contains("\"a, \"\"b\"\"\nc\"")
        .contains("http://h/documents/d.pdf#page=3");
    assertThat(csv.split("\r\n")[0]).startsWith("type,title,council,committee,");
    assertThat(csv).contains(",\"Herefordshire Council\",Cabinet,2015-02-26,7,3,");
  }

  @Test
  void the_atom_feed_is_well_formed_escaped_and_stripped_of_characters_xml_cannot_hold() throws Exception {
    String xml = Exports.atom(List.of(hit("<script>&\"'\u0000", "Children's <b>", List.of(new Snippet.Mark(0, 10)))),
        "Agenda Search: a<b", "http://h/search.atom?q=a%3Cb", "http://h/search?q=a%3Cb", "http://h");
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new InputSource(new StringReader(xml)));
    assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Agenda Search: a<b");
    assertThat(doc.getElementsByTagName("title").item(1).getTextContent())
        .isEqualTo("7. <script>&\"' – Cabinet, Herefordshire Council, 2015-02-26");
    org.w3c.dom.NodeList categories = doc.getElementsByTagName("category");
    assertThat(categories.getLength()).isEqualTo(2);
    assertThat(((org.w3c.dom.Element) categories.item(0)).getAttribute("term")).isEqualTo("report");
    assertThat(((org.w3c.dom.Element) categories.item(1)).getAttribute("term")).isEqualTo("Herefordshire Council");
    assertThat(doc.getElementsByTagName("summary").item(0).getTextContent())
        .isEqualTo("<mark>Children&#39;s</mark> &lt;b&gt;");
  }

  @Test
  void the_snippet_is_plain_text_in_json_and_csv_and_html_only_on_pages() {
    HitView h = hit("t", "parent/carer of Children's", List.of(new Snippet.Mark(0, 12)));
    assertThat(h.snippet()).isEqualTo("parent/carer of Children's");
    assertThat(h.snippetHtml()).isEqualTo("<mark>parent/carer</mark> of Children&#39;s");
  }
}
