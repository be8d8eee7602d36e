package org.agendasearch.ingest.synth;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes lines of text onto A4 pages with a printed "Page N" footer, and says on which PDF page
 * each line landed. Text only, standard fonts: enough for the layouts the parser meets.
 */
final class PdfWriter implements Closeable {

  private static final float MARGIN = 56;
  private static final float LEADING = 14;
  private static final int WRAP = 95;

  private final PDDocument doc = new PDDocument();
  private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private final List<List<String[]>> pages = new ArrayList<>();
  private float y;

  PdfWriter() {
    newPage();
  }

  /** The 1-based page the last line went on (the number of pages so far). */
  int page() {
    return pages.size();
  }

  /** The 1-based page the next line will go on: a new page first when this one is full. */
  int nextLinePage() {
    if (y < MARGIN + 2 * LEADING) {
      newPage();
    }
    return pages.size();
  }

  /** Starts a new page (a new document in the pack starts on its own page). */
  void newPage() {
    pages.add(new ArrayList<>());
    y = PDRectangle.A4.getHeight() - MARGIN;
  }

  /** A line in bold (headings), wrapped. */
  void heading(String text) {
    add(text, true);
  }

  /** A line of body text, wrapped at about 95 characters. */
  void line(String text) {
    add(text, false);
  }

  void blank() {
    y -= LEADING / 2;
  }

  private void add(String text, boolean strong) {
    for (String piece : wrap(text)) {
      if (y < MARGIN + 2 * LEADING) {
        newPage();
      }
      pages.get(pages.size() - 1).add(new String[] {strong ? "b" : "r", piece, Float.toString(y)});
      y -= LEADING;
    }
  }

  static List<String> wrap(String text) {
    List<String> out = new ArrayList<>();
    String rest = text;
    while (rest.length() > WRAP) {
      int cut = rest.lastIndexOf(' ', WRAP);
      if (cut <= 0) {
        cut = WRAP;
      }
      out.add(rest.substring(0, cut));
      rest = rest.substring(cut).strip();
    }
    out.add(rest);
    return out;
  }

  /**
   * Writes every page to {@code file}. The document id and dates come from {@code seed}, not
   * the clock, so the same seed writes the same bytes.
   */
  void save(Path file, long seed) throws IOException {
    doc.setDocumentId(seed);
    java.util.Calendar fixed = java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC"));
    fixed.setTimeInMillis(0);
    doc.getDocumentInformation().setCreationDate(fixed);
    doc.getDocumentInformation().setProducer("agenda generate");
    int n = 0;
    for (List<String[]> lines : pages) {
      n++;
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        for (String[] l : lines) {
          text(cs, l[0].equals("b") ? bold : regular, l[1], Float.parseFloat(l[2]));
        }
        text(cs, regular, "Page " + n, MARGIN - 20);
      }
    }
    doc.save(file.toFile());
  }

  private static void text(PDPageContentStream cs, PDType1Font font, String s, float y) throws IOException {
    cs.beginText();
    cs.setFont(font, 10);
    cs.newLineAtOffset(MARGIN, y);
    cs.showText(ascii(s));
    cs.endText();
  }

  /** Standard fonts encode WinAnsi only: fold typographic quotes and dashes. */
  static String ascii(String s) {
    return s.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"').replace('–', '-')
        .replace('—', '-').replace('•', '-');
  }

  @Override
  public void close() throws IOException {
    doc.close();
  }
}
