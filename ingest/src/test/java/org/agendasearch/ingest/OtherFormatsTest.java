package org.agendasearch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.agendasearch.ingest.model.DocumentKind;
import org.agendasearch.ingest.model.MinuteItem;
import org.agendasearch.ingest.model.Pack;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Minutes in Word and HTML go through Tika into the same records as a PDF's. */
class OtherFormatsTest {

  static final List<String> MINUTES = List.of(
      "Minutes of the meeting of Cabinet held at Shire Hall, Hereford on Thursday 22 January 2015 at 2.00 pm",
      "Present: Councillor AW Johnson (Chairman)",
      "54. APOLOGIES FOR ABSENCE",
      "None.",
      "55. JOINT PROPERTY VEHICLE (JPV)",
      "Cabinet received a report on the joint property vehicle.",
      "RESOLVED: That Herefordshire Council does not join the proposed joint property vehicle.",
      "The meeting ended at 3.33 pm",
      "CHAIRMAN");

  @TempDir
  Path tmp;

  @Test
  void word_minutes_become_the_same_records() throws Exception {
    Path docx = tmp.resolve("minutes.docx");
    try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
      for (String line : MINUTES) {
        doc.createParagraph().createRun().setText(line);
      }
      doc.write(out);
    }
    assertMinutes(new Ingestor().ingest(docx));
  }

  @Test
  void html_minutes_become_the_same_records() throws Exception {
    Path html = tmp.resolve("minutes.html");
    StringBuilder sb = new StringBuilder("<html><head><title>Minutes</title></head><body>");
    MINUTES.forEach(l -> sb.append("<p>").append(l.replace("&", "&amp;")).append("</p>\n"));
    Files.writeString(html, sb.append("</body></html>").toString());
    assertMinutes(new Ingestor().ingest(html));
  }

  @Test
  void text_minutes_become_the_same_records() throws Exception {
    Path txt = tmp.resolve("minutes.txt");
    Files.writeString(txt, String.join("\n", MINUTES));
    assertMinutes(new Ingestor().ingest(txt));
  }

  private static void assertMinutes(Pack pack) {
    assertThat(pack.kind()).isEqualTo(DocumentKind.MINUTES);
    assertThat(pack.meeting().committee()).isEqualTo("Cabinet");
    assertThat(pack.meeting().date()).isEqualTo(LocalDate.of(2015, 1, 22));
    assertThat(pack.minutes()).singleElement().satisfies(m -> {
      assertThat(m.items()).extracting(MinuteItem::number).containsExactly("54", "55");
      assertThat(m.items().get(1).resolutions()).singleElement().satisfies(r ->
          assertThat(r.text()).isEqualTo("That Herefordshire Council does not join the proposed joint property vehicle."));
    });
  }
}
