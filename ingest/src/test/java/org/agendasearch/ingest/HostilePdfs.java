package org.agendasearch.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Deliberately nasty PDFs, built for tests (never shipped): each must be reported, never fatal. */
public final class HostilePdfs {

  private HostilePdfs() {}

  /** A page tree whose Pages node lists itself among its kids. */
  public static Path pageTreeLoop(Path dir) throws IOException {
    Path file = dir.resolve("page-tree-loop.pdf");
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(textPage(doc, "A page before the loop"));
      COSDictionary pages = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
      COSArray kids = pages.getCOSArray(COSName.KIDS);
      kids.add(pages);
      pages.setInt(COSName.COUNT, 2);
      doc.save(file.toFile());
    }
    return file;
  }

  /** A page whose resources hold an array nested {@code depth} levels deep. */
  public static Path deepNesting(Path dir, int depth) throws IOException {
    Path file = dir.resolve("deep-nesting.pdf");
    String nested = "[".repeat(depth) + "]".repeat(depth);
    String content = "BT /F1 12 Tf 72 720 Td (Nested) Tj ET";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String pdf = "%PDF-1.7\n"
        + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
        + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> /Deep 6 0 R >> >> endobj\n"
        + "4 0 obj << /Length " + content.length() + " >> stream\n" + content + "\nendstream endobj\n"
        + "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
        + "6 0 obj " + nested + " endobj\n"
        + "trailer << /Root 1 0 R /Size 7 >>\n%%EOF\n";
    out.write(pdf.getBytes(StandardCharsets.ISO_8859_1));
    Files.write(file, out.toByteArray());
    return file;
  }

  /** A page with no text and an image that declares 200,000 x 200,000 pixels. */
  public static Path hugeImage(Path dir) throws IOException {
    Path file = dir.resolve("huge-image.pdf");
    String content = "q 612 0 0 792 0 0 cm /Im1 Do Q";
    String pdf = "%PDF-1.7\n"
        + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
        + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /XObject << /Im1 5 0 R >> >> >> endobj\n"
        + "4 0 obj << /Length " + content.length() + " >> stream\n" + content + "\nendstream endobj\n"
        + "5 0 obj << /Type /XObject /Subtype /Image /Width 200000 /Height 200000 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >> stream\nabcd\nendstream endobj\n"
        + "trailer << /Root 1 0 R /Size 6 >>\n%%EOF\n";
    Files.writeString(file, pdf, StandardCharsets.ISO_8859_1);
    return file;
  }

  /**
   * A page whose content stream is {@code inflatedBytes} of zeros deflated to a few hundred
   * kilobytes: a decompression bomb.
   */
  public static Path decompressionBomb(Path dir, long inflatedBytes) throws IOException {
    Path file = dir.resolve("bomb.pdf");
    ByteArrayOutputStream deflated = new ByteArrayOutputStream();
    try (java.util.zip.DeflaterOutputStream z = new java.util.zip.DeflaterOutputStream(deflated,
        new java.util.zip.Deflater(9))) {
      byte[] zeros = new byte[1 << 20];
      for (long n = 0; n < inflatedBytes; n += zeros.length) {
        z.write(zeros);
      }
    }
    byte[] stream = deflated.toByteArray();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(("%PDF-1.7\n"
        + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
        + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj\n"
        + "4 0 obj << /Length " + stream.length + " /Filter /FlateDecode >> stream\n").getBytes(StandardCharsets.ISO_8859_1));
    out.write(stream);
    out.write("\nendstream endobj\ntrailer << /Root 1 0 R /Size 5 >>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
    Files.write(file, out.toByteArray());
    return file;
  }

  private static PDPage textPage(PDDocument doc, String text) throws IOException {
    PDPage page = new PDPage(PDRectangle.A4);
    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
      cs.beginText();
      cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
      cs.newLineAtOffset(72, 720);
      cs.showText(text);
      cs.endText();
    }
    return page;
  }
}
