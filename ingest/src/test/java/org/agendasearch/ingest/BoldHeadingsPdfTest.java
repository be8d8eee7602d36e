package org.agendasearch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.agendasearch.ingest.model.Minutes;
import org.agendasearch.ingest.model.MinuteItem;
import org.agendasearch.ingest.model.Pack;
import org.agendasearch.ingest.model.Page;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Minutes whose headings only a bold face marks, read from a PDF drawn with a bold and a plain font. */
class BoldHeadingsPdfTest {

  @TempDir
  Path tmp;

  private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private static final PDType1Font PLAIN = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

  /**
   * Draws {@code lines} down a page: a "*"-prefixed one in bold, the part of one before a "|" in bold and the rest plain on
   * the same line, any other plain; text after a tab in a second column; a line "\f" starts a new page.
   */
  private static Path pdf(Path file, List<String> lines) throws Exception {
    try (PDDocument doc = new PDDocument()) {
      int from = 0;
      while (from < lines.size()) {
        int to = lines.subList(from, lines.size()).indexOf("\f");
        to = to < 0 ? lines.size() : from + to;
        page(doc, lines.subList(from, to));
        from = to + 1;
      }
      doc.save(file.toFile());
    }
    return file;
  }

  private static void page(PDDocument doc, List<String> lines) throws Exception {
    PDPage page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
      float y = 800;
      for (String whole : lines) {
        int tab = whole.indexOf('\t');
        String line = tab < 0 ? whole : whole.substring(0, tab);
        if (tab >= 0) { // a second column's text after a tab, in the same face as the line's opening
          cs.beginText();
          cs.newLineAtOffset(400, y);
          cs.setFont(whole.startsWith("*") ? BOLD : PLAIN, 11);
          cs.showText(whole.substring(tab + 1));
          cs.endText();
        }
        int bar = line.startsWith("*") ? line.length() : line.indexOf('|');
        String text = line.startsWith("*") ? line.substring(1) : line;
        cs.beginText();
        cs.newLineAtOffset(60, y);
        if (bar >= 0) {
          cs.setFont(BOLD, 11);
          cs.showText(line.startsWith("*") ? text : line.substring(0, bar));
        }
        if (!line.startsWith("*")) {
          cs.setFont(PLAIN, 11);
          cs.showText(line.substring(bar + 1));
        }
        cs.endText();
        y -= 16;
      }
    }
  }

  @Test
  void a_bold_title_run_into_its_plain_text_is_the_minutes_title() throws Exception {
    Path file = pdf(tmp.resolve("runin.pdf"), List.of(
        "MINUTES OF THE ORDINARY MEETING OF SKIDBY PARISH COUNCIL",
        "Held on Tuesday 2 March 2021 at 7.30pm",
        "236/20 Apologies for Absence |Apologies for absence were received from Councillor P Roustoby.",
        "237/20 Declarations of interest – Members Code of Conduct. |Councillor Varey declared an interest.",
        "238/20 MATTERS ARISING |from the last MEETING",
        "239/20 Planning Matters |a) The Clerk advised that decisions had been received."));
    Pack pack = new Ingestor().ingest(file);
    assertThat(pack.pages().get(0).boldLead("236/20 Apologies for Absence Apologies for absence were received from Councillor P Roustoby."))
        .isEqualTo("236/20ApologiesforAbsence");
    assertThat(pack.minutes().get(0).items()).extracting(MinuteItem::title).containsExactly("Apologies for Absence",
        "Declarations of interest – Members Code of Conduct", "MATTERS ARISING from the last MEETING", "Planning Matters");
  }

  @Test
  void lines_printed_in_bold_are_kept_with_their_page() throws Exception {
    Path file = pdf(tmp.resolve("faces.pdf"), List.of("*Declarations of Interest", "There were no declarations of interest."));
    Page page = new Ingestor().ingest(file).pages().get(0);
    assertThat(page.isBold("Declarations of Interest")).isTrue();
    assertThat(page.isBold("Declarations  of Interest")).isTrue(); // white space does not count
    assertThat(page.isBold("There were no declarations of interest.")).isFalse();
  }

  @Test
  void headings_in_title_case_that_only_bold_marks_are_the_minutes_items() throws Exception {
    Path file = pdf(tmp.resolve("planning.pdf"), List.of(
        "*Minutes of the Planning Committee",
        "Held at Bodicote House on Thursday 6 October 2022 at 4.00 pm",
        "*Declarations of Interest",
        "There were no declarations of interest.",
        "*Requests to Address the Meeting",
        "The Chairman advised that requests to address the meeting would be dealt with at each item.",
        "*Minutes",
        "The Minutes of the meeting held on 8 September 2022 were agreed as a correct record.",
        "*Unit 7 Oxford Technology Park Kidlington",
        "The Committee considered application 22/01683/F for offices and parking.",
        "Resolved: That permission be granted subject to conditions."));
    Pack pack = new Ingestor().ingest(file);
    Minutes m = pack.minutes().get(0);
    assertThat(m.items()).extracting(MinuteItem::title).containsExactly("Declarations of Interest",
        "Requests to Address the Meeting", "Minutes", "Unit 7 Oxford Technology Park Kidlington");
    assertThat(m.items().get(3).resolutions()).hasSize(1);
  }

  @Test
  void numbered_headings_in_bold_keep_their_numbers() throws Exception {
    Path file = pdf(tmp.resolve("parish.pdf"), List.of(
        "*Albury Parish Council Meeting",
        "Minutes of the meeting held Tuesday 10th January 2023, 7.15 pm at the Village Hall",
        "*1. To receive and accept apologies for absence",
        "Apologies were received from Councillors Davis and Brooks.",
        "*2. To receive declarations of interest",
        "None.",
        "*3. To confirm the minutes of the last meeting",
        "Resolved, that the minutes be agreed as a true record."));
    Minutes m = new Ingestor().ingest(file).minutes().get(0);
    assertThat(m.items()).extracting(MinuteItem::number).containsExactly("1", "2", "3");
  }

  @Test
  void a_running_head_in_bold_atop_each_page_heads_no_minute() throws Exception {
    Path file = pdf(tmp.resolve("running.pdf"), List.of(
        "*ORDINARY COUNCIL MEETING MINUTES\t5 FEBRUARY 2019",
        "*MINUTES OF WAIROA DISTRICT COUNCIL",
        "*HELD AT THE COUNCIL CHAMBER ON TUESDAY, 5 FEBRUARY 2019 AT 1.30PM",
        "*1 KARAKIA",
        "Karakia was given by Mr Rangi.",
        "*2 APOLOGIES FOR ABSENCE",
        "There were no apologies.",
        "*3 DECLARATIONS OF CONFLICT OF INTEREST",
        "None declared.",
        "\f",
        "*ORDINARY COUNCIL MEETING MINUTES\t5 FEBRUARY 2019",
        "• Contract negotiations",
        "*RESOLUTION 2019/02",
        "Moved: Cr Denise Eaglesome-Karekare",
        "Seconded: Cr Michael Johansen",
        "That Council receive the submissions and thank the submitters.",
        "*CARRIED",
        "*4 CHAIRPERSON’S ANNOUNCEMENTS",
        "The Mayor thanked staff for their work over the holidays.",
        "*5 LOCAL AUTHORITY ELECTORAL ACT 1981",
        "No items were raised.",
        "\f",
        "*ORDINARY COUNCIL MEETING MINUTES\t5 FEBRUARY 2019",
        "No questions were put to the meeting.",
        "*6 PUBLIC PARTICIPATION",
        "No members of the public spoke."));
    Minutes m = new Ingestor().ingest(file).minutes().get(0);
    assertThat(m.items()).extracting(MinuteItem::title).containsExactly("KARAKIA", "APOLOGIES FOR ABSENCE",
        "DECLARATIONS OF CONFLICT OF INTEREST", "CHAIRPERSON’S ANNOUNCEMENTS", "LOCAL AUTHORITY ELECTORAL ACT 1981",
        "PUBLIC PARTICIPATION");
  }
}
