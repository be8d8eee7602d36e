package org.agendasearch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.agendasearch.ingest.model.Pack;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text read in the order a person reads it where the PDF draws it in another. */
class DrawingOrderTest {

  @TempDir
  Path tmp;

  /** What is drawn on one page. */
  private interface Drawing {
    void draw(PDPageContentStream cs) throws Exception;
  }

  /** A letter-size page added to {@code doc}, drawn by {@code drawing}. */
  private static PDPage page(PDDocument doc, Drawing drawing) throws Exception {
    PDPage page = new PDPage(PDRectangle.LETTER);
    doc.addPage(page);
    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
      drawing.draw(cs);
    }
    return page;
  }

  /** The lines of a page as read, each with its white space folded. */
  private static java.util.stream.Stream<String> lines(Pack pack, int index) {
    return pack.pages().get(index).text().lines().map(l -> l.replaceAll("\\s+", " ").strip());
  }

  private static void text(PDPageContentStream cs, float x, float y, String s) throws Exception {
    cs.beginText();
    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
    cs.newLineAtOffset(x, y);
    cs.showText(s);
    cs.endText();
  }

  @Test
  void numbers_drawn_apart_from_their_titles_are_read_on_their_titles_lines() throws Exception {
    Path file = tmp.resolve("apart.pdf");
    try (PDDocument doc = new PDDocument()) {
      page(doc, cs -> {
        text(cs, 72, 720, "AGENDA");
        text(cs, 72, 700, "BALDWIN PARK CITY COUNCIL");
        text(cs, 72, 680, "November 2, 2022");
      });
      page(doc, cs -> {
        text(cs, 90, 700, "1.");     // the browser's table draws the column of numbers first ...
        text(cs, 90, 660, "2.");
        text(cs, 72, 720, "RECESS TO CLOSED SESSION");
        text(cs, 130, 700, "Conference With Legal Counsel-Anticipated Litigation"); // ... then the titles
        text(cs, 130, 660, "Conference With Legal Counsel-Existing Litigation");
        text(cs, 72, 620, "ADJOURNMENT");
      });
      doc.save(file.toFile());
    }
    Pack pack = new Ingestor().ingest(file);
    assertThat(lines(pack, 1)).containsSubsequence("1. Conference With Legal Counsel-Anticipated Litigation",
        "2. Conference With Legal Counsel-Existing Litigation");
    assertThat(pack.agendaItems()).extracting(org.agendasearch.ingest.model.AgendaItem::number).contains("1", "2");
  }

  @Test
  void a_table_drawn_right_to_left_is_read_left_to_right_and_a_lone_reversal_is_a_cell_gap() throws Exception {
    Path file = tmp.resolve("legistar.pdf");
    try (PDDocument doc = new PDDocument()) {
      page(doc, cs -> {
        text(cs, 200, 740, "City of Sunnyvale");
        text(cs, 200, 720, "Notice and Agenda");
        text(cs, 250, 700, "5:30 PM");                     // the time drawn first, the date to its left after
        text(cs, 72, 700, "Tuesday, February 2, 2021");
      });
      page(doc, cs -> {
        text(cs, 72, 720, "Study Session");
        text(cs, 200, 700, "Mary Avenue Overcrossing");    // each row drawn title first, then file number, then item
        text(cs, 120, 700, "21-0020");
        text(cs, 72, 700, "A");
        text(cs, 200, 680, "African American History Month");
        text(cs, 120, 680, "21-0288");
        text(cs, 72, 680, "B");
        text(cs, 200, 660, "Approve 2021 Board and Commission Work Plans");
        text(cs, 120, 660, "21-0108");
        text(cs, 72, 660, "1.A");
        text(cs, 72, 620, "ADJOURNMENT");
      });
      doc.save(file.toFile());
    }
    Pack pack = new Ingestor().ingest(file);
    assertThat(lines(pack, 0)).contains("5:30 PM Tuesday, February 2, 2021");
    assertThat(lines(pack, 1)).containsSubsequence("A 21-0020 Mary Avenue Overcrossing", "B 21-0288 African American History Month",
        "1.A 21-0108 Approve 2021 Board and Commission Work Plans");
    assertThat(pack.agendaItems()).extracting(org.agendasearch.ingest.model.AgendaItem::number).containsSubsequence("A", "B", "1.A");
    assertThat(pack.agendaItems()).extracting(org.agendasearch.ingest.model.AgendaItem::title).contains("Mary Avenue Overcrossing");
  }

  @Test
  void text_typed_into_a_notice_as_an_annotation_is_read_on_its_labels_line() throws Exception {
    Path file = tmp.resolve("typed.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = page(doc, cs -> {
        text(cs, 72, 720, "NOTICE AND AGENDA OF DISTRICT COUNCIL MEETING");
        text(cs, 72, 690, "Date/Time:");
        text(cs, 72, 670, "Location/Address:");
        text(cs, 72, 640, "MEETING AGENDA");
        text(cs, 72, 620, "1. Roll Call & Quorum Determination");
        text(cs, 72, 600, "2. Public comment");
      });
      org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFreeText typed =
          new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFreeText();
      typed.setRectangle(new PDRectangle(180, 684, 200, 20));
      typed.setContents("June 6, 2023 530pm");
      typed.setDefaultAppearance("/Helv 11 Tf 0 g");
      page.getAnnotations().add(typed);
      typed.constructAppearances(doc);
      doc.save(file.toFile());
    }
    Pack pack = new Ingestor().ingest(file);
    assertThat(lines(pack, 0)).contains("Date/Time: June 6, 2023 530pm");
    assertThat(pack.meeting().date()).isEqualTo(java.time.LocalDate.of(2023, 6, 6));
  }
}
