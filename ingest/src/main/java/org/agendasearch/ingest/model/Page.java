package org.agendasearch.ingest.model;

import java.util.Set;

/**
 * One page of a source document, 1-based as the PDF viewer counts it.
 *
 * @param number 1-based page number of the PDF itself (not the printed "Page 17" footer)
 * @param text the page's text, lines separated by {@code \n}
 * @param ocr true when the text came from OCR because the page had no text layer
 * @param bold the lines of {@code text} printed wholly in a bold face ({@code Declarations of Interest} over the plain
 *     {@code There were no declarations of interest.}), each with its white space taken out (see {@link #boldKey});
 *     empty when the source has no faces (OCR, Tika)
 * @param boldLeads lines that open in a bold face and go on in a plain one ({@code 236/20  Apologies for Absence} in bold,
 *     then {@code Apologies for absence were received from ...}): for each line's {@link #boldKey}, the key of its bold opening
 */
public record Page(int number, String text, boolean ocr, Set<String> bold, java.util.Map<String, String> boldLeads) {

  public Page {
    bold = Set.copyOf(bold);
    boldLeads = java.util.Map.copyOf(boldLeads);
  }

  public Page(int number, String text, boolean ocr) {
    this(number, text, ocr, Set.of());
  }

  public Page(int number, String text, boolean ocr, Set<String> bold) {
    this(number, text, ocr, bold, java.util.Map.of());
  }

  /** The {@link #boldKey} of the bold opening of {@code line}, a line of this page's text, or null when it has none. */
  public String boldLead(String line) {
    return boldLeads.isEmpty() ? null : boldLeads.get(boldKey(line));
  }

  /** Whether {@code line}, a line of this page's text, is printed in bold. */
  public boolean isBold(String line) {
    return !bold.isEmpty() && bold.contains(boldKey(line));
  }

  /** A line's text without its white space: the key of {@link #bold}, which tidying the spaces of a line leaves alone. */
  public static String boldKey(String line) {
    StringBuilder key = new StringBuilder(line.length());
    for (int k = 0; k < line.length(); k++) {
      char c = line.charAt(k);
      if (!Character.isWhitespace(c)) {
        key.append(c);
      }
    }
    return key.toString();
  }
}
